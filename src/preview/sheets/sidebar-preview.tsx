// The Google Sheets sidebar in a browser page (dist/sheets-preview, `npm run build:sheets -- --preview`):
// the sidebar's own bundle over a google.script.run shim on the file host, to see and screenshot it.
import './install';
import '../../sheets/client/sidebar';
