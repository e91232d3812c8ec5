// The report written in pieces is JSON.stringify(report, null, 2) byte for byte, whatever the accounts hold.
import fc from 'fast-check';
import {
  buildReport,
  identify,
  type RawCell,
  type RawTable,
  reportJsonPieces,
  type RunResult,
} from '../../src/core';
import { accountTables, fourCriteriaModel } from '../support/random-accounts';

function run(table: RawTable, missing = 'reweight'): RunResult {
  const outcome = identify(table, {
    model: fourCriteriaModel(['log-minmax', 'scale'], missing),
  });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.value;
}

const joined = (result: RunResult, date?: string): string =>
  [...reportJsonPieces(result, date)].join('');
const stringified = (result: RunResult, date?: string): string =>
  JSON.stringify(buildReport(result, date), null, 2);

/** Names as users type them: quotes, backslashes, line breaks, tabs, emoji, lone surrogates. */
const awkwardName = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    'He said "hi"',
    'a\\b',
    'line\nbreak',
    'tab\there',
    '\u2028',
    '\ud800',
    '</script>',
  ),
);

describe('reportJsonPieces', () => {
  it('joins to the same text as JSON.stringify of the report, on random tables and names', () => {
    fc.assert(
      fc.property(
        accountTables({ resultColumn: false }),
        fc.array(awkwardName, { maxLength: 40 }),
        fc.option(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          { nil: undefined },
        ),
        fc.constantFrom('reweight', 'zero', 'neutral'),
        (table, names, date, missing) => {
          const rows = table.rows.map((r, i) => [names[i] ?? r[0], ...r.slice(1)]);
          const result = run({ ...table, rows }, missing);
          expect(joined(result, date)).toBe(stringified(result, date));
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([1, 255, 256, 257, 513])(
    'matches at %i accounts, around the size of a piece, and hands out pieces, not one text',
    (count) => {
      const rows: RawCell[][] = Array.from({ length: count }, (_, i) => [
        `Account ${i}`,
        (i * 7919) % 100_000,
        1 + (i % 5),
        ['High', 'Medium', 'Low'][i % 3],
        i % 11 === 0 ? null : (i * 31) % 1000,
      ]);
      const result = run({
        sheet: 'Accounts',
        headerRow: 1,
        firstColumn: 1,
        headers: ['Account', 'Revenue', 'Fit', 'Relationship', 'Cost'],
        rows,
      });
      const pieces = [...reportJsonPieces(result, '2026-12-02T11:45:00.000Z')];
      expect(pieces.join('')).toBe(stringified(result, '2026-12-02T11:45:00.000Z'));
      expect(pieces.length).toBe(Math.ceil(count / 256) + 1);
    },
  );
});
