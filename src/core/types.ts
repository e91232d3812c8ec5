// Shared value types of the core: raw tables as hosts hand them over, and diagnostics.

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
}

export type NumberLocale = 'decimal-point' | 'decimal-comma';

export type Severity = 'error' | 'warning' | 'info';

export type DiagnosticCode =
  | 'unparseable-number'
  | 'ambiguous-number'
  | 'spreadsheet-error'
  | 'unknown-label'
  | 'negative-revenue'
  | 'duplicate-id'
  | 'missing-id'
  | 'low-coverage'
  | 'no-score'
  | 'criteria-count';

/** One problem found in the data, addressed to its cell when it has one. */
export interface Diagnostic {
  /** A1 address such as "C7", or "" when the problem is not about one cell. */
  readonly cell: string;
  /** 1-based sheet row, or 0 when not about one row. */
  readonly row: number;
  /** Header of the column concerned, or "" when not about one column. */
  readonly column: string;
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
}

/** Result-as-value for operations that can fail on user input (misuse throws instead). */
export type Outcome<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'error'; readonly code: string; readonly message: string };

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}

// Kept here too because much of the code (and the preview) imports them from the core's types.
export { cellAddress, columnLetters } from './a1';
