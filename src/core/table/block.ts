// Where the account data sits on a sheet: the first header row (title rows above it skipped), its
// columns and its data rows, found the same way by every host over a grid of the cells it read.
import type { Outcome } from '../outcome';
import { columnLetters } from './a1';
import { isResultHeader } from './headers';
import type { RawCell, RowSpan } from './types';

/** Rows scanned for a header row from the top of the grid. */
export const HEADER_SCAN_ROWS = 30;

/**
 * Cells read from a sheet, as each host holds them: `value` gives a cell's value (null when empty
 * or outside what was read), `lastUsed` the last column of a row that holds anything, 0 when none.
 * `taken` says whether a cell holds anything, the hidden cells of a merge included (default: it
 * has a value): data runs down while a row has something, and result columns never go there.
 */
export interface Grid {
  readonly top: number;
  readonly left: number;
  /** The last row read. */
  readonly bottom: number;
  value(row: number, column: number): RawCell;
  lastUsed(row: number): number;
  taken?(row: number, column: number): boolean;
}

/** Where the account data sits: the header row, its columns, and the number of data rows below it. */
export interface BlockShape {
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly rowCount: number;
  /** Rows like the data right under the blank row(s) where it stopped: not read (see dataExtent). */
  readonly dataBelow?: RowSpan;
}

interface ColumnSpan {
  readonly first: number;
  readonly last: number;
}

/** A grid over rows of values read from a sheet: cells[i][j] is sheet row top + i, column left + j. */
export function gridOf(top: number, left: number, cells: readonly (readonly RawCell[])[]): Grid {
  return {
    top,
    left,
    bottom: top + cells.length - 1,
    value: (row, column) => cells[row - top]?.[column - left] ?? null,
    lastUsed: (row) => {
      const line = cells[row - top];
      if (line === undefined) return 0;
      for (let j = line.length - 1; j >= 0; j--) if (line[j] !== null) return left + j;
      return 0;
    },
  };
}

function isTaken(grid: Grid, row: number, column: number): boolean {
  return grid.taken !== undefined ? grid.taken(row, column) : grid.value(row, column) !== null;
}

function rowHasContent(grid: Grid, row: number, first: number, last: number): boolean {
  for (let c = first; c <= last; c++) if (isTaken(grid, row, c)) return true;
  return false;
}

/**
 * The block's columns from a header row: from its first filled cell rightwards while header cells
 * are filled. A single blank header is kept when data sits below it and the header resumes after it
 * (an unnamed column in the middle of the data).
 */
function headerSpan(grid: Grid, row: number): ColumnSpan | null {
  const lastUsed = grid.lastUsed(row);
  if (lastUsed === 0) return null;
  const filled = (c: number): boolean => grid.value(row, c) !== null;
  let first = Math.max(grid.left, 1);
  while (first <= lastUsed && !filled(first)) first++;
  if (first > lastUsed) return null;
  let last = first;
  while (last + 1 <= lastUsed) {
    if (filled(last + 1)) last++;
    else if (grid.value(row + 1, last + 1) !== null && filled(last + 2)) last += 2;
    else break;
  }
  return { first, last };
}

function isText(value: RawCell): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** The header's columns that hold our results of an earlier run ("KAM Score", "KAM Tier"...). */
function resultColumns(grid: Grid, headerRow: number, first: number, last: number): number[] {
  const columns: number[] = [];
  for (let c = first; c <= last; c++)
    if (isResultHeader(headerText(grid.value(headerRow, c), c))) columns.push(c);
  return columns;
}

/** The first row after `from` with anything in the block's columns, or null. */
function nextRowWithContent(grid: Grid, from: number, span: ColumnSpan): number | null {
  for (let row = from + 1; row <= grid.bottom; row++)
    if (rowHasContent(grid, row, span.first, span.last)) return row;
  return null;
}

/**
 * Whether rows look like more of the data: two or more of them fill two or more of the block's
 * columns. A report's footer ("Confidential Information", a copyright line, notes) fills one cell
 * a row, and a total is one row.
 */
function likeData(grid: Grid, first: number, last: number, span: ColumnSpan): boolean {
  let rows = 0;
  for (let row = first; row <= last && rows < 2; row++) {
    let filled = 0;
    for (let c = span.first; c <= span.last && filled < 2; c++) if (isTaken(grid, row, c)) filled++;
    if (filled >= 2) rows++;
  }
  return rows >= 2;
}

/**
 * How far the data runs under the header row: down while a row has something in the header's
 * columns, and on past blank rows when a row of the next stretch of content holds our results of
 * an earlier run (it was an account then: a row the user emptied, or one whose results a run
 * emptied, does not cut the table short; a row a filter left out has blank results, so one such
 * row is not enough). Where it stops at a blank row, that stretch when it looks like more data.
 */
function dataExtent(
  grid: Grid,
  headerRow: number,
  span: ColumnSpan,
): { rowCount: number; dataBelow: RowSpan | null } {
  const results = resultColumns(grid, headerRow, span.first, span.last);
  const hasContent = (row: number): boolean => rowHasContent(grid, row, span.first, span.last);
  let last = headerRow + 1;
  for (;;) {
    while (last + 1 <= grid.bottom && hasContent(last + 1)) last++;
    const next = nextRowWithContent(grid, last + 1, span);
    if (next === null) return { rowCount: last - headerRow, dataBelow: null };
    let end = next;
    let ours = results.some((c) => isTaken(grid, next, c));
    while (end + 1 <= grid.bottom && hasContent(end + 1)) {
      end++;
      ours ||= results.some((c) => isTaken(grid, end, c));
    }
    if (!ours) {
      const below = likeData(grid, next, end, span) ? { first: next, last: end } : null;
      return { rowCount: last - headerRow, dataBelow: below };
    }
    last = end;
  }
}

/**
 * The first header row from the top of the grid: at least two text cells, with a data row right
 * below. Rows above it (a title, a blank line, notes) are not data. The data runs down while a row
 * has something in the header's columns, and past blank rows where the rows below hold our earlier
 * results (a total under a gap stays out: no run ever gave it results; see dataExtent).
 */
export function findBlock(grid: Grid, sheet: string): Outcome<BlockShape> {
  const lastScanned = Math.min(grid.bottom, grid.top + HEADER_SCAN_ROWS - 1);
  let headerOnly: number | null = null;
  for (let r = grid.top; r <= lastScanned; r++) {
    const span = headerSpan(grid, r);
    if (span === null) continue;
    let texts = 0;
    for (let c = span.first; c <= span.last; c++) if (isText(grid.value(r, c))) texts++;
    if (texts < 2) continue;
    if (!rowHasContent(grid, r + 1, span.first, span.last)) {
      headerOnly ??= r;
      continue;
    }
    const { rowCount, dataBelow } = dataExtent(grid, r, span);
    return {
      kind: 'ok',
      value: {
        headerRow: r,
        firstColumn: span.first,
        lastColumn: span.last,
        rowCount,
        ...(dataBelow !== null ? { dataBelow } : {}),
      },
    };
  }
  if (headerOnly !== null) {
    return {
      kind: 'error',
      code: 'empty-table',
      message: `The sheet "${sheet}" has a header row (row ${headerOnly}) but no data rows below it.`,
    };
  }
  return {
    kind: 'error',
    code: 'no-header',
    message: `No header row found on the sheet "${sheet}": the account list needs a row of column names (such as Account, Region, ARR) within the first ${HEADER_SCAN_ROWS} rows, with the data right below.`,
  };
}

/** Header text: trimmed; numbers and booleans as the user reads them; a blank header gets "Column C". */
export function headerText(value: RawCell, column: number): string {
  if (value === null) return `Column ${columnLetters(column)}`;
  const text = typeof value === 'string' ? value.trim() : String(value);
  return text === '' ? `Column ${columnLetters(column)}` : text;
}

/**
 * The table a block holds, from the cells a host read (cells[i][j] is sheet row top + i, column
 * left + j): its header texts, and its data rows, each as wide as the header.
 */
export function blockTable(
  read: {
    readonly top: number;
    readonly left: number;
    readonly cells: readonly (readonly RawCell[])[];
  },
  shape: BlockShape,
): { headers: string[]; rows: RawCell[][] } {
  const { headerRow, firstColumn, lastColumn, rowCount } = shape;
  const width = lastColumn - firstColumn + 1;
  const at = (row: number): readonly RawCell[] => read.cells[row - read.top] ?? [];
  const headers: string[] = [];
  for (let c = firstColumn; c <= lastColumn; c++)
    headers.push(headerText(at(headerRow)[c - read.left] ?? null, c));
  const rows: RawCell[][] = new Array<RawCell[]>(rowCount);
  for (let i = 0; i < rowCount; i++) {
    const row = at(headerRow + 1 + i).slice(firstColumn - read.left, lastColumn - read.left + 1);
    while (row.length < width) row.push(null);
    rows[i] = row;
  }
  return { headers, rows };
}

/**
 * The first column right of the block from which the given rows hold nothing (merged cells count
 * as used): our columns go there, so a user's column beside the data, even after a gap, is stepped
 * over and never written into.
 */
export function firstFreeColumn(
  grid: Grid,
  fromRow: number,
  toRow: number,
  blockRight: number,
): number {
  let last = blockRight;
  for (let r = fromRow; r <= toRow; r++) last = Math.max(last, grid.lastUsed(r));
  return last + 1;
}
