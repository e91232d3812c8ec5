// Reads the account table from Excel in a fixed number of batches: where it is, its shape, then its values in chunks.
import {
  fail,
  type BlockShape,
  blockTable,
  findBlock,
  firstFreeColumn,
  gridOf,
  parseUnion,
  type Box,
  type SheetLayout,
  type Outcome,
  type RawCell,
  type RawTable,
} from '../../core';
import { ownedColumns, ownedOnRow } from '../markers';
import type { ReadTableResult, TableRequest } from '../port';
import { nextReadRows, rowBytes } from './chunks';
import { toRawRows } from './cells';
import type { ExcelFeatures } from './office-api';
import { locate, type Located, sheetSource, type Source } from './source';

/** Rows read below Excel's region around the selection, beyond our last run's rows (see readTable). */
const LOOK_BELOW_ROWS = 1000;

/** Values read from a sheet: cells[i][j] is sheet row top + i, column left + j. */
interface ReadCells {
  readonly top: number;
  readonly left: number;
  readonly cells: readonly (readonly RawCell[])[];
}

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
async function readCells(
  context: Excel.RequestContext,
  sheet: string,
  box: Box,
  budget: number,
): Promise<ReadCells> {
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

/** The cells read, narrowed to some columns (a region's, when the read also covered cells right of it). */
function narrow(read: ReadCells, left: number, right: number): ReadCells {
  return {
    top: read.top,
    left,
    cells: read.cells.map((row) => row.slice(left - read.left, right - read.left + 1)),
  };
}

function shapeOf(source: Source, read: ReadCells, sheet: string): Outcome<BlockShape> {
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
  const region = narrow(read, source.box.left, source.box.right);
  const found = findBlock(gridOf(region.top, region.left, region.cells), sheet);
  if (found.kind === 'error' && found.code === 'no-header')
    return { ...found, message: `${found.message} Select a cell in your list and try again.` };
  return found;
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
  const { sheet, used, sheetTables, markFormulas } = located.value;
  let source = located.value.source;
  // Reading on to the right end of the used range shows what sits beside the data (firstFreeColumn).
  // Excel's region around the selection ends at a blank row: below it go the rows our last run
  // wrote on (they may resume the data past rows emptied since) and a few more, to tell the user of
  // data under a blank row; never the whole used range, which one stray cell far down makes huge.
  const ourRows = Math.max(
    0,
    ...[...ownedColumns(markFormulas.flatMap(parseUnion), sheet).values()].map((m) => m.lastRow),
  );
  const readBox = (s: Source): Box => {
    const b = sourceBox(s);
    const below = Math.min(used?.bottom ?? b.bottom, Math.max(b.bottom, ourRows) + LOOK_BELOW_ROWS);
    const bottom = s.kind === 'region' ? Math.max(b.bottom, below) : b.bottom;
    return { ...b, right: Math.max(b.right, used?.right ?? b.right), bottom };
  };
  let read = await readCells(context, sheet, readBox(source), budget);
  let shape = shapeOf(source, read, sheet);
  if (shape.kind === 'error' && source.kind === 'region') {
    // The selection sat in something that is not the account list (a note, a title): look at the whole sheet.
    const fallback = sheetSource(sheet, sheetTables, used, true);
    if (fallback.kind === 'error') return shape;
    source = fallback.value;
    read = await readCells(context, sheet, readBox(source), budget);
    shape = shapeOf(source, read, sheet);
  }
  if (shape.kind === 'error') return shape;
  return { kind: 'ok', value: tableAndLayout(located.value, source, read, shape.value) };
}

/** The table the block holds, and what sits around it: our earlier columns, the first free column. */
function tableAndLayout(
  located: Located,
  source: Source,
  read: ReadCells,
  shape: BlockShape,
): ReadTableResult {
  const { sheet, markFormulas, numberLocale } = located;
  const { headerRow, firstColumn, lastColumn, rowCount } = shape;
  const grid = gridOf(read.top, read.left, read.cells);
  const { headers, rows } = blockTable(read, shape);
  const table: RawTable = {
    sheet,
    headerRow,
    firstColumn,
    headers,
    rows,
    ...(source.kind === 'table' ? { tableName: source.table.name } : {}),
    ...(shape.dataBelow !== undefined ? { dataBelow: shape.dataBelow } : {}),
    ...(numberLocale !== undefined ? { numberLocale } : {}),
  };
  const owned: Record<string, number> = {};
  for (const mark of ownedOnRow(markFormulas.flatMap(parseUnion), sheet, headerRow).values()) {
    const value = grid.value(headerRow, mark.column);
    if (typeof value === 'string' && value.trim() !== '') owned[value.trim()] = mark.column;
  }
  // A table's totals row joins the check: our columns become table columns that cross it.
  const lastChecked = source.kind === 'table' ? source.table.box.bottom : headerRow + rowCount;
  const layout: SheetLayout = {
    ownedColumns: owned,
    firstFreeColumn: firstFreeColumn(grid, headerRow, lastChecked, lastColumn),
  };
  return { table, layout };
}
