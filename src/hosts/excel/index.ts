// The Excel host's public API: createExcelHost for the taskpane, the ribbon commands and the functions' shared runtime.
export { createExcelHost, type ExcelHostOptions } from './host';
export type { ExcelRunner, OfficeGlobals, SettingsStore } from './office-api';
export { MIN_EXCEL_API } from './office-api';
export { chunkRows, DEFAULT_PAYLOAD_BUDGET, EXCEL_WEB_PAYLOAD_LIMIT, packOps } from './chunks';
export { RESULTS_NAME, SUMMARY_NAME } from '../markers';
