// Results as values for operations that can fail on user input (misuse throws instead), every code a
// failure can carry, and exhaustive switches.

/**
 * Every failure the core and the hosts return, so each caller can map each one (the CLI to an exit
 * code, the panel to a message) and the compiler names any code nobody maps.
 */
export type ErrorCode =
  // The workbook or file cannot be read at all.
  | 'unreadable-file'
  | 'unsupported-file'
  // Where the account table is.
  | 'no-sheet'
  | 'no-table'
  | 'no-header'
  | 'empty-table'
  | 'empty-sheet'
  | 'several-tables'
  | 'summary-sheet'
  // The columns a run needs.
  | 'no-revenue-column'
  | 'no-criteria'
  | 'model-column-missing'
  | 'criterion-without-column'
  | 'criterion-without-values'
  | 'filter-without-values'
  | 'history-invalid'
  | 'no-sample'
  // The model file and presets.
  | 'model-unreadable'
  | 'model-not-json'
  | 'model-not-object'
  | 'model-unknown-version'
  | 'model-newer-version'
  | 'model-invalid'
  | 'unknown-preset'
  // The model as SQL, and the DuckDB engine that runs it.
  | 'sql-unsupported-model'
  | 'sql-needs-column'
  | 'engine-column-type'
  | 'engine-failed'
  // State saved in the workbook (models, run statistics).
  | 'state-not-text'
  | 'state-not-json'
  | 'state-too-large'
  | 'library-invalid'
  | 'calibration-invalid'
  | 'calibration-mismatch'
  | 'run-model-mismatch'
  | 'no-model'
  | 'no-run'
  | 'settings-unavailable'
  | 'settings-not-saved'
  // Per-row formulas.
  | 'row-shape'
  | 'percentile-too-large'
  | 'no-stability'
  | 'no-id-column'
  | 'unknown-account'
  | 'duplicate-account'
  // Writing results.
  | 'unsafe-plan'
  | 'summary-sheet-exists'
  | 'bad-plan'
  | 'partially-written'
  | 'bad-address'
  | 'unsupported-output'
  | 'unwritable-file'
  | 'write-failed'
  | 'cancelled'
  // Google Sheets: past its 10 million cells, or an Apps Script service failure.
  | 'too-many-cells'
  | 'sheets-failure'
  // Excel itself: too old, or an Office.js failure ("excel:InvalidArgument@Range.values").
  | 'excel-too-old'
  | 'excel-failure'
  | `excel:${string}`;

/** Result-as-value for operations that can fail on user input (misuse throws instead). */
export type Outcome<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'error'; readonly code: ErrorCode; readonly message: string };

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}

/** A failure as a value: assignable to an Outcome of any type. */
export function fail(code: ErrorCode, message: string): Outcome<never> {
  return { kind: 'error', code, message };
}
