// Reads the account table and the sheet layout (our earlier columns, the first free column) from a workbook.
import {
  cellAddress,
  firstFreeColumn,
  headerText,
  type Diagnostic,
  type NumberLocale,
  type Outcome,
  type RawCell,
  type RawTable,
  type SheetLayout,
} from '../../core';
import { ownedColumns, RESULTS_NAME } from '../markers';
import type { ReadTableResult, TableRequest } from '../port';
import type { BookSheet, BookTable, SheetBook } from './book';
import { chooseBlock, chooseSheet, type Block } from './locate';

/** Our result columns on this sheet whose mark sits on the table's header row, by header text. */
export function layoutOwned<S extends BookSheet, T extends BookTable>(
  book: SheetBook<S, T>,
  sheet: S,
  headerRow: number,
): Record<string, number> {
  const owned: Record<string, number> = {};
  for (const mark of ownedColumns(book.definedAreas(RESULTS_NAME), sheet.name).values()) {
    if (mark.headerRow !== headerRow) continue;
    const [value] = book.rowValues(sheet, headerRow, mark.column, mark.column);
    if (typeof value === 'string' && value.trim() !== '') owned[value.trim()] = mark.column;
  }
  return owned;
}

export function locateBlock<S extends BookSheet, T extends BookTable>(
  book: SheetBook<S, T>,
  request: TableRequest = {},
): Outcome<Block<S, T>> {
  const sheet = chooseSheet(book, request.sheet, request.table);
  if (sheet.kind === 'error') return sheet;
  return chooseBlock(book, sheet.value, request.table);
}

/** Cells named in one formula diagnostic: enough to find them, not a list of a million. */
const SHOWN_CELLS = 5;

/**
 * One warning per column for the block's formula cells that have no saved result: they read as
 * empty (missing), which the user must know, since a recalculation would give them values.
 */
export function uncachedDiagnostics<S extends BookSheet, T extends BookTable>(
  book: SheetBook<S, T>,
  block: Block<S, T>,
  headers: readonly string[],
): Diagnostic[] {
  const { headerRow, firstColumn, lastColumn, rowCount } = block;
  const byColumn = new Map<number, string[]>();
  const counts = new Map<number, number>();
  for (const { row, column } of book.uncachedFormulas(block.sheet)) {
    if (row <= headerRow || row > headerRow + rowCount) continue;
    if (column < firstColumn || column > lastColumn) continue;
    counts.set(column, (counts.get(column) ?? 0) + 1);
    const cells = byColumn.get(column) ?? [];
    if (cells.length < SHOWN_CELLS) cells.push(cellAddress(row, column));
    byColumn.set(column, cells);
  }
  return [...byColumn.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, cells]) => {
      const count = counts.get(column) ?? cells.length;
      const header = headers[column - firstColumn];
      const what = count === 1 ? `The formula cell ${cells[0]}` : `${count} formula cells`;
      const listed = count > 1 ? ` (${cells.join(', ')}${count > cells.length ? ', …' : ''})` : '';
      return {
        cell: cells[0],
        row: Number(/\d+$/.exec(cells[0])?.[0] ?? 0),
        column: header,
        code: 'formula-without-result',
        severity: 'warning',
        message: `${what} in ${header}${listed} ${count === 1 ? 'has' : 'have'} no saved result: open and save the file in Excel or LibreOffice first. Until then ${count === 1 ? 'it counts' : 'they count'} as missing.`,
        ...(count > 1 ? { count, cells } : {}),
      } satisfies Diagnostic;
    });
}

export function readTable<S extends BookSheet, T extends BookTable>(
  book: SheetBook<S, T>,
  request: TableRequest = {},
  numberLocale?: NumberLocale,
): Outcome<ReadTableResult> {
  const located = locateBlock(book, request);
  if (located.kind === 'error') return located;
  const block = located.value;
  const { sheet, headerRow, firstColumn, lastColumn, rowCount } = block;
  const headerCells = book.rowValues(sheet, headerRow, firstColumn, lastColumn);
  const headers = headerCells.map((value, j) => {
    // A table's column names are authoritative (Excel keeps them unique and non-blank).
    const tableName = block.table?.columns[j];
    return tableName !== undefined && tableName.trim() !== ''
      ? tableName.trim()
      : headerText(value, firstColumn + j);
  });
  const rows: RawCell[][] = new Array<RawCell[]>(rowCount);
  for (let i = 0; i < rowCount; i++)
    rows[i] = book.rowValues(sheet, headerRow + 1 + i, firstColumn, lastColumn);
  const readDiagnostics = uncachedDiagnostics(book, block, headers);
  const table: RawTable = {
    sheet: sheet.name,
    headerRow,
    firstColumn,
    headers,
    rows,
    ...(block.table !== undefined ? { tableName: block.table.name } : {}),
    ...(block.dataBelow !== undefined ? { dataBelow: block.dataBelow } : {}),
    ...(numberLocale !== undefined ? { numberLocale } : {}),
    ...(readDiagnostics.length > 0 ? { readDiagnostics } : {}),
  };
  const layout: SheetLayout = {
    ownedColumns: layoutOwned(book, sheet, headerRow),
    // A table's totals row joins the check: our columns become table columns that cross it.
    firstFreeColumn: firstFreeColumn(
      book.grid(sheet),
      headerRow,
      block.table?.bottom ?? headerRow + rowCount,
      lastColumn,
    ),
  };
  return { kind: 'ok', value: { table, layout } };
}
