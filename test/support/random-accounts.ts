// Random account tables and four-criterion models, for the properties that per-row scoring
// (core calibration, KAM.SCORE/SCORES) gives exactly the run's numbers.
import fc from 'fast-check';
import { parseModel, type Model, type RawCell, type RawTable } from '../../src/core';

/** Revenue + Fit (two methods under test), Relationship (rating), Cost (lower is better). */
export function fourCriteriaModel(methods: readonly string[], missing: string): Model {
  const outcome = parseModel({
    version: 1,
    idColumn: 'Account',
    revenueColumn: 'Revenue',
    missing,
    criteria: [
      { id: 'rev', column: 'Revenue', weight: 3, normalize: { method: methods[0] } },
      {
        id: 'fit',
        column: 'Fit',
        weight: 2,
        normalize: { method: methods[1], ...(methods[1] === 'scale' ? { min: 1, max: 5 } : {}) },
      },
      { id: 'rel', column: 'Relationship', weight: 1, normalize: { method: 'rating' } },
      {
        id: 'cost',
        column: 'Cost',
        weight: 1,
        direction: 'lower',
        normalize: { method: 'minmax' },
      },
    ],
  });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.value;
}

export const firstMethod = fc.constantFrom('minmax', 'log-minmax', 'percentile');
export const secondMethod = fc.constantFrom('scale', 'percentile', 'minmax');
export const missingPolicy = fc.constantFrom('reweight', 'zero', 'neutral');

const moneyCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.integer({ min: -1000, max: 5_000_000 }),
  fc.constantFrom(null, '', 'n/a', '$12.5k', '1,200', '#DIV/0!'),
);
const fitCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.double({ min: 0, max: 6, noNaN: true }),
  fc.constant(null),
);
const relationCell: fc.Arbitrary<RawCell> = fc.constantFrom(
  'High',
  'Medium',
  'Low',
  'Excellent',
  'AA-',
  null,
  'Unknown',
  4,
);

/** Tables of the model's four input columns; `resultColumn` adds a "KAM Score" column of ours at the end. */
export function accountTables(options: { resultColumn: boolean }): fc.Arbitrary<RawTable> {
  const extra = options.resultColumn ? ['KAM Score'] : [];
  return fc
    .array(fc.tuple(moneyCell, fitCell, relationCell, moneyCell), { minLength: 1, maxLength: 40 })
    .map((rows) => ({
      sheet: 'Accounts',
      headerRow: 1,
      firstColumn: 1,
      headers: ['Account', 'Revenue', 'Fit', 'Relationship', 'Cost', ...extra],
      rows: rows.map((r, i) => [`Account ${i}`, ...r, ...extra.map(() => 99)]),
    }));
}

/** The input columns of a row (what a user passes to KAM.SCORE): the first five. */
export const INPUT_WIDTH = 5;
