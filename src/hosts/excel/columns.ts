// Operations on our result columns: values and number formats in row chunks, headers, widths, clearing, table fit.
import {
  boxAddress,
  columnLetters,
  type Box,
  type PlanValue,
  planValueAt,
  type ResultColumnPlan,
  someText,
} from '../../core';
import type { TableFit } from '../plan-checks';
import {
  chunkRows,
  formattedCellBytes,
  jsonStringBytes,
  jsonValueBytes,
  rowChunkOps,
  SMALL_OP_BYTES,
  type QueuedOp,
} from './chunks';

/** Excel column width in points for a width in characters (Calibri 11: 7 px a character plus 5 px padding). */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Excel's limit on the text in one cell. */
export const MAX_CELL_TEXT = 32_767;

/** A plan value as Excel takes it in `values`: "" empties a cell (null would leave it unchanged). */
export function officeValue(value: PlanValue): string | number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'string')
    return value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  return '';
}

/** Text Excel would not keep as typed: it starts a formula ("=", "+", "-") or an operator ("@"). */
export function looksLikeFormula(value: string | number): boolean {
  return typeof value === 'string' && /^[=+\-@]/.test(value);
}

/** The text format: a cell formatted "@" stores what is written to it as text, never as a formula or number. */
export const TEXT_FORMAT = '@';

/** A cell's number format: every text cell gets "@" (before its value is written), others the column's format. */
function formatFor(value: string | number, column: ResultColumnPlan): string {
  return typeof value === 'string' && value !== '' ? TEXT_FORMAT : column.numberFormat;
}

/**
 * The one number format every cell of a column takes, or null when it holds text in a number
 * format (then its text cells need "@" apart from the others). Our text columns are formatted "@"
 * and our number columns hold numbers and blanks, so in practice every column has one.
 */
export function columnFormat(column: ResultColumnPlan): string | null {
  if (column.numberFormat === TEXT_FORMAT) return TEXT_FORMAT;
  return someText(column.values, (v) => v !== '') ? null : column.numberFormat;
}

/**
 * Gives every cell of a range one number format in a single value. Office.js takes a single value
 * for an array property and applies it to every cell ("update all cells in a range", as Ctrl+Enter
 * does); its typings only list the 2-D array, hence the cast.
 */
export function setFormatOfEveryCell(range: Excel.Range, format: string): void {
  range.numberFormat = format as unknown as string[][];
}

/** A typed cell value (ExcelApi 1.16): Excel stores a String as a string, whatever its first character. */
export function typedValue(value: string | number): Excel.CellValue {
  if (typeof value === 'number') return { type: 'Double', basicValue: value };
  if (value === '') return { type: 'Empty', basicValue: '' };
  return { type: 'String', basicValue: value };
}

/** Consecutive plan columns (sorted): each run is written as one 2-D block per chunk. */
export function columnRuns(columns: readonly ResultColumnPlan[]): ResultColumnPlan[][] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const runs: ResultColumnPlan[][] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[last.length - 1].column + 1 === column.column) last.push(column);
    else runs.push([column]);
  }
  return runs;
}

export interface ValueWriteOptions {
  readonly sheet: string;
  readonly firstDataRow: number;
  readonly rowCount: number;
  readonly typedValues: boolean;
  readonly budget: number;
}

/**
 * The values of one run of result columns, in row chunks sized to the payload budget. First each
 * column's number format is set once over all its rows (a single value, not one per cell: at a full
 * sheet the per-cell formats were a third of the payload), so Excel already holds the text format
 * when the text arrives; a column with text in a number format gets "@" on its text cells in each
 * chunk instead. Where the host has typed values and the run holds text that looks like a formula,
 * the values go as typed strings too.
 */
export function valueOps(run: readonly ResultColumnPlan[], options: ValueWriteOptions): QueuedOp[] {
  const { sheet, firstDataRow, rowCount, budget } = options;
  const left = run[0].column;
  // Typed values only where they are needed: a run holding text that Excel would read as a formula.
  const typed =
    options.typedValues && run.some((column) => someText(column.values, looksLikeFormula));
  const formats = run.map(columnFormat);
  const wholeColumnFormats: QueuedOp[] = run.flatMap((column, j) => {
    const format = formats[j];
    if (format === null || rowCount === 0) return [];
    return [
      {
        bytes: SMALL_OP_BYTES + jsonStringBytes(format),
        label: 'Writing results',
        queue: (context) =>
          setFormatOfEveryCell(
            context.workbook.worksheets
              .getItem(sheet)
              .getRangeByIndexes(firstDataRow - 1, column.column - 1, rowCount, 1),
            format,
          ),
      },
    ];
  });
  const bytesOfRow = (i: number): number => {
    let bytes = 4;
    run.forEach((column, j) => {
      const value = officeValue(planValueAt(column.values, i));
      // A typed value carries its type name around the value: {"type":"String","basicValue":...}.
      bytes +=
        (formats[j] === null
          ? formattedCellBytes(value, formatFor(value, column))
          : jsonValueBytes(value)) + (typed ? 32 : 0);
    });
    return bytes;
  };
  const chunks = rowChunkOps(
    rowCount,
    bytesOfRow,
    budget,
    'Writing results',
    (context, { start, end }) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const values: (string | number)[][] = [];
      for (let i = start; i < end; i++)
        values.push(run.map((column) => officeValue(planValueAt(column.values, i))));
      run.forEach((column, j) => {
        if (formats[j] !== null) return;
        ws.getRangeByIndexes(
          firstDataRow - 1 + start,
          column.column - 1,
          end - start,
          1,
        ).numberFormat = values.map((row) => [formatFor(row[j], column)]);
      });
      const range = ws.getRangeByIndexes(
        firstDataRow - 1 + start,
        left - 1,
        end - start,
        run.length,
      );
      if (typed) range.valuesAsJson = values.map((row) => row.map(typedValue));
      else range.values = values;
    },
  );
  return [...wholeColumnFormats, ...chunks];
}

/** Header cells of our columns, with the look of the user's own header when there is one to copy. */
export function headerOps(
  sheet: string,
  headerRow: number,
  columns: readonly ResultColumnPlan[],
  template: number | null,
): QueuedOp[] {
  return columns.map((column) => ({
    bytes: SMALL_OP_BYTES + jsonStringBytes(column.header),
    label: 'Writing results',
    queue: (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const cell = ws.getRangeByIndexes(headerRow - 1, column.column - 1, 1, 1);
      if (template !== null)
        cell.copyFrom(ws.getRangeByIndexes(headerRow - 1, template - 1, 1, 1), 'Formats');
      cell.numberFormat = [[TEXT_FORMAT]];
      cell.values = [[column.header]];
    },
  }));
}

export function widthOps(sheet: string, widths: ReadonlyMap<number, number>): QueuedOp[] {
  return [...widths].map(([column, points]) => ({
    bytes: SMALL_OP_BYTES,
    label: 'Formatting',
    queue: (context) => {
      const letters = columnLetters(column);
      context.workbook.worksheets
        .getItem(sheet)
        .getRange(`${letters}:${letters}`).format.columnWidth = points;
    },
  }));
}

export function columnWidths(columns: readonly ResultColumnPlan[]): Map<number, number> {
  return new Map(columns.map((c) => [c.column, charactersToPoints(c.width)]));
}

/**
 * Empties cells of ours in one column, rows [fromRow, toRow]: their values go and their number
 * format returns to General (Excel reads a blank format as "reset"); the user's fills stay.
 */
export function clearCellOps(
  sheet: string,
  column: number,
  fromRow: number,
  toRow: number,
  budget: number,
): QueuedOp[] {
  if (toRow < fromRow) return [];
  return chunkRows(toRow - fromRow + 1, () => 6, budget).map(({ start, end }) => ({
    bytes: SMALL_OP_BYTES,
    label: 'Clearing old results',
    queue: (context) => {
      const range = context.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(fromRow - 1 + start, column - 1, end - start, 1);
      range.clear('Contents');
      setFormatOfEveryCell(range, '');
    },
  }));
}

/** Removes a header of ours entirely (value and the look we copied) and gives the column its standard width. */
export function clearHeaderOp(
  sheet: string,
  row: number,
  column: number,
  standardWidth: number,
): QueuedOp {
  return {
    bytes: SMALL_OP_BYTES,
    label: 'Clearing old results',
    queue: (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRangeByIndexes(row - 1, column - 1, 1, 1).clear('All');
      const letters = columnLetters(column);
      ws.getRange(`${letters}:${letters}`).format.columnWidth = standardWidth;
    },
  };
}

/** An Excel table as the inspection found it: our handle on it in a table fit. */
export interface ExcelTable {
  readonly name: string;
  readonly box: Box;
}

/** Resizes the table to its new extent (ExcelApi 1.13); its header cells name the new columns. */
export function resizeOp(sheet: string, fit: TableFit<ExcelTable>): QueuedOp {
  return {
    bytes: SMALL_OP_BYTES,
    label: 'Writing results',
    queue: (context) => {
      const address = boxAddress({ ...fit.table.box, right: fit.right });
      context.workbook.tables
        .getItem(fit.table.name)
        .resize(context.workbook.worksheets.getItem(sheet).getRange(address));
    },
  };
}
