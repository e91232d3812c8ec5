// Exit codes of `kam`, one per kind of problem, so scripts can tell them apart (README, "Command line").
import { assertNever, type ErrorCode } from '../core';

export const EXIT = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  unreadableFile: 3,
  noTable: 4,
  noRevenueColumn: 5,
  badModel: 6,
  writeFailed: 7,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The exit code documented in the README for every failure the core or a host returns. The switch
 * is exhaustive: a new ErrorCode that nobody maps does not compile.
 */
export function exitCodeFor(code: ErrorCode): ExitCode {
  if (code.startsWith('excel:')) return EXIT.unexpected;
  const known = code as Exclude<ErrorCode, `excel:${string}`>;
  switch (known) {
    case 'unreadable-file':
    case 'unsupported-file':
      return EXIT.unreadableFile;
    case 'no-sheet':
    case 'no-table':
    case 'no-header':
    case 'empty-table':
    case 'empty-sheet':
    case 'several-tables':
    case 'summary-sheet':
      return EXIT.noTable;
    case 'no-revenue-column':
      return EXIT.noRevenueColumn;
    case 'no-criteria':
    case 'model-column-missing':
    case 'criterion-without-column':
    case 'criterion-without-values':
    case 'filter-without-values':
    case 'no-sample':
    case 'model-unreadable':
    case 'model-not-json':
    case 'model-not-object':
    case 'model-unknown-version':
    case 'model-newer-version':
    case 'model-invalid':
    case 'unknown-preset':
    case 'sql-unsupported-model':
    case 'sql-needs-column':
    case 'engine-column-type': // a criterion column that holds text where numbers are needed
    case 'state-not-text': // state saved in the workbook: a damaged model or run
    case 'state-not-json':
    case 'state-too-large':
    case 'library-invalid':
    case 'calibration-invalid':
    case 'history-invalid':
    case 'calibration-mismatch':
    case 'run-model-mismatch':
    case 'no-model':
    case 'no-run':
      return EXIT.badModel;
    case 'unsafe-plan':
    case 'summary-sheet-exists':
    case 'partially-written':
    case 'unsupported-output':
    case 'unwritable-file':
    case 'write-failed':
    case 'too-many-cells':
      return EXIT.writeFailed;
    case 'settings-unavailable': // never on the command line: Excel's, the functions', the panel's
    case 'settings-not-saved':
    case 'row-shape':
    case 'percentile-too-large':
    case 'no-stability': // KAM.STABILITY's
    case 'no-id-column':
    case 'unknown-account':
    case 'duplicate-account':
    case 'bad-plan':
    case 'bad-address':
    case 'cancelled':
    case 'engine-failed': // DuckDB failed on a query we generated: a bug to report
    case 'excel-too-old':
    case 'excel-failure':
    case 'sheets-failure':
      return EXIT.unexpected;
    default:
      return assertNever(known, 'error code');
  }
}
