// Props of App: the workbook the panel works on.
import type { WorkbookHost } from '../../../hosts/port';
import type { MethodologyLink } from '../../methodology-context';

export interface AppProps {
  /** Excel through Office.js in the add-in, the file host in the browser preview, a fake in tests. */
  readonly host: WorkbookHost;
  /** How "How the numbers are computed" opens; left out where the host offers no way to. */
  readonly methodology?: MethodologyLink;
}
