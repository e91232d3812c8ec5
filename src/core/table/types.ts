// The table as hosts hand it over: raw cells in rows under a header row, with where it sits on the sheet.
import type { Diagnostic } from '../diagnostics';

/**
 * One cell as a host reads it. Hosts convert their own representations first:
 * spreadsheet errors become their text ("#N/A"), dates become Excel serial numbers,
 * rich text becomes plain text, formulas become their cached result.
 */
export type RawCell = string | number | boolean | null;

/** A rectangular block of account data with its header row, as read from a sheet. */
export interface RawTable {
  /** Sheet (worksheet) name. */
  readonly sheet: string;
  /** Name of the Excel table the data came from, when it was one. */
  readonly tableName?: string;
  /** 1-based sheet row of the header row. Data row i (0-based) sits on sheet row headerRow + 1 + i. */
  readonly headerRow: number;
  /** 1-based sheet column of the first header cell. Column j sits on sheet column firstColumn + j. */
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** Data rows, row-major; every row has headers.length cells. */
  readonly rows: readonly (readonly RawCell[])[];
  /** The workbook's number locale when the host knows it ("decimal-comma" reads 1.234,56). */
  readonly numberLocale?: NumberLocale;
  /**
   * The sheet row of each data row, when the rows are not one contiguous block (a filtered view
   * of the table); left out, data row i sits on sheet row headerRow + 1 + i.
   */
  readonly sheetRows?: readonly number[];
  /**
   * Rows under the blank row(s) where the table stopped that look like more of its data (not a
   * footer or a total; see findBlock), which were not read: the run tells the user.
   */
  readonly dataBelow?: RowSpan;
  /** What the host found reading the cells that the user must know (a formula with no saved result reads as empty). */
  readonly readDiagnostics?: readonly Diagnostic[];
}

/** Sheet rows first..last. */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

export type NumberLocale = 'decimal-point' | 'decimal-comma';

/** 1-based sheet row of data row i. */
export function sheetRowOf(table: RawTable, i: number): number {
  return table.sheetRows?.[i] ?? table.headerRow + 1 + i;
}
