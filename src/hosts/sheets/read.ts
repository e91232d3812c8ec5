// Reads the account table from a spreadsheet with one getValues() per block: a named range, the
// sheet's filter range, or the block around the first header row; findBlock decides, as for the other hosts.
import {
  type BlockShape,
  blockTable,
  type Box,
  contains,
  fail,
  findBlock,
  firstFreeColumn,
  gridOf,
  type Outcome,
  type RawCell,
  type RawTable,
  sameName,
  type SheetLayout,
} from '../../core';
import type { ReadTableResult, TableRequest } from '../port';
import type { SheetApi, SpreadsheetApi } from './apps-script';
import { numberLocaleOf, rawRows, type SerialDates } from './cells';
import { markedSummarySheet, type Marks, ownedColumnsOn } from './marks';

/** Where the account data is: a named range (the Sheets counterpart of an Excel table), a filter, or the sheet. */
export type Source =
  | { readonly kind: 'named'; readonly name: string; readonly box: Box }
  | { readonly kind: 'filter'; readonly box: Box }
  | { readonly kind: 'sheet' };

export interface Located {
  readonly sheet: SheetApi;
  readonly source: Source;
}

function quoteList(names: readonly string[]): string {
  return names.length === 0 ? '(none)' : names.map((n) => `"${n}"`).join(', ');
}

/** A named range worth reading as a table: at least a header row and a data row, two columns wide. */
function isTableSized(box: Box): boolean {
  return box.bottom > box.top && box.right > box.left;
}

/**
 * The sheet and block to read: the named range the request names; else the requested or active
 * sheet, where the named range holding the current cell, else the sheet's filter range, else the
 * whole sheet's data (the header row found by findBlock). Our own summary sheet is refused.
 */
export function locate(
  spreadsheet: SpreadsheetApi,
  request: TableRequest,
  marks: Marks,
): Outcome<Located> {
  const sheets = spreadsheet.getSheets();
  const byName = (name: string): SheetApi | undefined =>
    sheets.find((s) => sameName(s.getName(), name));
  if (request.table !== undefined) {
    const wanted = request.table.trim();
    const named = marks.user.find((m) => sameName(m.name, wanted));
    const sheet = named !== undefined ? byName(named.area.sheet) : undefined;
    if (named === undefined || sheet === undefined)
      return fail(
        'no-table',
        `There is no named range called "${request.table}". The spreadsheet's named ranges: ${quoteList(marks.user.map((m) => m.name))}.`,
      );
    return {
      kind: 'ok',
      value: { sheet, source: { kind: 'named', name: named.name, box: named.area } },
    };
  }
  let sheet: SheetApi;
  if (request.sheet !== undefined) {
    const found = byName(request.sheet.trim());
    if (found === undefined)
      return fail(
        'no-sheet',
        `There is no sheet called "${request.sheet}". The spreadsheet has: ${quoteList(sheets.map((s) => s.getName()))}.`,
      );
    sheet = found;
  } else sheet = spreadsheet.getActiveSheet();
  const name = sheet.getName();
  const summary = markedSummarySheet(marks);
  if (summary !== null && sameName(summary, name))
    return fail(
      'summary-sheet',
      `"${name}" is the summary this add-on wrote. Select a cell in your account list and try again.`,
    );
  if (request.sheet === undefined) {
    const current = spreadsheet.getCurrentCell();
    const row = current?.getRow() ?? 0;
    const column = current?.getColumn() ?? 0;
    const around = marks.user.find(
      (m) => sameName(m.area.sheet, name) && isTableSized(m.area) && contains(m.area, row, column),
    );
    if (around !== undefined)
      return {
        kind: 'ok',
        value: { sheet, source: { kind: 'named', name: around.name, box: around.area } },
      };
  }
  const filter = sheet.getFilter();
  if (filter !== null) {
    const range = filter.getRange();
    const top = range.getRow();
    const left = range.getColumn();
    const box = {
      top,
      left,
      bottom: top + range.getNumRows() - 1,
      right: left + range.getNumColumns() - 1,
    };
    if (isTableSized(box)) return { kind: 'ok', value: { sheet, source: { kind: 'filter', box } } };
  }
  return { kind: 'ok', value: { sheet, source: { kind: 'sheet' } } };
}

/** Cells read from a sheet: cells[i][j] is sheet row top + i, column left + j. */
export interface ReadCells {
  readonly top: number;
  readonly left: number;
  readonly cells: readonly (readonly RawCell[])[];
}

/** One block of cells in one getValues() call. */
export function readBlock(sheet: SheetApi, box: Box, dates: SerialDates): ReadCells {
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  if (rows <= 0 || columns <= 0) return { top: box.top, left: box.left, cells: [] };
  const values = sheet.getRange(box.top, box.left, rows, columns).getValues();
  return { top: box.top, left: box.left, cells: rawRows(values, dates) };
}

/** The block a source covers, widened to the sheet's last used column (what sits beside the data). */
function readBox(sheet: SheetApi, source: Source): Box | null {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (source.kind === 'sheet')
    return lastRow === 0 ? null : { top: 1, left: 1, bottom: lastRow, right: lastColumn };
  return { ...source.box, right: Math.max(source.box.right, lastColumn) };
}

function describe(source: Source, sheet: string): string {
  switch (source.kind) {
    case 'named':
      return `The named range "${source.name}"`;
    case 'filter':
      return `The filter range on the sheet "${sheet}"`;
    case 'sheet':
      return `The sheet "${sheet}"`;
  }
}

/** The header row and data rows of a named range or filter: its top row, and its rows down to the last filled one. */
function rangeShape(
  read: ReadCells,
  source: Extract<Source, { box: Box }>,
  sheet: string,
): Outcome<BlockShape> {
  const { box } = source;
  let bottom = box.bottom;
  const filled = (r: number): boolean => {
    const line = read.cells[r - read.top] ?? [];
    for (let c = box.left; c <= box.right; c++) if (line[c - read.left] !== null) return true;
    return false;
  };
  while (bottom > box.top && !filled(bottom)) bottom--;
  if (bottom === box.top)
    return fail('empty-table', `${describe(source, sheet)} has a header row but no data rows.`);
  return {
    kind: 'ok',
    value: {
      headerRow: box.top,
      firstColumn: box.left,
      lastColumn: box.right,
      rowCount: bottom - box.top,
    },
  };
}

/** Reads the account table and what sits around it (our earlier columns, the first free column). */
export function readTable(
  spreadsheet: SpreadsheetApi,
  request: TableRequest,
  marks: Marks,
  dates: SerialDates,
): Outcome<ReadTableResult> {
  const located = locate(spreadsheet, request, marks);
  if (located.kind === 'error') return located;
  const { sheet, source } = located.value;
  const name = sheet.getName();
  const box = readBox(sheet, source);
  if (box === null)
    return fail(
      'empty-sheet',
      `The sheet "${name}" is empty. Select a cell in your account list and try again.`,
    );
  const read = readBlock(sheet, box, dates);
  const grid = gridOf(read.top, read.left, read.cells);
  const shape = source.kind === 'sheet' ? findBlock(grid, name) : rangeShape(read, source, name);
  if (shape.kind === 'error') return shape;
  const { headerRow, firstColumn, lastColumn, rowCount } = shape.value;
  const { headers, rows } = blockTable(read, shape.value);
  const numberLocale = numberLocaleOf(spreadsheet);
  const table: RawTable = {
    sheet: name,
    headerRow,
    firstColumn,
    headers,
    rows,
    ...(source.kind === 'named' ? { tableName: source.name } : {}),
    ...(shape.value.dataBelow !== undefined ? { dataBelow: shape.value.dataBelow } : {}),
    ...(numberLocale !== undefined ? { numberLocale } : {}),
  };
  const owned: Record<string, number> = {};
  for (const mark of ownedColumnsOn(marks, name, headerRow).values()) {
    const value = grid.value(headerRow, mark.column);
    if (typeof value === 'string' && value.trim() !== '') owned[value.trim()] = mark.column;
  }
  const layout: SheetLayout = {
    ownedColumns: owned,
    firstFreeColumn: firstFreeColumn(grid, headerRow, headerRow + rowCount, lastColumn),
  };
  return { kind: 'ok', value: { table, layout } };
}
