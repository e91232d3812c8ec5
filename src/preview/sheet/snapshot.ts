// A read-only view of one worksheet for the sheet view: sizes, frozen rows, and each cell's text and colours.
import type { Column, Worksheet } from 'exceljs';
import { cellText, shownValue } from './cell-text';
import { cellStylePaint, compileConditionalFormats, type CellPaint } from './conditional-formats';
import { columnNumber } from './rule-parts';

export interface ViewCell extends CellPaint {
  readonly text: string;
  readonly align: 'left' | 'center' | 'right';
  readonly bold: boolean;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Column widths in CSS pixels, index 0 = column A. */
  readonly widths: readonly number[];
  /** Rows kept in view while scrolling (the sheet's frozen panes). */
  readonly frozenRows: number;
  /** The cell at a 1-based (row, column), or null when it is empty and unformatted. */
  cell(row: number, column: number): ViewCell | null;
}

/** Wider sheets are cut here: the preview is for reading account tables, not for any workbook. */
export const MAX_COLUMNS = 120;
export const MIN_ROWS = 30;
export const MIN_COLUMNS = 8;
export const MAX_FROZEN_ROWS = 10;
/** Excel's default column width, in characters. */
export const DEFAULT_WIDTH = 8.43;

/** Rows looked at to size a column that has no width of its own (a CSV has none). */
export const FIT_SAMPLE_ROWS = 200;
export const MAX_FITTED_WIDTH = 40;

/** Excel's character width to pixels at 100% zoom (Calibri 11: 7 px per character plus 5 px padding). */
export function widthInPixels(characters: number): number {
  return Math.min(Math.max(Math.round(characters * 7 + 5), 24), 600);
}

/** Characters of the longest text in the column's first rows: what "AutoFit" would give, roughly. */
function fittedWidth(sheet: Worksheet, column: number): number {
  let longest = 0;
  const rows = Math.min(sheet.rowCount, FIT_SAMPLE_ROWS);
  for (let r = 1; r <= rows; r++) {
    const cell = sheet.findCell(r, column);
    if (cell !== undefined) longest = Math.max(longest, cellText(cell).length);
  }
  return Math.min(Math.max(longest + 1, DEFAULT_WIDTH), MAX_FITTED_WIDTH);
}

function frozenRowsOf(sheet: Worksheet): number {
  const view = sheet.views?.[0];
  if (view?.state !== 'frozen') return 0;
  const rows: unknown = Reflect.get(view, 'ySplit');
  return typeof rows === 'number' ? Math.min(Math.max(Math.floor(rows), 0), MAX_FROZEN_ROWS) : 0;
}

export function snapshotOf(sheet: Worksheet): SheetSnapshot {
  const columnCount = Math.min(Math.max(sheet.columnCount, MIN_COLUMNS), MAX_COLUMNS);
  // `columns` is read, never assigned: getColumn() would add column definitions to the saved file.
  // ExcelJS types `columns` as always there; a sheet without column definitions has none.
  const definitions: readonly (Partial<Column> | undefined)[] = sheet.columns ?? [];
  const widths = Array.from({ length: columnCount }, (_, i) =>
    widthInPixels(definitions[i]?.width ?? fittedWidth(sheet, i + 1)),
  );
  const rules = compileConditionalFormats(sheet);

  return {
    name: sheet.name,
    rowCount: Math.max(sheet.rowCount, MIN_ROWS),
    columnCount,
    widths,
    frozenRows: frozenRowsOf(sheet),
    cell(row, column) {
      // findCell never creates a cell (getCell would, and the download would carry it).
      const cell = sheet.findCell(row, column);
      const value = shownValue(cell?.value ?? null);
      const conditional = rules.paint(row, column, value);
      if (cell === undefined && conditional === null) return null;
      const own = cell === undefined ? null : cellStylePaint(cell);
      const horizontal = cell?.alignment?.horizontal;
      const align =
        horizontal === 'center' || horizontal === 'right' || horizontal === 'left'
          ? horizontal
          : typeof value === 'number' || value instanceof Date
            ? 'right'
            : typeof value === 'boolean'
              ? 'center'
              : 'left';
      return {
        text: cell === undefined ? '' : cellText(cell),
        align,
        bold: cell?.font?.bold === true,
        // Conditional formats draw over the cell's own format, as in Excel.
        ...own,
        ...conditional,
      };
    },
  };
}

/** "C7" (or "$C$7") -> { row: 7, column: 3 }; null for anything else. */
export function parseAddress(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (m === null) return null;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}
