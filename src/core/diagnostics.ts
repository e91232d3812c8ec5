// Problems found in the data, addressed to their cell: what every part of a run reports to the user.

export type Severity = 'error' | 'warning' | 'info';

export type DiagnosticCode =
  | 'unparseable-number'
  | 'unparseable-date'
  | 'ambiguous-number'
  | 'spreadsheet-error'
  | 'formula-without-result'
  | 'unknown-label'
  | 'negative-revenue'
  | 'revenue-total-too-large'
  | 'duplicate-id'
  | 'missing-id'
  | 'low-coverage'
  | 'no-score'
  | 'criteria-count'
  | 'unordered-labels'
  | 'revenue-is-size'
  | 'mixed-currency'
  | 'currency-without-rate'
  | 'currency-converted'
  | 'history-unmatched'
  | 'history-unreadable'
  | 'row-without-data'
  | 'data-below-table';

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
  /** Cells with the same cause (the same unreadable text or unknown label): how many, when more than one. */
  readonly count?: number;
  /** The first of those cells, starting with `cell`. */
  readonly cells?: readonly string[];
}

/**
 * What a reader of the figures must know to read them right (the money they add up is company size,
 * or in several currencies): said on the summary sheet and by the CLI, not only among the warnings.
 */
const FIGURE_NOTES: ReadonlySet<string> = new Set<DiagnosticCode>([
  'revenue-is-size',
  'revenue-total-too-large',
  'mixed-currency',
  'currency-without-rate',
  'currency-converted',
  'data-below-table',
]);

export function isFigureNote(code: string): boolean {
  return FIGURE_NOTES.has(code);
}

/** The diagnostics a reader of the figures must know, in order: what the CLI, the summary sheet, the panel and the dialog say with the figures. */
export function figureNotes<D extends { readonly code: string }>(diagnostics: readonly D[]): D[] {
  return diagnostics.filter((d) => isFigureNote(d.code));
}
