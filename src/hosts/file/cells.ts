// Converts ExcelJS cell values to the core's RawCell, following the rules in core/types.ts.
import type { Cell, CellValue, Row, Worksheet } from 'exceljs';
import type { Grid, RawCell } from '../../core';
import { excelJs } from './exceljs-runtime';

const MS_PER_DAY = 86_400_000;
/** Days between the Excel epoch (1899-12-30, which absorbs Excel's 1900 leap-year bug) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25_569;

/** Excel serial number of a date. ExcelJS reads dates as UTC instants, so no time-zone shift applies. */
export function excelSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/** Plain text of rich text runs: [{ text }, ...]. */
function richTextToString(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs
    .map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : ''))
    .join('');
}

/**
 * Converts any ExcelJS value shape to a RawCell. ExcelJS types its values loosely (formula results
 * can be error objects, hyperlink text can itself be rich text), so every shape is checked here.
 */
export function toRawCell(value: CellValue | unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  // Whitespace-only text is an empty cell to the user (and a missing value to the core, not a bad label).
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : excelSerial(value);
  if (!isRecord(value)) return null;
  if (typeof value.error === 'string') return value.error;
  if ('richText' in value) return toRawCell(richTextToString(value.richText));
  // Formulas (plain or shared): the cached result is what the user sees.
  if ('formula' in value || 'sharedFormula' in value) return toRawCell(value.result);
  // Hyperlinks: the visible text.
  if ('hyperlink' in value || 'text' in value) return toRawCell(value.text);
  return null;
}

/** A cell inside a merge other than its top-left one (ExcelJS is loaded: there is a cell). */
export function isMergedCell(cell: Cell): boolean {
  return cell.type === excelJs().ValueType.Merge;
}

/** The value of a cell as RawCell; merged cells other than the top-left one read as empty, as in Excel. */
export function cellToRaw(cell: Cell): RawCell {
  if (isMergedCell(cell)) return null;
  return toRawCell(cell.value);
}

/** True when a cell shows nothing: no value (styles alone do not count) and not part of a merge. */
export function isEmptyCell(cell: Cell): boolean {
  if (isMergedCell(cell)) return false;
  const raw = toRawCell(cell.value);
  return raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * Calls back with (column, value) for each non-empty cell of a row, without creating cells:
 * ExcelJS's getCell would add empty cells to the workbook as a side effect.
 */
export function eachValue(
  sheet: Worksheet,
  rowNumber: number,
  callback: (column: number, value: RawCell, cell: Cell) => void,
): void {
  const row: Row | undefined = sheet.findRow(rowNumber);
  if (row === undefined) return;
  row.eachCell((cell, column) => {
    const value = cellToRaw(cell);
    if (value !== null) callback(column, value, cell);
  });
}

/** The row's values over columns [first, last] (1-based, inclusive), empty cells as null. */
export function rowValues(
  sheet: Worksheet,
  rowNumber: number,
  first: number,
  last: number,
): RawCell[] {
  const values: RawCell[] = new Array<RawCell>(last - first + 1).fill(null);
  eachValue(sheet, rowNumber, (column, value) => {
    if (column >= first && column <= last) values[column - first] = value;
  });
  return values;
}

/** The last column with a visible value (or merged cell) on the row, 0 when none. */
function lastUsedColumn(sheet: Worksheet, rowNumber: number): number {
  const row = sheet.findRow(rowNumber);
  if (row === undefined) return 0;
  let last = 0;
  row.eachCell((cell, column) => {
    if (column > last && !isEmptyCell(cell)) last = column;
  });
  return last;
}

/** A cell of the sheet without creating it (ExcelJS's getCell would add it as a side effect). */
function existingCell(sheet: Worksheet, row: number, column: number): Cell | undefined {
  const found: unknown = sheet.findRow(row)?.findCell(column);
  return found === undefined || found === null ? undefined : (found as Cell);
}

/** The sheet as the core's Grid: values as RawCell, merged cells taken (so never written into). */
export function sheetGrid(sheet: Worksheet): Grid {
  return {
    top: 1,
    left: 1,
    bottom: sheet.rowCount,
    value: (row, column) => {
      const cell = existingCell(sheet, row, column);
      return cell === undefined ? null : cellToRaw(cell);
    },
    lastUsed: (row) => lastUsedColumn(sheet, row),
    taken: (row, column) => {
      const cell = existingCell(sheet, row, column);
      return cell !== undefined && !isEmptyCell(cell);
    },
  };
}
