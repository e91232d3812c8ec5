// Finds the header row and the data block inside a grid of values read from a sheet (title rows above are skipped).
import type { Outcome, RawCell } from '../../core';

/** Rows scanned for a header row from the top of the grid (the file host scans the same number). */
export const HEADER_SCAN_ROWS = 30;

/** Values read from a sheet: cells[i][j] is sheet row top + i, column left + j. */
export interface Grid {
  readonly top: number;
  readonly left: number;
  readonly cells: readonly (readonly RawCell[])[];
}

/** Where the account data sits: the header row, its columns, and the number of data rows below it. */
export interface BlockShape {
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly rowCount: number;
}

/**
 * A cell as Office.js returns it in `values`, as the core's RawCell: "" (empty) and whitespace-only
 * text are empty, errors arrive as their text ("#N/A") and stay text, dates are already serial numbers.
 */
export function toRawCell(value: unknown): RawCell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'boolean') return value;
  return null;
}

export function toRawRows(values: readonly (readonly unknown[])[]): RawCell[][] {
  return values.map((row) => row.map(toRawCell));
}

function cellAt(grid: Grid, row: number, column: number): RawCell {
  const line = grid.cells[row - grid.top];
  if (line === undefined) return null;
  return line[column - grid.left] ?? null;
}

function width(grid: Grid): number {
  return grid.cells.reduce((w, row) => Math.max(w, row.length), 0);
}

/** The last column of the row holding a value, 0 when none. */
export function lastUsedColumn(grid: Grid, row: number): number {
  const line = grid.cells[row - grid.top];
  if (line === undefined) return 0;
  for (let j = line.length - 1; j >= 0; j--) if (line[j] !== null) return grid.left + j;
  return 0;
}

function rowHasContent(grid: Grid, row: number, first: number, last: number): boolean {
  for (let c = first; c <= last; c++) if (cellAt(grid, row, c) !== null) return true;
  return false;
}

/**
 * The block's columns from a header row: from its first filled cell rightwards while header cells
 * are filled. A single blank header is kept when data sits below it and the header resumes after it
 * (an unnamed column in the middle of the data). Same rule as the file host.
 */
function headerSpan(grid: Grid, row: number): { first: number; last: number } | null {
  const lastUsed = lastUsedColumn(grid, row);
  if (lastUsed === 0) return null;
  const filled = (c: number): boolean => cellAt(grid, row, c) !== null;
  let first = grid.left;
  while (first <= lastUsed && !filled(first)) first++;
  let last = first;
  while (last + 1 <= lastUsed) {
    if (filled(last + 1)) last++;
    else if (cellAt(grid, row + 1, last + 1) !== null && filled(last + 2)) last += 2;
    else break;
  }
  return { first, last };
}

function isText(value: RawCell): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * The first header row from the top of the grid: at least two text cells, with a data row right
 * below. Rows above it (a title, a blank line, notes) are not data. The data runs down while a row
 * has something in the header's columns.
 */
export function findBlock(grid: Grid, sheet: string): Outcome<BlockShape> {
  const bottom = grid.top + grid.cells.length - 1;
  const lastScanned = Math.min(bottom, grid.top + HEADER_SCAN_ROWS - 1);
  let headerOnly: number | null = null;
  if (width(grid) > 0) {
    for (let r = grid.top; r <= lastScanned; r++) {
      const span = headerSpan(grid, r);
      if (span === null) continue;
      let texts = 0;
      for (let c = span.first; c <= span.last; c++) if (isText(cellAt(grid, r, c))) texts++;
      if (texts < 2) continue;
      if (!rowHasContent(grid, r + 1, span.first, span.last)) {
        headerOnly ??= r;
        continue;
      }
      let rowCount = 1;
      while (
        r + rowCount + 1 <= bottom &&
        rowHasContent(grid, r + rowCount + 1, span.first, span.last)
      )
        rowCount++;
      return {
        kind: 'ok',
        value: { headerRow: r, firstColumn: span.first, lastColumn: span.last, rowCount },
      };
    }
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
    message: `No header row found on the sheet "${sheet}": the account list needs a row of column names (such as Account, Region, ARR) with the data right below. Select a cell in your list and try again.`,
  };
}

/** Header text: trimmed; numbers and booleans as the user reads them; a blank header gets "Column X". */
export function headerText(value: RawCell, columnName: string): string {
  if (value === null) return `Column ${columnName}`;
  const text = typeof value === 'string' ? value.trim() : String(value);
  return text === '' ? `Column ${columnName}` : text;
}

/** The first column right of the block from which the given rows hold nothing (our columns go there). */
export function firstFreeColumn(
  grid: Grid,
  fromRow: number,
  toRow: number,
  blockRight: number,
): number {
  let last = blockRight;
  for (let r = fromRow; r <= toRow; r++) last = Math.max(last, lastUsedColumn(grid, r));
  return last + 1;
}
