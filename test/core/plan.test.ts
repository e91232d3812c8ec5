// The write plan: which columns go where, with which values, formats, rules and summary cells.
import {
  identify,
  type RunResult,
  planWrite,
  RESULT_COLUMNS,
  type WritePlan,
  type RawTable,
} from '../../src/core';
import { SMALL_TABLE, smallModel } from '../support/small-table';

function resultFor(table: RawTable): RunResult {
  const outcome = identify(table, { model: smallModel() });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.value;
}

const freshLayout = { ownedColumns: {}, firstFreeColumn: 4 };
const column = (plan: WritePlan, header: string) => plan.columns.find((c) => c.header === header);

describe('write plan', () => {
  const plan = planWrite(resultFor(SMALL_TABLE), freshLayout);

  it('adds the eight result columns right of the data, in order, from the first free column (no change column on a first run)', () => {
    expect(plan.columns.map((c) => [c.header, c.column])).toEqual(
      RESULT_COLUMNS.filter((spec) => spec.key !== 'change').map((spec, k) => [spec.header, 4 + k]),
    );
    expect(plan.firstDataRow).toBe(4);
    expect(plan.rowCount).toBe(4);
  });

  it('writes full-precision values in table order, blanks where there is nothing to say', () => {
    expect(column(plan, 'KAM Score')?.values).toEqual(
      [25, 75, 50, 100].map((x) => expect.closeTo(x, 12)),
    );
    expect(column(plan, 'KAM Rank')?.values).toEqual([4, 2, 3, 1]);
    expect(column(plan, 'KAM Tier')?.values).toEqual(['Core', 'Growth', 'Core', 'Key']);
    expect(column(plan, 'KAM Revenue Share')?.values[3]).toBeNull();
    expect(column(plan, 'KAM ABC')?.values).toEqual(['B', 'A', 'A', null]);
    expect(column(plan, 'KAM Drivers')?.values[2]).toBe('ARR 38, Relationship 13');
  });

  it('formats scores with one decimal, shares as percentages and text as text', () => {
    expect(column(plan, 'KAM Score')?.numberFormat).toBe('0.0');
    expect(column(plan, 'KAM Revenue Share')?.numberFormat).toBe('0.0%');
    expect(column(plan, 'KAM Tier')?.numberFormat).toBe('@');
  });

  it('asks for a colour scale on the score, a fill per tier and data bars on the revenue share', () => {
    expect(plan.conditionalFormats).toEqual([
      expect.objectContaining({ kind: 'color-scale', column: 4 }),
      expect.objectContaining({ kind: 'text-equals', column: 6, text: 'Key' }),
      expect.objectContaining({ kind: 'text-equals', column: 6, text: 'Growth' }),
      expect.objectContaining({ kind: 'text-equals', column: 6, text: 'Core' }),
      expect.objectContaining({ kind: 'data-bar', column: 7 }),
    ]);
  });

  it('keeps a user column that already has our header and names ours "(2)"', () => {
    const table: RawTable = {
      ...SMALL_TABLE,
      headers: [...SMALL_TABLE.headers, 'KAM Score'],
      rows: SMALL_TABLE.rows.map((r) => [...r, 'user note']),
    };
    const collided = planWrite(resultFor(table), { ownedColumns: {}, firstFreeColumn: 5 });
    expect(collided.columns[0]).toMatchObject({ header: 'KAM Score (2)', column: 5 });
    expect(collided.columns.some((c) => c.column === 4)).toBe(false);
  });

  it('writes over our own columns of an earlier run, wherever they are, and steps over them otherwise', () => {
    const rerun = planWrite(resultFor(SMALL_TABLE), {
      ownedColumns: { 'KAM Score': 9, 'KAM Tier': 4, 'KAM Old Column': 12 },
      firstFreeColumn: 4,
    });
    expect(column(rerun, 'KAM Score')?.column).toBe(9);
    expect(column(rerun, 'KAM Tier')?.column).toBe(4);
    expect(column(rerun, 'KAM Rank')?.column).toBe(5);
    expect(new Set(rerun.columns.map((c) => c.column)).size).toBe(8);
    expect(rerun.staleColumns).toEqual([12]);
  });

  it('keeps an account name that looks like a formula as plain data (hosts write it as text)', () => {
    const table: RawTable = {
      ...SMALL_TABLE,
      rows: [['=HYPERLINK("http://x","y")', 500, 'High'], ...SMALL_TABLE.rows],
    };
    const injected = planWrite(resultFor(table), freshLayout);
    const pareto = injected.summary.cells.find((c) => c.value === '=HYPERLINK("http://x","y")');
    expect(pareto?.kamFormula).toBeUndefined();
    expect(
      injected.summary.cells.every(
        (c) => c.kamFormula === undefined || !c.kamFormula.includes('HYPERLINK'),
      ),
    ).toBe(true);
  });
});

describe('summary sheet plan', () => {
  const plan = planWrite(resultFor(SMALL_TABLE), freshLayout);
  const cell = (address: string) => plan.summary.cells.find((c) => c.address === address);

  it('gives each concentration figure its value and a live KAM formula over the revenue column', () => {
    expect(cell('A7')?.value).toBe('Revenue share of the top 20% of accounts');
    expect(cell('B7')).toMatchObject({
      value: expect.closeTo(0.3, 12),
      kamFormula: "=KAM.TOPSHARE('Accounts'!$B$4:$B$7,0.2)",
    });
    expect(cell('B10')?.kamFormula).toBe("=KAM.GINI('Accounts'!$B$4:$B$7)");
  });

  it('counts tiers with formulas that refer to the tier name’s cell, never embed it', () => {
    const tierCells = plan.summary.cells.filter(
      (c) => c.kamFormula?.startsWith('=SUMPRODUCT(--(') && !c.kamFormula.includes('),'),
    );
    expect(tierCells.map((c) => c.value)).toEqual([1, 1, 2]);
    // "=" comparison, not COUNTIF: a band named "*" or ">5" must not become a pattern.
    expect(tierCells[0].kamFormula).toMatch(/^=SUMPRODUCT\(--\('Accounts'!\$F\$4:\$F\$7=A\d+\)\)$/);
  });

  it('lists accounts by revenue for the Pareto chart, with the cumulative share ending at 100%', () => {
    const chart = plan.summary.chart;
    expect(chart).not.toBeNull();
    const [first, last] = (chart?.categories ?? '').replace(/[A-Z]/g, '').split(':').map(Number);
    expect(last - first + 1).toBe(3);
    expect(cell(`B${first}`)?.value).toBe('B');
    expect(cell(`D${last}`)?.value).toBeCloseTo(1, 12);
  });

  it('quotes a sheet name with an apostrophe in references', () => {
    const quoted = planWrite(resultFor({ ...SMALL_TABLE, sheet: "Bob's accounts" }), freshLayout);
    expect(quoted.summary.cells.find((c) => c.address === 'B7')?.kamFormula).toBe(
      "=KAM.TOPSHARE('Bob''s accounts'!$B$4:$B$7,0.2)",
    );
  });
});
