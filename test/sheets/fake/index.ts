// A typed, stateful in-memory Google Sheets: only the SpreadsheetApp surface the add-on calls, each
// class implementing the narrowed Apps Script interface (checked against @types/google-apps-script).
export {
  fakeGoogle,
  type FakeGoogle,
  FakeHtmlOutput,
  FakeProperties,
  FakeSpreadsheet,
} from './spreadsheet';
export { FakeChart, FakeRule, FakeSheet, type Area } from './sheet';
export { FakeRange } from './range';
export { type CallRecord, type CostModel, FREE, Journal, SHEETS_ESTIMATE } from './journal';
export { type CellValue, type FakeCell } from './cells';
