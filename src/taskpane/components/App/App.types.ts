// Props of App: the workbook the panel works on.
import type { WorkbookHost } from '../../../hosts/port';

export interface AppProps {
  /** Excel through Office.js in the add-in, the file host in the browser preview, a fake in tests. */
  readonly host: WorkbookHost;
  /** The "How the numbers are computed" page beside the panel; left out where none is served. */
  readonly methodologyUrl?: string;
}
