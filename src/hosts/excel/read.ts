// Reads the account table from Excel in a fixed number of batches: where it is, its shape, then its values in chunks.
import {
  columnLetters,
  parseUnion,
  type Box,
  type SheetLayout,
  type Outcome,
  type RawCell,
  type RawTable,
} from '../../core';
import { ownedOnRow } from '../markers';
import type { ReadTableResult, TableRequest } from '../port';
import { nextReadRows, rowBytes } from './chunks';
import {
  findBlock,
  firstFreeColumn,
  headerText,
  toRawRows,
  type BlockShape,
  type Grid,
} from './locate';
import type { ExcelFeatures } from './office-api';
import { fail, locate, sheetSource, type Source } from './source';

/** Excel's answer to a request or response above its payload limit (5 MB on the web). */
function isPayloadError(error: unknown): boolean {
  const code: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' && /PayloadSizeLimitExceeded|RangeExceedsLimit/.test(code);
}

/**
 * Reads a rectangle's values in as many requests as the payload budget needs (one for most sheets).
 * The first request assumes short cells; later ones are sized by the widest row seen. When Excel
 * still refuses a response as too large (very long texts), the block is halved and read again, as
 * Microsoft's guidance for large ranges advises.
 */
async function readGrid(
  context: Excel.RequestContext,
  sheet: string,
  box: Box,
  budget: number,
): Promise<Grid> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const columns = box.right - box.left + 1;
  const cells: RawCell[][] = [];
  let widest: number | null = null;
  let cap = Number.POSITIVE_INFINITY;
  for (let row = box.top; row <= box.bottom;) {
    const rows = Math.min(nextReadRows(columns, widest, budget), cap, box.bottom - row + 1);
    const range = ws.getRangeByIndexes(row - 1, box.left - 1, rows, columns);
    range.load('values');
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || rows === 1) throw error;
      cap = Math.ceil(rows / 2);
      continue;
    }
    const values: readonly (readonly unknown[])[] = range.values;
    for (const line of values) widest = Math.max(widest ?? 0, rowBytes(line));
    cells.push(...toRawRows(values));
    row += rows;
  }
  return { top: box.top, left: box.left, cells };
}

/** The same grid, narrowed to some columns (a region's, when the read also covered cells right of it). */
function narrow(grid: Grid, left: number, right: number): Grid {
  return {
    top: grid.top,
    left,
    cells: grid.cells.map((row) => row.slice(left - grid.left, right - grid.left + 1)),
  };
}

function shapeOf(source: Source, grid: Grid, sheet: string): Outcome<BlockShape> {
  if (source.kind === 'table') {
    const { table } = source;
    const rowCount = table.box.bottom - table.box.top - (table.showTotals ? 1 : 0);
    if (rowCount <= 0)
      return fail('empty-table', `The Excel table "${table.name}" has headers but no data rows.`);
    return {
      kind: 'ok',
      value: {
        headerRow: table.box.top,
        firstColumn: table.box.left,
        lastColumn: table.box.right,
        rowCount,
      },
    };
  }
  return findBlock(narrow(grid, source.box.left, source.box.right), sheet);
}

function sourceBox(source: Source): Box {
  return source.kind === 'table' ? source.table.box : source.box;
}

/**
 * Reads the account table: the Excel table named in the request, the table the selection is in,
 * the region around the selection, the sheet's only table, or the block found in its used range.
 * All rows count, hidden and filtered ones too: a filter is a view, and scores must not change
 * with it. Formulas are read as their results; errors ("#N/A") stay text for the core to report.
 */
export async function readTable(
  context: Excel.RequestContext,
  request: TableRequest,
  features: ExcelFeatures,
  budget: number,
): Promise<Outcome<ReadTableResult>> {
  const located = await locate(context, request, features);
  if (located.kind === 'error') return located;
  const { sheet, used, markFormulas, numberLocale, sheetTables } = located.value;
  let source = located.value.source;
  let box = sourceBox(source);
  // Reading on to the right end of the used range shows what sits beside the data (firstFreeColumn).
  const readBox = (b: Box): Box => ({ ...b, right: Math.max(b.right, used?.right ?? b.right) });
  let grid = await readGrid(context, sheet, readBox(box), budget);
  let shape = shapeOf(source, grid, sheet);
  if (shape.kind === 'error' && source.kind === 'region') {
    // The selection sat in something that is not the account list (a note, a title): look at the whole sheet.
    const fallback = sheetSource(sheet, sheetTables, used, true);
    if (fallback.kind === 'error') return shape;
    source = fallback.value;
    box = sourceBox(source);
    grid = await readGrid(context, sheet, readBox(box), budget);
    shape = shapeOf(source, grid, sheet);
  }
  if (shape.kind === 'error') return shape;
  const { headerRow, firstColumn, lastColumn, rowCount } = shape.value;
  const at = (row: number, column: number): RawCell =>
    grid.cells[row - grid.top]?.[column - grid.left] ?? null;

  const headers: string[] = [];
  for (let c = firstColumn; c <= lastColumn; c++)
    headers.push(headerText(at(headerRow, c), columnLetters(c)));
  const rows: RawCell[][] = new Array<RawCell[]>(rowCount);
  for (let i = 0; i < rowCount; i++) {
    const line = grid.cells[headerRow + 1 + i - grid.top] ?? [];
    const row = line.slice(firstColumn - grid.left, lastColumn - grid.left + 1);
    while (row.length < lastColumn - firstColumn + 1) row.push(null);
    rows[i] = row;
  }
  const table: RawTable = {
    sheet,
    headerRow,
    firstColumn,
    headers,
    rows,
    ...(source.kind === 'table' ? { tableName: source.table.name } : {}),
    ...(numberLocale !== undefined ? { numberLocale } : {}),
  };
  const owned: Record<string, number> = {};
  for (const mark of ownedOnRow(markFormulas.flatMap(parseUnion), sheet, headerRow).values()) {
    const value = at(headerRow, mark.column);
    if (typeof value === 'string' && value.trim() !== '') owned[value.trim()] = mark.column;
  }
  // A table's totals row joins the check: our columns become table columns that cross it.
  const lastChecked = source.kind === 'table' ? source.table.box.bottom : headerRow + rowCount;
  const layout: SheetLayout = {
    ownedColumns: owned,
    firstFreeColumn: firstFreeColumn(grid, headerRow, lastChecked, lastColumn),
  };
  return { kind: 'ok', value: { table, layout } };
}
