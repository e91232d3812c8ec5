// What `npm run build:sheets` writes for `clasp push`: three files, the manifest with V8 and the two
// least scopes only, and a sidebar that loads nothing from anywhere (no CDN).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSheets } from '../../scripts/build-sheets';

let folder: string;
let out: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kam-sheets-build-'));
  out = join(folder, 'sheets');
  await buildSheets({ out });
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('dist/sheets, ready for clasp push', () => {
  it('holds Code.js, sidebar.html, methodology.html and appsscript.json, nothing else', () => {
    expect(readdirSync(out).sort()).toEqual([
      'Code.js',
      'appsscript.json',
      'methodology.html',
      'sidebar.html',
    ]);
  });

  it('has a methodology page HtmlService can serve as is: no script, nothing from the network', () => {
    const html = readFileSync(join(out, 'methodology.html'), 'utf8');
    expect(html).toContain('How the numbers are computed');
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
  });

  it('asks for the V8 runtime and exactly the two least scopes', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('has a self-contained sidebar: one inline script, no file or URL loaded from elsewhere', () => {
    const html = readFileSync(join(out, 'sidebar.html'), 'utf8');
    const start = html.indexOf('<script>') + '<script>'.length;
    const end = html.lastIndexOf('</script>');
    const page = html.slice(0, start) + html.slice(end);
    const script = html.slice(start, end);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).not.toMatch(/src=|href=|@import|url\(/i);
    expect(script).not.toContain('/* SIDEBAR_BUNDLE */');
    expect(script.length).toBeGreaterThan(100_000);
    // The inlined code cannot end its own <script> element early.
    expect(script).not.toMatch(/<\/script/i);
  });
});
