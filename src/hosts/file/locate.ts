// Finds the account data in a workbook: which sheet, and which block (an Excel table or a header row found by scanning).
import type { Workbook, Worksheet } from 'exceljs';
import { fail, findBlock, SUMMARY_SHEET_NAME, type Outcome } from '../../core';
import { sheetGrid } from './cells';
import { markedSummarySheet } from './markers';
import { STATE_SHEET } from '../state-sheet';
import { findTable, sheetTables, type TableInfo } from './tables';

export interface Block {
  readonly sheet: Worksheet;
  readonly table?: TableInfo;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** Number of data rows (sheet rows headerRow + 1 .. headerRow + rowCount). */
  readonly rowCount: number;
}

function quoteList(names: readonly string[]): string {
  return names.length === 0 ? '(none)' : names.map((n) => `"${n}"`).join(', ');
}

/** Sheets a user would pick from: visible, not our summary or state sheet. */
export function userSheets(workbook: Workbook): Worksheet[] {
  const summary = markedSummarySheet(workbook);
  return workbook.worksheets.filter(
    (ws) =>
      ws.state === 'visible' &&
      ws.name !== STATE_SHEET &&
      ws.name !== SUMMARY_SHEET_NAME &&
      ws.name !== summary,
  );
}

function allTableNames(workbook: Workbook): string[] {
  return workbook.worksheets.flatMap((ws) => sheetTables(ws).map((t) => t.name));
}

/** The sheet named in the request, else the first sheet with an Excel table, else the first user sheet. */
export function chooseSheet(
  workbook: Workbook,
  sheetName?: string,
  tableName?: string,
): Outcome<Worksheet> {
  if (sheetName !== undefined) {
    const wanted = sheetName.trim().toLowerCase();
    const sheet = workbook.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
    if (sheet === undefined) {
      const names = workbook.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
      return fail(
        'no-sheet',
        `There is no sheet called "${sheetName}". The workbook has: ${quoteList(names)}.`,
      );
    }
    return { kind: 'ok', value: sheet };
  }
  if (tableName !== undefined) {
    const sheet = workbook.worksheets.find((ws) => findTable(ws, tableName) !== undefined);
    if (sheet === undefined) {
      return fail(
        'no-table',
        `There is no Excel table called "${tableName}". The workbook's tables: ${quoteList(allTableNames(workbook))}.`,
      );
    }
    return { kind: 'ok', value: sheet };
  }
  const candidates = userSheets(workbook);
  const withTable = candidates.find((ws) => sheetTables(ws).length > 0);
  const sheet = withTable ?? candidates[0];
  if (sheet === undefined) return fail('no-sheet', 'The workbook has no visible sheet to read.');
  return { kind: 'ok', value: sheet };
}

function tableBlock(sheet: Worksheet, table: TableInfo): Outcome<Block> {
  if (!table.model.headerRow) {
    return fail(
      'no-header',
      `The Excel table "${table.name}" has its header row turned off. Turn it on (Table Design > Header Row) and try again.`,
    );
  }
  const rowCount = table.bottom - table.top - (table.model.totalsRow ? 1 : 0);
  if (rowCount <= 0)
    return fail('empty-table', `The Excel table "${table.name}" has headers but no data rows.`);
  return {
    kind: 'ok',
    value: {
      sheet,
      table,
      headerRow: table.top,
      firstColumn: table.left,
      lastColumn: table.right,
      rowCount,
    },
  };
}

/** The block around the first header row the core finds on the sheet (title rows above it skipped). */
function scannedBlock(sheet: Worksheet): Outcome<Block> {
  const found = findBlock(sheetGrid(sheet), sheet.name);
  if (found.kind === 'error') return found;
  return { kind: 'ok', value: { sheet, ...found.value } };
}

/** The data block on a sheet: the named table, else the sheet's first table, else a scanned header row. */
export function chooseBlock(sheet: Worksheet, tableName?: string): Outcome<Block> {
  const tables = sheetTables(sheet);
  if (tableName !== undefined) {
    const table = findTable(sheet, tableName);
    if (table === undefined) {
      return fail(
        'no-table',
        `There is no Excel table called "${tableName}" on the sheet "${sheet.name}". Its tables: ${quoteList(tables.map((t) => t.name))}.`,
      );
    }
    return tableBlock(sheet, table);
  }
  if (tables.length > 0) return tableBlock(sheet, tables[0]);
  return scannedBlock(sheet);
}
