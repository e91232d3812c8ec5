// Exit codes of `kam`, one per kind of problem, so scripts can tell them apart (README, "Command line").
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

/** Maps an error code from the core or a host to the exit code documented in the README. */
export function exitCodeFor(code: string): ExitCode {
  switch (code) {
    case 'unreadable-file':
    case 'file-not-found':
      return EXIT.unreadableFile;
    case 'no-sheet':
    case 'no-table':
    case 'no-header':
    case 'empty-table':
      return EXIT.noTable;
    case 'no-revenue-column':
      return EXIT.noRevenueColumn;
    case 'write-failed':
    case 'summary-sheet-taken':
      return EXIT.writeFailed;
    default:
      return code.startsWith('model') || code === 'unknown-preset' || code === 'no-criteria'
        ? EXIT.badModel
        : EXIT.unexpected;
  }
}
