// The whole identification on a small table whose every number is computed by hand in the comments.
import { identify, buildReport, reportSchema, tierLabel } from '../../src/core';
import { SMALL_TABLE, smallModel } from '../support/small-table';

function run() {
  const outcome = identify(SMALL_TABLE, { model: smallModel() });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return buildReport(outcome.value);
}

describe('identify on a hand-computed table', () => {
  const report = run();
  const byId = Object.fromEntries(report.accounts.map((a) => [a.id, a]));

  it('scores every account as computed by hand', () => {
    expect(byId.A.score).toBeCloseTo(25, 12);
    expect(byId.B.score).toBeCloseTo(75, 12);
    expect(byId.C.score).toBeCloseTo(50, 12);
    expect(byId.D.score).toBeCloseTo(100, 12);
    expect(byId.D.coverage).toBeCloseTo(0.25, 12);
  });

  it('ranks and tiers them: 4 accounts give 1 Key, 1 Growth (ends at rank floor(0.5 * 4) = 2), 2 Core', () => {
    expect([byId.D.rank, byId.B.rank, byId.C.rank, byId.A.rank]).toEqual([1, 2, 3, 4]);
    expect([byId.D.tier, byId.B.tier, byId.C.tier, byId.A.tier]).toEqual([
      'Key',
      'Growth',
      'Core',
      'Core',
    ]);
    expect(report.tiers).toEqual({ Key: 1, Growth: 1, Core: 2 });
  });

  it('measures concentration on the three accounts with revenue (S = 600)', () => {
    const c = report.concentration;
    expect(c.accounts).toBe(3);
    expect(c.totalRevenue).toBe(600);
    expect(c.top20Share).toBeCloseTo((0.6 * 300) / 600, 12); // k = 0.6
    expect(c.accountsFor80).toBe(2); // 300 + 200 = 83% of 600
    expect(c.accountsFor80Share).toBeCloseTo(2 / 3, 12);
    expect(c.gini).toBeCloseTo((-2 * 100 + 2 * 300) / (3 * 600), 12);
    expect(c.hhi).toBeCloseTo(((1 + 9 + 4) / 36) * 10000, 9);
    expect(byId.A.revenueShare).toBeCloseTo(1 / 6, 12);
    expect(byId.C.cumulativeShare).toBeCloseTo(5 / 6, 12);
    expect(byId.D.revenueShare).toBeNull();
  });

  it('classes B and C as A (the one crossing 80% is still A), A as B, and D without revenue as none', () => {
    expect([byId.B.abc, byId.C.abc, byId.A.abc, byId.D.abc]).toEqual(['A', 'A', 'B', null]);
  });

  it('places each account in the portfolio quadrant', () => {
    expect(byId.B.quadrant).toBe('Key account'); // Growth tier, class A
    expect(byId.D.quadrant).toBe('Key development'); // Key tier, no current revenue
    expect(byId.C.quadrant).toBe('Maintenance'); // Core tier, class A
    expect(byId.A.quadrant).toBe('Opportunistic'); // Core tier, class B
  });

  it('explains each score by contributions that add up to it, in words', () => {
    expect(byId.C.contributions).toEqual({
      arr: expect.closeTo(37.5, 12),
      rel: expect.closeTo(12.5, 12),
    });
    expect(byId.C.drivers).toBe('ARR 38, Relationship 13');
    expect(byId.D.contributions).toEqual({ rel: 100 });
    expect(byId.A.drivers).toBe('Relationship 25');
  });

  it('reports the unreadable ARR by its cell, and no thin coverage without a minimum', () => {
    expect(report.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ cell: 'B7', row: 7, column: 'ARR', code: 'unparseable-number' }),
        expect.objectContaining({ code: 'criteria-count', severity: 'info' }),
      ]),
    );
    expect(report.diagnostics.some((d) => d.code === 'low-coverage')).toBe(false);
    expect(report.notEnoughData).toBe(0);
  });

  it('produces a report that passes its own schema, with sheet rows', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.accounts.map((a) => a.row)).toEqual([4, 5, 6, 7]);
    expect(report.concentration.paretoStatement).toMatch(/67% of accounts bring 80% of revenue/);
  });
});

describe('identify refuses what it cannot use', () => {
  it('refuses a model whose column is not in the sheet, naming the headers', () => {
    const model = {
      ...smallModel(),
      criteria: [{ ...smallModel().criteria[0], column: 'Turnover' }],
    };
    const outcome = identify(SMALL_TABLE, { model: model });
    expect(outcome).toMatchObject({ kind: 'error', code: 'model-column-missing' });
    if (outcome.kind === 'error')
      expect(outcome.message).toMatch(/"Turnover".*"Account", "ARR", "Relationship"/);
  });

  it('refuses an empty table', () => {
    expect(identify({ ...SMALL_TABLE, rows: [] }, { model: smallModel() })).toMatchObject({
      kind: 'error',
      code: 'empty-table',
    });
  });

  it('refuses a table without revenue column when neither model nor detection names one', () => {
    const { revenueColumn: _unused, ...model } = smallModel();
    expect(identify(SMALL_TABLE, { model: model })).toMatchObject({
      kind: 'error',
      code: 'no-revenue-column',
    });
  });
});

describe('the minimum coverage (default 60% of the criteria weight)', () => {
  const outcome = identify(SMALL_TABLE, { model: smallModel({ minCoverage: undefined }) });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  const result = outcome.value;
  const report = buildReport(result);
  const byId = Object.fromEntries(report.accounts.map((a) => [a.id, a]));

  it('is 0.6 when the model leaves it out', () => {
    expect(result.model.minCoverage).toBe(0.6);
  });

  it('keeps the score and contributions of D (coverage 1/4) but gives it no rank, tier or quadrant', () => {
    expect(byId.D.score).toBeCloseTo(100, 12);
    expect(byId.D.contributions).toEqual({ rel: 100 });
    expect([byId.D.rank, byId.D.tier, byId.D.quadrant, byId.D.enoughData]).toEqual([
      null,
      null,
      null,
      false,
    ]);
    expect(tierLabel(result, 3)).toBe('Not enough data');
    expect(report.notEnoughData).toBe(1);
  });

  it('leaves D out of the band sizes: the other three rank 1-3 and split as over three accounts', () => {
    expect([byId.B.rank, byId.C.rank, byId.A.rank]).toEqual([1, 2, 3]);
    // n = 3: Key ends at max(1, floor(0.2 * 3)) = 1; Growth at floor(0.5 * 3) = 1 (empty); Core the rest.
    expect([byId.B.tier, byId.C.tier, byId.A.tier]).toEqual(['Key', 'Core', 'Core']);
    expect(report.tiers).toEqual({ Key: 1, Growth: 0, Core: 2 });
    expect([byId.A.enoughData, byId.B.enoughData, byId.C.enoughData]).toEqual([true, true, true]);
  });

  it('tells the user, at the account’s name cell, how to give it a tier', () => {
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        cell: 'A7',
        row: 7,
        code: 'low-coverage',
        severity: 'warning',
        message: expect.stringMatching(
          /^D has values for only 25% of the criteria weight, below the minimum of 60%.*Fill in its missing values, or lower the minimum coverage\.$/,
        ),
      }),
    );
  });

  it('counts a coverage a rounding below the minimum as reaching it, and 0 turns the minimum off', () => {
    const near = identify(SMALL_TABLE, { model: smallModel({ minCoverage: 0.25 + 5e-10 }) });
    if (near.kind !== 'ok') throw new Error(near.message);
    expect(near.value.pipeline.ranks[3]).toBe(1);
    const off = identify(SMALL_TABLE, { model: smallModel({ minCoverage: 0 }) });
    if (off.kind !== 'ok') throw new Error(off.message);
    expect(off.value.pipeline.notEnoughData).toBe(0);
  });
});

describe('revenues that add up past the largest double', () => {
  const table = {
    ...SMALL_TABLE,
    rows: [
      ['A', 1e308, 'High'],
      ['B', 1e308, 'Low'],
      ['C', 5e307, 'Medium'],
      ['D', 'n/a', 'High'],
    ],
  };
  const outcome = identify(table, { model: smallModel() });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  const report = buildReport(outcome.value);

  it('says so once, at the largest cell, instead of "No revenue recorded"', () => {
    const said = report.diagnostics.filter((d) => d.code === 'revenue-total-too-large');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ cell: 'B4', row: 4, column: 'ARR', severity: 'warning' });
    expect(said[0].message).toMatch(
      /^The revenue total is too large to add up: the 3 revenues in ARR add up past 1\.8e\+308/,
    );
    expect(report.concentration.paretoStatement).toBe('67% of accounts bring 80% of revenue');
  });

  it('reports the shares of 1 : 1 : 0.5 and leaves the total out (null), as the schema allows', () => {
    expect(report.concentration.totalRevenue).toBeNull();
    expect(report.accounts.map((a) => a.revenueShare)).toEqual([0.4, 0.4, 0.2, null]);
    expect(report.accounts.map((a) => a.abc)).toEqual(['A', 'A', 'B', null]);
    expect(reportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });
});
