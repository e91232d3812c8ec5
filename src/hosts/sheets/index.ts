// The Sheets host's public API: the WorkbookHost over SpreadsheetApp, the Apps Script surface it
// calls, the plan split for the sidebar's server calls, and the state the custom functions read.
export type * from './apps-script';
export { SHEETS_CAPABILITIES } from './capabilities';
export { SheetsWorkbookHost, type SheetsHostOptions } from './host';
export {
  frameOf,
  rowBlock,
  targetOf,
  type FrameColumn,
  type PlanFrame,
  type RowBlock,
  type RowsTarget,
} from './frame';
export { functionRange, SerialDates } from './cells';
export { latestRunIn, messageOf, savedStateIn } from './state-store';
export { sheetsFormula } from './formulas';
export { RESUME_KEY, rowsPerWrite } from './apply';
