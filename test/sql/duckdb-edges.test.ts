// The edges of DESIGN 3.2-3.6 that random tables rarely reach, run in DuckDB and checked against the core
// and against the numbers the design states.
import { accountsSql, type ModelInput, parseModel } from '../../src/core';
import { runBothWays } from './support/agreement';
import type { AgreementCase } from './support/cases';
import {
  openDatabase,
  queryRows,
  type TestCell,
  type TestColumn,
  type TestDatabase,
} from './support/duckdb';

let db: TestDatabase;
beforeAll(async () => {
  db = await openDatabase();
});
afterAll(() => db.close());

/** A case of one numeric criterion "Value" (min-max unless told) with revenue and the given extra model fields. */
function oneCriterion(
  values: readonly TestCell[],
  revenue: readonly TestCell[],
  model: Partial<ModelInput> = {},
  normalize: Record<string, unknown> = { method: 'minmax' },
): AgreementCase {
  const parsed = parseModel({
    version: 1,
    idColumn: 'Account',
    revenueColumn: 'Revenue',
    minCoverage: 0,
    criteria: [{ id: 'value', column: 'Value', weight: 1, normalize }],
    ...model,
  });
  if (parsed.kind !== 'ok') throw new Error(parsed.message);
  const columns: TestColumn[] = [
    { name: 'Account', type: 'VARCHAR' },
    { name: 'kam_row', type: 'BIGINT' },
    { name: 'Revenue', type: 'DOUBLE' },
    { name: 'Value', type: 'DOUBLE' },
  ];
  return {
    model: parsed.value,
    columns,
    rows: values.map((v, i) => [`A${i}`, i, revenue[i] ?? null, v]),
  };
}

async function bothWays(testCase: AgreementCase) {
  const result = await runBothWays(db, testCase);
  expect(result.agreement.mismatches).toEqual([]);
  return result;
}

const column = (rows: readonly Record<string, unknown>[], name: string) => rows.map((r) => r[name]);
const figure = (
  rows: readonly Record<string, unknown>[],
  name: string,
  tier: string | null = null,
) => rows.find((r) => r.kam_figure === name && (r.kam_tier ?? null) === tier)?.kam_value;

describe('ranks: equal means equal', () => {
  it('a tie group is measured from its top: a chain of scores 6e-10 apart splits where it drifts past 1e-9', async () => {
    // min 0, max 100: the score is the value itself.
    const values = [100, 50, 50 - 6e-10, 50 - 1.2e-9, 50 - 1.8e-9, 0];
    const { rows } = await bothWays(oneCriterion(values, values));
    expect(column(rows, 'kam_rank')).toEqual([1, 2, 2, 4, 4, 6]);
  });

  it('scores equal in exact arithmetic but a rounding apart share the better rank (55 and 55)', async () => {
    // 100·(3·0.6 + 0.4)/4 and 100·(3·0.4 + 1)/4: 54.99999999999999 and 55.00000000000001.
    const parsed = parseModel({
      version: 1,
      idColumn: 'Account',
      revenueColumn: 'Revenue',
      criteria: [
        { id: 'a', column: 'A', weight: 3, normalize: { method: 'scale', min: 0, max: 1 } },
        { id: 'b', column: 'B', weight: 1, normalize: { method: 'scale', min: 0, max: 1 } },
      ],
    });
    if (parsed.kind !== 'ok') throw new Error(parsed.message);
    const { rows } = await bothWays({
      model: parsed.value,
      columns: [
        { name: 'Account', type: 'VARCHAR' },
        { name: 'kam_row', type: 'BIGINT' },
        { name: 'Revenue', type: 'DOUBLE' },
        { name: 'A', type: 'DOUBLE' },
        { name: 'B', type: 'DOUBLE' },
      ],
      rows: [
        ['x', 0, 10, 0.6, 0.4],
        ['y', 1, 10, 0.4, 1],
        ['z', 2, 10, 1, 1],
      ],
    });
    expect(column(rows, 'kam_rank')).toEqual([2, 2, 1]);
  });
});

describe('tiers', () => {
  it('12 accounts: Key is ranks 1-2, Growth 3-6, Core 7-12 (DESIGN 3.4)', async () => {
    const values = [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const { rows, figures } = await bothWays(oneCriterion(values, values));
    expect(column(rows, 'kam_tier')).toEqual([
      ...Array(2).fill('Key'),
      ...Array(4).fill('Growth'),
      ...Array(6).fill('Core'),
    ]);
    expect(figure(figures, 'tier_accounts', 'Key')).toBe(2);
  });

  it('an account sharing the rank of a band’s last account joins the band', async () => {
    const values = [12, 11, 11, 11, 8, 7, 6, 5, 4, 3, 2, 1];
    const { rows } = await bothWays(oneCriterion(values, values));
    expect(column(rows, 'kam_tier').slice(0, 5)).toEqual(['Key', 'Key', 'Key', 'Key', 'Growth']);
  });

  it('a thresholds cut-off counts a score a rounding below it as reaching it', async () => {
    const values = [100, 70 - 5e-10, 70 - 5e-9, 0];
    const { rows } = await bothWays(
      oneCriterion(values, values, {
        tiers: {
          method: 'thresholds',
          bands: [{ name: 'High', min: 70 }, { name: 'Low' }],
        },
      }),
    );
    expect(column(rows, 'kam_tier')).toEqual(['High', 'High', 'Low', 'Low']);
  });

  it('below the minimum coverage: a score, but no rank, tier or quadrant, and out of the band sizes', async () => {
    const parsed = parseModel({
      version: 1,
      idColumn: 'Account',
      revenueColumn: 'Revenue',
      minCoverage: 0.75,
      criteria: [
        { id: 'a', column: 'A', weight: 3, normalize: { method: 'minmax' } },
        { id: 'b', column: 'B', weight: 1, normalize: { method: 'minmax' } },
      ],
    });
    if (parsed.kind !== 'ok') throw new Error(parsed.message);
    const { rows, figures } = await bothWays({
      model: parsed.value,
      columns: [
        { name: 'Account', type: 'VARCHAR' },
        { name: 'kam_row', type: 'BIGINT' },
        { name: 'Revenue', type: 'DOUBLE' },
        { name: 'A', type: 'DOUBLE' },
        { name: 'B', type: 'DOUBLE' },
      ],
      rows: [
        ['full', 0, 10, 1, 1],
        ['three quarters', 1, 10, 0, null], // coverage 0.75: reaches the minimum
        ['a quarter', 2, 10, null, 0.5], // coverage 0.25: not enough data
      ],
    });
    expect(column(rows, 'kam_tier')).toEqual(['Key', 'Core', 'Not enough data']);
    expect(rows[2].kam_score).toBe(0); // B's lowest value: a real score, kept
    expect(rows[2].kam_rank).toBeNull();
    expect(figure(figures, 'not_enough_data')).toBe(1);
  });
});

describe('normalisation', () => {
  it('a column with one value, or all equal, normalises to 0.5', async () => {
    const { rows } = await bothWays(oneCriterion([7, 7, null], [1, 2, 3]));
    expect(column(rows, 'kam_score')).toEqual([50, 50, null]);
  });

  it('percentile ranks the non-missing values only, ties at their average rank', async () => {
    const { rows } = await bothWays(
      oneCriterion([null, 10, 20, 20, 30, null], [1, 1, 1, 1, 1, 1], {}, { method: 'percentile' }),
    );
    expect(column(rows, 'kam_score')).toEqual([null, 0, 50, 50, 100, null]);
  });
});

describe('revenue concentration (DESIGN 3.5)', () => {
  it('27, 24, 18, 16, 6, 5, 4: top 20% share 0.366, class A = the first four', async () => {
    const revenue = [27, 24, 18, 16, 6, 5, 4];
    const { rows, figures } = await bothWays(oneCriterion(revenue, revenue));
    expect(figure(figures, 'top20_share')).toBeCloseTo(0.366, 12);
    expect(column(rows, 'kam_abc')).toEqual(['A', 'A', 'A', 'A', 'B', 'B', 'C']);
  });

  it('Gini 0.2373737... and 0.4263158...; HHI 2,600 for shares 30/30/20/20', async () => {
    const first = [8, 5, 1, 3, 5, 6, 7, 6, 3];
    expect(figure((await bothWays(oneCriterion(first, first))).figures, 'gini')).toBeCloseTo(
      0.2373737373737374,
      12,
    );
    const second = [...Array(9).fill(10), 100];
    expect(figure((await bothWays(oneCriterion(second, second))).figures, 'gini')).toBeCloseTo(
      0.4263157894736842,
      12,
    );
    const shares = [30, 30, 20, 20];
    expect(figure((await bothWays(oneCriterion(shares, shares))).figures, 'hhi')).toBeCloseTo(
      2600,
      9,
    );
  });

  it('equal revenues form one ABC group; the account that crosses 80% is still A', async () => {
    const revenue = [50, 30, 10, 10, 0];
    const { rows } = await bothWays(oneCriterion(revenue, revenue));
    expect(column(rows, 'kam_abc')).toEqual(['A', 'A', 'B', 'B', 'C']);
  });

  it('without revenue: no shares, every account with a revenue value is class C', async () => {
    const { rows, figures } = await bothWays(oneCriterion([1, 2, 3], [0, 0, null]));
    expect(column(rows, 'kam_revenue_share')).toEqual([null, null, null]);
    expect(column(rows, 'kam_abc')).toEqual(['C', 'C', null]);
    expect(figure(figures, 'gini')).toBeNull();
    expect(figure(figures, 'accounts_for_80')).toBe(0);
  });
});

describe('names stay names', () => {
  it('a column named like a statement is read as a column, and the table survives', async () => {
    const name = 'x"; DROP TABLE accounts; --';
    const parsed = parseModel({
      version: 1,
      idColumn: name,
      revenueColumn: "it's revenue",
      criteria: [{ id: 'v', column: name, weight: 1, normalize: { method: 'minmax' } }],
      tiers: {
        method: 'top-share',
        bands: [{ name: "Key'); DROP TABLE accounts; --", share: 0.5 }, { name: 'Rest' }],
      },
    });
    if (parsed.kind !== 'ok') throw new Error(parsed.message);
    const { rows } = await bothWays({
      model: parsed.value,
      columns: [
        { name: 'Account', type: 'VARCHAR' },
        { name: 'kam_row', type: 'BIGINT' },
        { name: "it's revenue", type: 'DOUBLE' },
        { name, type: 'DOUBLE' },
      ],
      rows: [
        ['a', 0, 10, 1],
        ['b', 1, 20, 2],
      ],
    });
    expect(column(rows, 'kam_tier')).toEqual(['Rest', "Key'); DROP TABLE accounts; --"]);
    expect(await queryRows(db, 'SELECT COUNT(*) AS n FROM accounts')).toEqual([{ n: 2 }]);
  });

  it('a qualified table name is quoted part by part', async () => {
    await db.connection.run('CREATE SCHEMA IF NOT EXISTS "sales data"');
    await db.connection.run(
      'CREATE OR REPLACE TABLE "sales data"."key accounts" AS SELECT \'a\' AS "Account", 10.0 AS "Revenue", 1.0 AS "Value"',
    );
    const { model } = oneCriterion([1], [1]);
    const sql = accountsSql(model, { dialect: 'duckdb', table: 'sales data.key accounts' });
    if (sql.kind !== 'ok') throw new Error(sql.message);
    expect(sql.value).toContain('FROM "sales data"."key accounts"');
    expect(await queryRows(db, sql.value)).toHaveLength(1);
  });
});
