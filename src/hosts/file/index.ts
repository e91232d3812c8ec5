// The file host's public API (browser-safe: no Node file system here; see ./node for files on disk).
export { FileWorkbookHost, type FileHostOptions, type SheetView } from './workbook-host';
export type { FileFormat } from './load';
export { writeCsv, escapeFormulaText, detectDelimiter, decodeText } from './csv';
export { parseCsv } from './csv-read';
export { RESULTS_NAME, SUMMARY_NAME } from '../markers';
export { NUMBER_LOCALE_KEY } from './state-store';
export { STATE_SHEET } from '../state-sheet';
