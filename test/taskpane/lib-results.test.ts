// The taskpane's result helpers: theme, data quality, chart data, results, errors and cancel.
import { identify, type RawTable } from '../../src/core';
import { identifyAndPlan } from '../../src/hosts/identify-and-write';
import { cancellableHost } from '../../src/taskpane/lib/cancellable-host';
import { paretoData, PARETO_GROUPS } from '../../src/taskpane/lib/chart-data';
import { QUADRANT_POINTS, quadrantLayout } from '../../src/taskpane/lib/quadrant-layout';
import { dataQuality } from '../../src/taskpane/lib/data-quality';
import { fromException, fromOutcome } from '../../src/taskpane/lib/errors';
import { themeFromBackground } from '../../src/taskpane/lib/office-theme';
import { linkedDiagnostics, resultSummary, topKeyAccounts } from '../../src/taskpane/lib/results';
import { ACCOUNTS, FakeHost, FIT_AND_ARR, model } from './fake-host';

function run(table: RawTable = ACCOUNTS) {
  const outcome = identifyAndPlan(table, {
    ownedColumns: {},
    firstFreeColumn: table.headers.length + 1,
  });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.value.result;
}

/** n accounts with revenues 1..n (times 1000) and a fit that runs the other way. */
function bigTable(n: number): RawTable {
  const rows = Array.from({ length: n }, (_, i) => [
    `Account ${i + 1}`,
    (i + 1) * 1000,
    (i % 5) + 1,
    i % 3 === 0 ? 'High' : 'Low',
  ]);
  return {
    sheet: 'Big',
    headerRow: 1,
    firstColumn: 1,
    headers: ['Account', 'Revenue', 'Product fit', 'Relationship'],
    rows,
  };
}

describe('themeFromBackground', () => {
  it('is dark on a dark Office background and light otherwise', () => {
    expect(themeFromBackground('#1f1f1f')).toBe('dark');
    expect(themeFromBackground('#292929')).toBe('dark');
    expect(themeFromBackground('#FFFFFF')).toBe('light');
    expect(themeFromBackground('#e6e6e6')).toBe('light');
    expect(themeFromBackground(undefined)).toBe('light');
    expect(themeFromBackground('not a colour')).toBe('light');
  });
});

describe('data quality', () => {
  it('counts unreadable cells per column and keeps each problem with its cell', () => {
    const outcome = identify(ACCOUNTS, { model: FIT_AND_ARR });
    if (outcome.kind !== 'ok') throw new Error(outcome.message);
    const quality = dataQuality(outcome.value);
    expect(quality).toHaveLength(1);
    expect(quality[0]).toMatchObject({
      column: 'ARR',
      unreadable: 1,
      problems: [{ cell: 'C6', code: 'unparseable-number' }],
    });
  });

  it('counts every unreadable cell, while the core reports each cause once', () => {
    const rows = Array.from({ length: 500 }, (_, i) => [
      `A${i}`,
      i % 2 === 0 ? 'n/a' : 1000 + i,
      3,
    ]);
    const table: RawTable = {
      sheet: 'S',
      headerRow: 1,
      firstColumn: 1,
      headers: ['Account', 'ARR', 'Product fit'],
      rows,
    };
    const outcome = identify(table, {
      model: model({ ...FIT_AND_ARR, criteria: FIT_AND_ARR.criteria.slice(0, 2) }),
    });
    if (outcome.kind !== 'ok') throw new Error(outcome.message);
    const arr = dataQuality(outcome.value).find((q) => q.column === 'ARR');
    expect(arr?.unreadable).toBe(250);
    expect(arr?.problems).toHaveLength(1);
    expect(arr?.problems[0]).toMatchObject({ cell: 'B2', count: 250 });
  });
});

describe('chart data', () => {
  it('gives one Pareto bar per account on a small table, the line ending at 100%', () => {
    const data = paretoData(run(), 'blue');
    expect(data.grouped).toBe(false);
    expect(data.points).toHaveLength(11);
    expect(data.points[0].x).toBe('Tailspin Airlines');
    expect(data.points.map((p) => p.lineData?.y)).toEqual(
      [...data.points.map((p) => p.lineData?.y ?? 0)].sort((a, b) => a - b),
    );
    expect(data.points[10].lineData).toMatchObject({ y: 100, useSecondaryYScale: true });
    expect(data.points.reduce((sum, p) => sum + p.y, 0)).toBeCloseTo(100, 0);
  });

  it('groups a large table into equal slices of accounts', () => {
    const data = paretoData(run(bigTable(1000)), 'blue');
    expect(data.grouped).toBe(true);
    expect(data.points).toHaveLength(PARETO_GROUPS);
    expect(data.points[0].x).toBe('5%');
    expect(data.points[PARETO_GROUPS - 1].lineData?.y).toBe(100);
  });

  it('places every account with a score and a revenue in a quadrant, sampling large tables', () => {
    const small = quadrantLayout(run());
    expect(small.placed).toBe(11);
    expect(small.points).toHaveLength(11);
    expect(Object.values(small.counts).reduce((a, b) => a + b, 0)).toBe(11);
    expect(small.description).toMatch(/1 account without revenue not drawn\.$/);
    const large = quadrantLayout(run(bigTable(5000)));
    expect(large.placed).toBe(5000);
    expect(large.points.length).toBeLessThanOrEqual(QUADRANT_POINTS);
    expect(large.description).toMatch(/\(\d+ of 5000 accounts drawn\)/);
  });
});

describe('results', () => {
  it('lists the Key accounts best first with their drivers', () => {
    const result = run();
    const summary = resultSummary(result);
    const top = topKeyAccounts(result);
    expect(top).toHaveLength(summary.keyAccounts);
    expect(top.map((a) => a.rank)).toEqual([...top.map((a) => a.rank)].sort((a, b) => a - b));
    top.forEach((a) => expect(a.drivers).not.toBe(''));
  });

  it("links a warning about an account to that account's name cell", () => {
    const rows = ACCOUNTS.rows.map((r, i) =>
      i === 3 ? [r[0], r[1], null, r[3], null, null, null, r[7]] : r,
    );
    const result = run({ ...ACCOUNTS, rows });
    const low = linkedDiagnostics(result, 100).find((d) => d.diagnostic.code === 'low-coverage');
    expect(low?.cell).toBe('A5');
  });
});

describe('errors and cancel', () => {
  it('shows Outcome messages as they are, and exceptions as a generic sentence with details', () => {
    expect(fromOutcome({ code: 'x', message: 'The sheet is protected.' })).toEqual({
      message: 'The sheet is protected.',
    });
    const shown = fromException(new RangeError('bad'), 'saving the model');
    expect(shown.message).toMatch(/^Something went wrong while saving the model\./);
    expect(shown.details).toBe('RangeError: bad');
  });

  it('stops a cancelled run after the read and before the first write', async () => {
    const host = new FakeHost();
    const controller = new AbortController();
    const wrapped = cancellableHost(host, controller.signal);
    expect((await wrapped.readTable()).kind).toBe('ok');
    controller.abort();
    expect(await wrapped.apply({} as never)).toMatchObject({ kind: 'error', code: 'cancelled' });
    expect(host.applied).toHaveLength(0);
    expect(await wrapped.readTable()).toMatchObject({ kind: 'error', code: 'cancelled' });
  });
});
