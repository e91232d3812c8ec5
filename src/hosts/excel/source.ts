// Where the account table is: the requested table or sheet, the table or region around the selection, or the used range.
import {
  fail,
  contains,
  parseAddress,
  sameName,
  type Box,
  type NumberLocale,
  type Outcome,
} from '../../core';
import { RESULTS_NAME, SUMMARY_NAME } from '../markers';
import type { TableRequest } from '../port';
import { loadedName, markedSummarySheet, requestName } from './markers';
import type { ExcelFeatures } from './office-api';

function quoteList(names: readonly string[]): string {
  return names.length === 0 ? '(none)' : names.map((n) => `"${n}"`).join(', ');
}

/** An Excel table as loaded: its name, where it is, and whether it has header and totals rows. */
export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly box: Box;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
}

/** Where the account data is: an Excel table, the region around the selection, or the sheet's used range. */
export type Source =
  | { readonly kind: 'table'; readonly table: TableInfo }
  | { readonly kind: 'region'; readonly box: Box }
  | { readonly kind: 'used'; readonly box: Box };

/** What the first two batches found out. */
export interface Located {
  readonly sheet: string;
  readonly source: Source;
  /** Tables on the sheet, for the fallback when the region around the selection has no header. */
  readonly sheetTables: readonly TableInfo[];
  readonly used: Box | null;
  readonly markFormulas: readonly string[];
  readonly numberLocale: NumberLocale | undefined;
}

function localeOf(separator: unknown): NumberLocale | undefined {
  if (separator === ',') return 'decimal-comma';
  if (separator === '.') return 'decimal-point';
  return undefined;
}

function tableSource(table: TableInfo): Outcome<Source> {
  if (!table.showHeaders) {
    return fail(
      'no-header',
      `The Excel table "${table.name}" has its header row turned off. Turn it on (Table Design > Header Row) and try again.`,
    );
  }
  return { kind: 'ok', value: { kind: 'table', table } };
}

/** What batch 1 asked for: the workbook's sheets and tables, the selection, the locale, our marks. */
interface FirstBatch {
  readonly active: Excel.Worksheet;
  readonly activeCell: Excel.Range | null;
  readonly region: Excel.Range | null;
  readonly culture: Excel.NumberFormatInfo | null;
  readonly workbookMark: Excel.NamedItem;
  readonly summaryMark: Excel.NamedItem;
}

/** Batch 1: the workbook's sheet and table names, the selection and the region around it, the locale, our marks. */
function requestFirstBatch(
  wb: Excel.Workbook,
  bySelection: boolean,
  features: ExcelFeatures,
): FirstBatch {
  wb.worksheets.load('items/name');
  const active = wb.worksheets.getActiveWorksheet();
  active.load('name');
  wb.tables.load('items/name');
  const activeCell = bySelection ? wb.getActiveCell() : null;
  activeCell?.load('address');
  const region = activeCell?.getSurroundingRegion() ?? null;
  region?.load('address');
  const culture = features.cultureInfo ? wb.application.cultureInfo.numberFormat : null;
  culture?.load('numberDecimalSeparator');
  return {
    active,
    activeCell,
    region,
    culture,
    workbookMark: requestName(wb.names, RESULTS_NAME),
    summaryMark: requestName(wb.names, SUMMARY_NAME),
  };
}

/** The sheet or table the request names (else the active sheet); never our own summary sheet. */
function requestedTarget(
  wb: Excel.Workbook,
  request: TableRequest,
  first: FirstBatch,
): Outcome<{ readonly sheetName: string | null; readonly tableName: string | null }> {
  const sheetNames = wb.worksheets.items.map((s) => s.name);
  const tableNames = wb.tables.items.map((t) => t.name);
  let sheetName: string | null = null;
  let tableName: string | null = null;
  if (request.table !== undefined) {
    const wanted = request.table.trim();
    tableName = tableNames.find((n) => sameName(n, wanted)) ?? null;
    if (tableName === null)
      return fail(
        'no-table',
        `There is no Excel table called "${request.table}". The workbook's tables: ${quoteList(tableNames)}.`,
      );
  } else if (request.sheet !== undefined) {
    const wanted = request.sheet.trim();
    sheetName = sheetNames.find((n) => sameName(n, wanted)) ?? null;
    if (sheetName === null)
      return fail(
        'no-sheet',
        `There is no sheet called "${request.sheet}". The workbook has: ${quoteList(sheetNames)}.`,
      );
  } else sheetName = first.active.name;
  const summarySheet = markedSummarySheet(loadedName(first.summaryMark));
  if (sheetName !== null && summarySheet !== null && sameName(sheetName, summarySheet)) {
    return fail(
      'summary-sheet',
      `"${sheetName}" is the summary this add-in wrote. Select a cell in your account list and try again.`,
    );
  }
  return { kind: 'ok', value: { sheetName, tableName } };
}

/** The tables as batch 2 loaded them: name, place (their sheet is in their address), header and totals rows. */
function loadedTables(proxies: readonly { table: Excel.Table; range: Excel.Range }[]): TableInfo[] {
  const tables: TableInfo[] = [];
  for (const { table, range } of proxies) {
    const address = parseAddress(range.address);
    if (address === null || address.sheet === null) continue;
    tables.push({
      name: table.name,
      sheet: address.sheet,
      box: address.box,
      showHeaders: table.showHeaders,
      showTotals: table.showTotals,
    });
  }
  return tables;
}

/** Batches 1 and 2: which sheet and which block, without reading any cell values yet. */
export async function locate(
  context: Excel.RequestContext,
  request: TableRequest,
  features: ExcelFeatures,
): Promise<Outcome<Located>> {
  const wb = context.workbook;
  const bySelection = request.sheet === undefined && request.table === undefined;
  const first = requestFirstBatch(wb, bySelection, features);
  await context.sync();
  const target = requestedTarget(wb, request, first);
  if (target.kind === 'error') return target;
  const { sheetName, tableName } = target.value;

  // Batch 2: every table's place, the sheet's used range and our marks on it.
  const tableNames = tableName !== null ? [tableName] : wb.tables.items.map((t) => t.name);
  const tableProxies = tableNames.map((name) => {
    const table = wb.tables.getItem(name);
    table.load('name, showHeaders, showTotals');
    const range = table.getRange();
    range.load('address');
    return { table, range };
  });
  const sheet =
    tableName !== null
      ? wb.tables.getItem(tableName).worksheet
      : wb.worksheets.getItem(sheetName ?? '');
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address');
  const sheetMark = requestName(sheet.names, RESULTS_NAME);
  await context.sync();

  const tables = loadedTables(tableProxies);
  const onSheet = tables.filter((t) => sameName(t.sheet, sheet.name));
  const usedBox = used.isNullObject ? null : (parseAddress(used.address)?.box ?? null);
  const boxOf = (range: Excel.Range | null): Box | null =>
    range !== null ? (parseAddress(range.address)?.box ?? null) : null;
  const source = pickSource({
    tableName,
    tables,
    onSheet,
    sheet: sheet.name,
    activeCell: boxOf(first.activeCell),
    region: boxOf(first.region),
    used: usedBox,
    bySelection,
  });
  if (source.kind === 'error') return source;
  return {
    kind: 'ok',
    value: {
      sheet: sheet.name,
      source: source.value,
      sheetTables: onSheet,
      used: usedBox,
      markFormulas: [loadedName(first.workbookMark).formula, loadedName(sheetMark).formula],
      numberLocale:
        first.culture !== null ? localeOf(first.culture.numberDecimalSeparator) : undefined,
    },
  };
}

/** The named table; else the table the selection is in; else the region around it (two rows and columns at least); else the sheet's. */
function pickSource(found: {
  readonly tableName: string | null;
  readonly tables: readonly TableInfo[];
  readonly onSheet: readonly TableInfo[];
  readonly sheet: string;
  readonly activeCell: Box | null;
  readonly region: Box | null;
  readonly used: Box | null;
  readonly bySelection: boolean;
}): Outcome<Source> {
  const { tableName, activeCell, region } = found;
  if (tableName !== null) {
    const table = found.tables.find((t) => t.name === tableName);
    return table !== undefined
      ? tableSource(table)
      : fail('no-table', `The Excel table "${tableName}" could not be read.`);
  }
  const inTable =
    activeCell !== null
      ? found.onSheet.find((t) => contains(t.box, activeCell.top, activeCell.left))
      : undefined;
  if (inTable !== undefined) return tableSource(inTable);
  if (region !== null && region.bottom > region.top && region.right > region.left)
    return { kind: 'ok', value: { kind: 'region', box: region } };
  return sheetSource(found.sheet, found.onSheet, found.used, found.bySelection);
}

/** Without a selection inside the data: the only (or, when the user named the sheet, the first) table, else the used range. */
export function sheetSource(
  sheet: string,
  tables: readonly TableInfo[],
  used: Box | null,
  bySelection: boolean,
): Outcome<Source> {
  if (tables.length === 1 || (tables.length > 1 && !bySelection)) return tableSource(tables[0]);
  if (tables.length > 1) {
    return fail(
      'several-tables',
      `The sheet "${sheet}" has several Excel tables (${quoteList(tables.map((t) => t.name))}). Select a cell in the one to use and try again.`,
    );
  }
  if (used === null)
    return fail(
      'empty-sheet',
      `The sheet "${sheet}" is empty. Select a cell in your account list and try again.`,
    );
  return { kind: 'ok', value: { kind: 'used', box: used } };
}
