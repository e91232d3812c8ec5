// Random account tables and models for the DuckDB agreement properties: missing values, ties, every
// normalisation, every missing-data policy and tier method, awkward names.
import fc from 'fast-check';
import { type Model, parseModel, type RawTable } from '../../../src/core';
import type { TestCell, TestColumn } from './duckdb';

export type ColumnKind =
  | 'minmax'
  | 'log-minmax'
  | 'percentile'
  | 'scale'
  | 'categorical'
  | 'rating-text'
  | 'rating-number';

export interface AgreementCase {
  readonly model: Model;
  readonly columns: readonly TestColumn[];
  readonly rows: readonly (readonly TestCell[])[];
}

/** Names that must stay names: quotes, a statement, spaces, case. */
const CRITERION_NAMES = [
  'Product fit',
  'x"; DROP TABLE accounts; --',
  "Cost to serve (it's high)",
  'ARR`s',
  'Ünïcode Spaß',
];

/** Small whole numbers make ties (equal values, equal scores); wide doubles make spread; NaN/∞ are missing. */
const numberCell: fc.Arbitrary<TestCell> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 5 }) },
  {
    weight: 3,
    arbitrary: fc.double({ min: -1000, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0) },
);

const revenueCell: fc.Arbitrary<TestCell> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(0, 10, 20, 50, 100, 1000) },
  {
    weight: 3,
    arbitrary: fc.double({ min: -100, max: 1e7, noNaN: true, noDefaultInfinity: true }),
  },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -5) },
);

const LABELS = { High: 1, Medium: 0.5, Low: 0, 'Very high': 1, 'very  HIGH': 0.2 };
const labelCell: fc.Arbitrary<TestCell> = fc.constantFrom(
  'High',
  ' medium ',
  'LOW',
  'Very High',
  'veryhigh',
  'Unknown',
  '',
  null,
);

const ratingTextCell: fc.Arbitrary<TestCell> = fc.constantFrom(
  'High',
  'good',
  'Poor',
  'AA-',
  'A',
  'a',
  'Baa2',
  'bbb+',
  'SD',
  'Yes',
  '✔\ufe0f',
  ' 4 ',
  '3',
  '5.5',
  '0',
  'Unknown',
  '',
  null,
);

const ratingNumberCell: fc.Arbitrary<TestCell> = fc.oneof(
  fc.integer({ min: 0, max: 6 }),
  fc.double({ min: 0, max: 6, noNaN: true }),
  fc.constant(null),
);

function cellFor(kind: ColumnKind): fc.Arbitrary<TestCell> {
  switch (kind) {
    case 'categorical':
      return labelCell;
    case 'rating-text':
      return ratingTextCell;
    case 'rating-number':
      return ratingNumberCell;
    default:
      return numberCell;
  }
}

function normalizeFor(kind: ColumnKind): Record<string, unknown> {
  switch (kind) {
    case 'categorical':
      return { method: 'categorical', map: LABELS };
    case 'rating-text':
    case 'rating-number':
      return { method: 'rating', min: 1, max: 5 };
    case 'scale':
      return { method: 'scale', min: 1, max: 4 };
    default:
      return { method: kind };
  }
}

const TIER_POLICIES = [
  undefined, // the default: Key 20%, Growth 30%, Core
  {
    method: 'top-share',
    bands: [{ name: 'A "list"; --', share: 0.1 }, { name: "it's B", share: 0.4 }, { name: 'Rest' }],
  },
  {
    method: 'top-n',
    bands: [{ name: 'Top', count: 1 }, { name: 'Next', count: 3 }, { name: 'Rest' }],
  },
  {
    method: 'thresholds',
    bands: [{ name: 'High', min: 70 }, { name: 'Mid', min: 40 }, { name: 'Low' }],
  },
  { method: 'top-share', bands: [{ name: 'Everyone' }] },
  { method: 'top-share', bands: [{ name: 'Key', share: 0.5 }, { name: 'Other' }] },
];

const KINDS: readonly ColumnKind[] = [
  'minmax',
  'log-minmax',
  'percentile',
  'scale',
  'categorical',
  'rating-text',
  'rating-number',
];

/** A model over 1-5 criteria of random kinds, weights, directions and policies, and a table for it. */
export const agreementCases: fc.Arbitrary<AgreementCase> = fc
  .record({
    n: fc.integer({ min: 1, max: 30 }),
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 5 }),
    missing: fc.constantFrom('reweight', 'zero', 'neutral'),
    minCoverage: fc.constantFrom(0, 0.5, 0.6, 1),
    tiers: fc.constantFrom(...TIER_POLICIES),
    abc: fc.constantFrom({ a: 0.8, b: 0.95 }, { a: 0.5, b: 0.9 }),
  })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      weights: fc.array(fc.constantFrom(0, 0.1, 1, 2.5, 3, 10), {
        minLength: shape.kinds.length,
        maxLength: shape.kinds.length,
      }),
      lower: fc.array(fc.boolean(), {
        minLength: shape.kinds.length,
        maxLength: shape.kinds.length,
      }),
      revenue: fc.array(revenueCell, { minLength: shape.n, maxLength: shape.n }),
      cells: fc.tuple(
        ...shape.kinds.map((kind) =>
          fc.array(cellFor(kind), { minLength: shape.n, maxLength: shape.n }),
        ),
      ),
    }),
  )
  .map(({ shape, weights, lower, revenue, cells }) => {
    const names = shape.kinds.map((_, k) => CRITERION_NAMES[k]);
    const model = parseModel({
      version: 1,
      idColumn: 'Account',
      revenueColumn: 'Revenue',
      missing: shape.missing,
      minCoverage: shape.minCoverage,
      ...(shape.tiers !== undefined ? { tiers: shape.tiers } : {}),
      abc: shape.abc,
      criteria: shape.kinds.map((kind, k) => ({
        id: `c${k}`,
        column: names[k],
        // At least one weight above 0, as the schema asks.
        weight: k === 0 && weights.every((w) => w === 0) ? 1 : weights[k],
        direction: lower[k] ? 'lower' : 'higher',
        normalize: normalizeFor(kind),
      })),
    });
    if (model.kind !== 'ok') throw new Error(model.message);
    const columns: TestColumn[] = [
      { name: 'Account', type: 'VARCHAR' },
      { name: 'kam_row', type: 'BIGINT' },
      { name: 'Revenue', type: 'DOUBLE' },
      ...shape.kinds.map((kind, k): TestColumn => ({
        name: names[k],
        type: kind === 'categorical' || kind === 'rating-text' ? 'VARCHAR' : 'DOUBLE',
      })),
    ];
    const rows = revenue.map((r, i) => [
      `Account ${i % 7}`, // repeated names: rows, not names, are the accounts
      i,
      r,
      ...cells.map((column) => column[i]),
    ]);
    return { model: model.value, columns, rows };
  });

/** The same rows as a workbook hands them to the core. */
export function rawTableOf(testCase: AgreementCase): RawTable {
  return {
    sheet: 'Accounts',
    headerRow: 1,
    firstColumn: 1,
    headers: testCase.columns.map((c) => c.name),
    rows: testCase.rows.map((row) => [...row]),
  };
}
