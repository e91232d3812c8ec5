// The exit codes issue 7 names, checked on the mapping itself (the CLI's own tests run the files).
import { EXIT, exitCodeFor } from '../../src/cli/errors';

describe('exit codes of kam', () => {
  it.each([
    ['unreadable-file', EXIT.unreadableFile], // random bytes, a zip without a workbook
    ['unsupported-file', EXIT.unreadableFile],
    ['summary-sheet-exists', EXIT.writeFailed], // a user's own "KAM Summary" sheet
    ['summary-sheet', EXIT.noTable], // asked to read the "KAM Summary" sheet itself
    ['unwritable-file', EXIT.writeFailed],
    ['write-failed', EXIT.writeFailed],
    ['model-not-json', EXIT.badModel],
    ['no-revenue-column', EXIT.noRevenueColumn],
  ] as const)('%s exits %i', (code, exit) => {
    expect(exitCodeFor(code)).toBe(exit);
  });
});
