// Finds the account data in a workbook: which sheet, and which block (an Excel table or a header row found by scanning).
import { type BlockShape, fail, findBlock, SUMMARY_SHEET_NAME, type Outcome } from '../../core';
import { markedSheet, SUMMARY_NAME } from '../markers';
import { STATE_SHEET } from '../state-sheet';
import type { BookSheet, BookTable, SheetBook } from './book';

/** A block of data rows (sheet rows headerRow + 1 .. headerRow + rowCount) on a sheet, or an Excel table's. */
export interface Block<
  S extends BookSheet = BookSheet,
  T extends BookTable = BookTable,
> extends BlockShape {
  readonly sheet: S;
  readonly table?: T;
}

function quoteList(names: readonly string[]): string {
  return names.length === 0 ? '(none)' : names.map((n) => `"${n}"`).join(', ');
}

/** The sheet our summary marker points at, or null. */
export function markedSummarySheetOf<S extends BookSheet, T extends BookTable>(
  book: SheetBook<S, T>,
): string | null {
  return markedSheet(book.definedAreas(SUMMARY_NAME));
}

/** Sheets a user would pick from: visible, not our summary or state sheet. */
export function userSheets<S extends BookSheet, T extends BookTable>(book: SheetBook<S, T>): S[] {
  const summary = markedSummarySheetOf(book);
  return book
    .sheets()
    .filter(
      (ws) =>
        ws.state === 'visible' &&
        ws.name !== STATE_SHEET &&
        ws.name !== SUMMARY_SHEET_NAME &&
        ws.name !== summary,
    );
}

export function findTable<S extends BookSheet, T extends BookTable>(
  book: SheetBook<S, T>,
  sheet: S,
  name: string,
): T | undefined {
  return book.tables(sheet).find((t) => t.name.toLowerCase() === name.toLowerCase());
}

function allTableNames<S extends BookSheet, T extends BookTable>(book: SheetBook<S, T>): string[] {
  return book.sheets().flatMap((ws) => book.tables(ws).map((t) => t.name));
}

/** The sheet named in the request, else the first sheet with an Excel table, else the first user sheet. */
export function chooseSheet<S extends BookSheet, T extends BookTable>(
  book: SheetBook<S, T>,
  sheetName?: string,
  tableName?: string,
): Outcome<S> {
  const sheets = book.sheets();
  if (sheetName !== undefined) {
    const wanted = sheetName.trim().toLowerCase();
    const sheet = sheets.find((ws) => ws.name.toLowerCase() === wanted);
    if (sheet === undefined) {
      const names = sheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
      return fail(
        'no-sheet',
        `There is no sheet called "${sheetName}". The workbook has: ${quoteList(names)}.`,
      );
    }
    return { kind: 'ok', value: sheet };
  }
  if (tableName !== undefined) {
    const sheet = sheets.find((ws) => findTable(book, ws, tableName) !== undefined);
    if (sheet === undefined) {
      return fail(
        'no-table',
        `There is no Excel table called "${tableName}". The workbook's tables: ${quoteList(allTableNames(book))}.`,
      );
    }
    return { kind: 'ok', value: sheet };
  }
  const candidates = userSheets(book);
  const withTable = candidates.find((ws) => book.tables(ws).length > 0);
  const sheet = withTable ?? candidates[0];
  if (sheet === undefined) return fail('no-sheet', 'The workbook has no visible sheet to read.');
  return { kind: 'ok', value: sheet };
}

function tableBlock<S extends BookSheet, T extends BookTable>(
  sheet: S,
  table: T,
): Outcome<Block<S, T>> {
  if (!table.headerRow) {
    return fail(
      'no-header',
      `The Excel table "${table.name}" has its header row turned off. Turn it on (Table Design > Header Row) and try again.`,
    );
  }
  const rowCount = table.bottom - table.top - (table.totalsRow ? 1 : 0);
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

/** The data block on a sheet: the named table, else the sheet's first table, else a scanned header row. */
export function chooseBlock<S extends BookSheet, T extends BookTable>(
  book: SheetBook<S, T>,
  sheet: S,
  tableName?: string,
): Outcome<Block<S, T>> {
  const tables = book.tables(sheet);
  if (tableName !== undefined) {
    const table = findTable(book, sheet, tableName);
    if (table === undefined) {
      return fail(
        'no-table',
        `There is no Excel table called "${tableName}" on the sheet "${sheet.name}". Its tables: ${quoteList(tables.map((t) => t.name))}.`,
      );
    }
    return tableBlock(sheet, table);
  }
  if (tables.length > 0) return tableBlock(sheet, tables[0]);
  const found = findBlock(book.grid(sheet), sheet.name);
  if (found.kind === 'error') return found;
  return { kind: 'ok', value: { sheet, ...found.value } };
}
