// The portfolio quadrant's geometry: a revenue axis from 0 (log past three orders of magnitude) and the boundaries.
import { identify, parseModel, QUADRANTS, type RawTable, type RunResult } from '../../src/core';
import {
  formatRevenue,
  LOG_SPAN,
  quadrantLayout,
  revenueAxis,
  ZERO_GAP,
} from '../../src/taskpane/lib/quadrant-layout';
import { csvFixture } from '../support/csv-fixture';
import { ACCOUNTS, FIT_AND_ARR } from './fake-host';

function run(table: RawTable, model = FIT_AND_ARR): RunResult {
  const outcome = identify(table, { model });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.value;
}

describe('the revenue axis', () => {
  it('starts at 0 with round steps up past the largest revenue, never below 0', () => {
    const axis = revenueAxis(610_000, 20_000);
    expect(axis.scale).toBe('linear');
    expect(axis.ticks.map((t) => t.label)).toEqual(['0', '200K', '400K', '600K', '800K']);
    expect(axis.ticks[0].at).toBe(0);
    expect(axis.position(0)).toBe(0);
    expect(axis.position(-5)).toBe(0);
    expect(axis.position(610_000)).toBeLessThanOrEqual(1);
  });

  it(`turns logarithmic when revenue spans more than ${LOG_SPAN} times, with 0 at the bottom and a label per decade`, () => {
    const axis = revenueAxis(2_400_000_000, 1_200_000);
    expect(axis.scale).toBe('log');
    expect(axis.ticks.map((t) => t.label)).toEqual(['0', '1M', '10M', '100M', '1B', '10B']);
    expect(axis.position(0)).toBe(0);
    expect(axis.position(1_000_000)).toBeCloseTo(ZERO_GAP, 12);
    expect(axis.position(10_000_000_000)).toBeCloseTo(1, 12);
    // Each tenfold step is the same height.
    expect(axis.position(100e6) - axis.position(10e6)).toBeCloseTo(
      axis.position(10e6) - axis.position(1e6),
      12,
    );
    // Exactly three orders of magnitude stay linear.
    expect(revenueAxis(1000 * 7, 7).scale).toBe('linear');
  });

  it('labels revenue compactly', () => {
    expect([0, 1500, 250_000, 1_500_000, 2e9].map(formatRevenue)).toEqual([
      '0',
      '1.5K',
      '250K',
      '1.5M',
      '2B',
    ]);
  });
});

describe('the quadrant boundaries', () => {
  it('split the drawn accounts exactly as their quadrants say', () => {
    const layout = quadrantLayout(run(ACCOUNTS));
    const { scoreCut, revenueCut } = layout;
    expect(scoreCut).not.toBeNull();
    expect(revenueCut).not.toBeNull();
    for (const point of layout.points) {
      const right = point.score >= (scoreCut ?? Infinity);
      const above = point.revenue >= (revenueCut ?? Infinity);
      const expected = right
        ? above
          ? 'Key account'
          : 'Key development'
        : above
          ? 'Maintenance'
          : 'Opportunistic';
      expect([point.name, point.quadrant]).toEqual([point.name, expected]);
    }
  });

  it('on a Salesforce export (9M to 5.2B): a linear axis from 0, where a generic chart went to -1.48B', () => {
    const table = csvFixture('salesforce-accounts.csv');
    const model = parseModel({
      version: 1,
      idColumn: 'Account Name',
      revenueColumn: 'Annual Revenue',
      minCoverage: 0,
      criteria: [
        { id: 'size', column: 'Annual Revenue', weight: 2, normalize: { method: 'log-minmax' } },
        {
          id: 'rating',
          column: 'Rating',
          weight: 1,
          normalize: { method: 'categorical', map: { Hot: 1, Warm: 0.5, Cold: 0 } },
        },
      ],
    });
    if (model.kind !== 'ok') throw new Error(model.message);
    const layout = quadrantLayout(run(table, model.value));
    expect(layout.revenueAxis.scale).toBe('linear');
    expect(layout.revenueAxis.ticks.map((t) => t.label)).toEqual(['0', '2B', '4B', '6B']);
    expect(layout.points.every((p) => p.revenue >= 0)).toBe(true);
    expect(QUADRANTS.every((q) => layout.description.includes(`${q} ${layout.counts[q]}`))).toBe(
      true,
    );
  });

  it('a revenue spread past three orders of magnitude is drawn on a log scale, and says so', () => {
    const rows = ACCOUNTS.rows.map((r) =>
      r[0] === 'Coho Winery' ? [...r.slice(0, 2), 200, ...r.slice(3)] : r,
    );
    const layout = quadrantLayout(run({ ...ACCOUNTS, rows }));
    expect(layout.revenueAxis.scale).toBe('log');
    expect(layout.revenueAxis.ticks.map((t) => t.label)).toEqual([
      '0',
      '100',
      '1K',
      '10K',
      '100K',
      '1M',
    ]);
    expect(layout.description).toContain('Revenue on a log scale.');
  });

  it('draws the first band as its own line when the attractive tiers reach further', () => {
    const layout = quadrantLayout(run(ACCOUNTS));
    expect(layout.firstBand?.name).toBe('Key');
    expect(layout.firstBand?.cut).toBeGreaterThan(layout.scoreCut ?? Infinity);
  });

  it('orders the points by score, the order the arrow keys follow', () => {
    const scores = quadrantLayout(run(ACCOUNTS)).points.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });
});
