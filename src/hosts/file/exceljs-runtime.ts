// ExcelJS, loaded the first time a view of a sheet or a read after a write needs it: `kam` never
// does, and loading it at every start cost 175 ms and 27 MB (issue 7's 100,000-row budgets).
import type * as ExcelJs from 'exceljs';

/**
 * The module loader of the platform the file host runs on: Node's, jest's and webpack's `require`
 * all load a package on its first call (webpack bundles it as before). Declared for this one
 * package because the web build has no Node types; `import()` would do, but does not run under jest.
 */
declare const require: (id: 'exceljs') => typeof ExcelJs;

let loaded: typeof ExcelJs | undefined;

/** The ExcelJS module, loaded on the first call. */
export function excelJs(): typeof ExcelJs {
  loaded ??= require('exceljs');
  return loaded;
}
