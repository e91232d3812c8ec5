// The write plan: which columns go where, with which values, formats, rules and summary cells.
import {
  identify,
  KEY_ACCOUNT_ROWS,
  type Model,
  type RunResult,
  planWrite,
  RESULT_COLUMNS,
  type WritePlan,
  type RawTable,
} from '../../src/core';
import { writtenValues } from '../support/plan-values';
import { SMALL_TABLE, smallModel } from '../support/small-table';

function resultFor(table: RawTable, model: Model = smallModel()): RunResult {
  const outcome = identify(table, { model });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.value;
}

const freshLayout = { ownedColumns: {}, firstFreeColumn: 4 };
const column = (plan: WritePlan, header: string) => {
  const found = plan.columns.find((c) => c.header === header);
  return found === undefined ? undefined : { ...found, values: writtenValues(found) };
};

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

  it('asks for a colour scale on the score, a fill per tier and data bars on the revenue share and the stability', () => {
    expect(plan.conditionalFormats).toEqual([
      expect.objectContaining({ kind: 'color-scale', column: 4 }),
      expect.objectContaining({ kind: 'text-equals', column: 6, text: 'Key' }),
      expect.objectContaining({ kind: 'text-equals', column: 6, text: 'Growth' }),
      expect.objectContaining({ kind: 'text-equals', column: 6, text: 'Core' }),
      expect.objectContaining({ kind: 'data-bar', column: 7 }),
      expect.objectContaining({ kind: 'data-bar', column: 12, color: '#63BE7B' }),
    ]);
    expect(column(plan, 'KAM Stability')).toMatchObject({ column: 12, numberFormat: '0%' });
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
    expect(new Set(rerun.columns.map((c) => c.column)).size).toBe(9);
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

describe('result column widths', () => {
  it('are wide enough for each header, bold and beside a filter button, and for the values', () => {
    const plan = planWrite(resultFor(SMALL_TABLE), freshLayout);
    for (const c of plan.columns) {
      expect(c.width).toBeGreaterThanOrEqual(Math.ceil(c.header.length * 1.1) + 3);
      const spec = RESULT_COLUMNS.find((r) => r.key === c.key);
      expect(c.width).toBeGreaterThanOrEqual(spec?.width ?? Infinity);
    }
    // The two that were cut off ("KAM Revenue S...", "KAM Cumulativ...") at 12 characters.
    expect(column(plan, 'KAM Revenue Share')?.width).toBe(22);
    expect(column(plan, 'KAM Cumulative Share')?.width).toBe(25);
    expect(column(plan, 'KAM Drivers')?.width).toBe(40);
  });

  it('grow with a header renamed beside a user column of the same name', () => {
    const table: RawTable = {
      ...SMALL_TABLE,
      headers: [...SMALL_TABLE.headers, 'KAM Cumulative Share'],
      rows: SMALL_TABLE.rows.map((r) => [...r, 'mine']),
    };
    const plan = planWrite(resultFor(table), { ownedColumns: {}, firstFreeColumn: 5 });
    const renamed = plan.columns.find((c) => c.key === 'cumulativeShare');
    expect(renamed?.header).toBe('KAM Cumulative Share (2)');
    expect(renamed?.width).toBe(Math.ceil('KAM Cumulative Share (2)'.length * 1.1) + 3);
  });
});

describe('the summary sheet lists the first band', () => {
  const cellsOf = (plan: WritePlan) => new Map(plan.summary.cells.map((c) => [c.address, c]));
  const headingRow = (plan: WritePlan, band: string): number => {
    const heading = plan.summary.cells.find((c) => c.value === `${band} accounts`);
    if (heading === undefined) throw new Error(`no "${band} accounts" heading`);
    return Number(heading.address.slice(1));
  };

  it('by rank, with name, score, revenue, share and drivers, all as values', () => {
    // Reweight over ARR and Relationship: B (75) and D (100) lead; with a 50% first band both are in it.
    const model = smallModel({
      tiers: { method: 'top-share', bands: [{ name: 'Key', share: 0.5 }, { name: 'Rest' }] },
    });
    const result = resultFor(SMALL_TABLE, model);
    const plan = planWrite(result, freshLayout);
    const cells = cellsOf(plan);
    const row = headingRow(plan, 'Key');
    expect(['B', 'C', 'D', 'E'].map((c) => cells.get(`${c}${row}`)?.value)).toEqual([
      'Score',
      'Revenue',
      'Revenue share',
      'Drivers',
    ]);
    const listed = [row + 1, row + 2].map((r) =>
      ['A', 'B', 'C', 'D', 'E'].map((c) => cells.get(`${c}${r}`)),
    );
    expect(listed.map((r) => r[0]?.value)).toEqual(['D', 'B']);
    expect(listed[0][1]?.value).toBeCloseTo(100, 12);
    // D's ARR is unreadable: no revenue, no share; its drivers say what carried the score.
    expect(listed[0][2]?.value).toBeNull();
    expect(listed[0][3]?.value).toBeNull();
    expect(listed[0][4]?.value).toMatch(/^Relationship 100/);
    expect(listed[1][1]?.value).toBeCloseTo(75, 12);
    expect(listed[1][2]?.value).toBe(300);
    expect(listed[1][3]?.value).toBeCloseTo(0.5, 12);
    expect(listed[1][4]?.value).toBe('ARR 75');
    expect(listed.flat().every((c) => c?.kamFormula === undefined)).toBe(true);
    // The block ends there: the next row is not an account.
    expect(cells.get(`A${row + 3}`)).toBeUndefined();
  });

  it('is rewritten by a re-run: another model, another first band', () => {
    const byArr = planWrite(
      resultFor(
        SMALL_TABLE,
        smallModel({
          tiers: { method: 'top-n', bands: [{ name: 'Key', count: 1 }, { name: 'Rest' }] },
        }),
      ),
      freshLayout,
    );
    const byRelationship = planWrite(
      resultFor(
        SMALL_TABLE,
        smallModel({
          tiers: { method: 'top-n', bands: [{ name: 'Key', count: 1 }, { name: 'Rest' }] },
          criteria: [
            { id: 'arr', column: 'ARR', weight: 1, normalize: { method: 'minmax' } },
            { id: 'rel', column: 'Relationship', weight: 0, normalize: { method: 'rating' } },
          ],
        }),
      ),
      freshLayout,
    );
    const first = (plan: WritePlan) => cellsOf(plan).get(`A${headingRow(plan, 'Key') + 1}`)?.value;
    expect(first(byArr)).toBe('D');
    expect(first(byRelationship)).toBe('B');
  });

  it(`names at most ${KEY_ACCOUNT_ROWS} accounts and counts the rest`, () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [`Account ${i + 1}`, 1000 + i, 'Medium']);
    const result = resultFor({ ...SMALL_TABLE, rows });
    const plan = planWrite(result, freshLayout);
    const row = headingRow(plan, 'Key');
    const cells = cellsOf(plan);
    expect(result.pipeline.tiers.counts[0]).toBe(300);
    expect(cells.get(`A${row + 1}`)?.value).toBe('Account 1500');
    expect(cells.get(`A${row + KEY_ACCOUNT_ROWS}`)?.value).toBe(
      `Account ${1500 - KEY_ACCOUNT_ROWS + 1}`,
    );
    expect(cells.get(`A${row + KEY_ACCOUNT_ROWS + 1}`)?.value).toBe(
      '… and 100 more Key accounts: filter the tier column for "Key" to see them all.',
    );
  });
});

describe('the summary sheet links to how the numbers are computed', () => {
  const link = (plan: WritePlan) => {
    const label = plan.summary.cells.find((c) =>
      String(c.value).startsWith('How the numbers are computed'),
    );
    const row = label?.address.slice(1);
    return plan.summary.cells.find((c) => c.address === `B${row}`);
  };

  it('as a HYPERLINK formula where the host writes formulas, the address as the value', () => {
    const url = 'https://localhost:3000/assets/methodology.html';
    const plan = planWrite(resultFor(SMALL_TABLE), freshLayout, null, { methodologyUrl: url });
    expect(link(plan)).toMatchObject({
      value: url,
      kamFormula: `=HYPERLINK("${url}","Open the explanation")`,
    });
  });

  it('as words pointing to the panel when there is no address, or one that is not a web or file URL', () => {
    for (const links of [{}, { methodologyUrl: 'javascript:alert(1)' }]) {
      const cell = link(planWrite(resultFor(SMALL_TABLE), freshLayout, null, links));
      expect(cell?.kamFormula).toBeUndefined();
      expect(cell?.value).toMatch(/panel/);
    }
  });
});
