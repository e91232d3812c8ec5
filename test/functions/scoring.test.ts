// KAM.SCORE, TIER, EXPLAIN and SCORES: the saved model gives exactly the run's scores and tiers.
import fc from 'fast-check';
import { accountMath, tierName, type RawCell, type RawTable } from '../../src/core';
import { explain, score, scores, tier } from '../../src/functions/functions';
import { useWorkbookState } from '../../src/functions/state';
import {
  accountTables,
  firstMethod,
  fourCriteriaModel,
  missingPolicy,
  secondMethod,
} from '../support/random-accounts';
import { cellOfScore, errorOf, messyTable, MIXED_TABLE, rangeOf, runAndSave } from './helpers';

afterEach(() => useWorkbookState(undefined));

/** The row of input columns a user passes to KAM.SCORE: our result columns (last here) left out. */
function inputRow(table: RawTable, i: number): RawCell[][] {
  const width = table.headers.filter((h) => !/^kam\s/i.test(h)).length;
  return [table.rows[i].slice(0, width) as RawCell[]];
}

describe.each([
  ['the messy sample (text numbers, stars, credit grades, blanks)', messyTable()],
  ['a table with numbers, errors, booleans and a KAM Score column', MIXED_TABLE],
])('on %s, with the default preset', (_, table) => {
  it('KAM.SCORE gives exactly the run’s score for every row', async () => {
    const run = runAndSave(table);
    expect(run.result.criteria.length).toBeGreaterThanOrEqual(3);
    expect(run.result.pipeline.scored).toBeGreaterThan(table.rows.length / 2);
    for (let i = 0; i < table.rows.length; i++)
      expect(await score(inputRow(table, i))).toBe(cellOfScore(run.result.pipeline.scores[i]));
  });

  it('KAM.TIER gives the run’s tier for every row', async () => {
    const run = runAndSave(table);
    for (let i = 0; i < table.rows.length; i++)
      expect(await tier(inputRow(table, i))).toBe(tierName(run.result, i) ?? '');
  });

  it('KAM.EXPLAIN spills the math per criterion: points largest first, adding up to the score', async () => {
    const run = runAndSave(table);
    const labels = run.result.criteria.map((c) => c.label);
    for (let i = 0; i < table.rows.length; i++) {
      const rows = await explain(inputRow(table, i));
      expect(rows.map((r) => r[0]).sort()).toEqual([...labels].sort());
      const math = accountMath(run.result, i);
      for (const [label, points, value, normalized, weightShare] of rows) {
        const m = math.find((x) => x.label === label)!;
        // The cell as the sheet holds it, the 0-1 value, the weight used and the points, as the run has them.
        expect(value).toBe(
          m.value === null
            ? ''
            : typeof m.value === 'boolean'
              ? String(m.value).toUpperCase()
              : m.value,
        );
        expect(normalized).toBe(Number.isNaN(m.normalized) ? '' : m.normalized);
        expect(weightShare).toBeCloseTo(m.weightShare, 12);
        if (points === '') expect(m.points).toBeNaN();
        else if (normalized !== '')
          expect(points as number).toBeCloseTo(m.normalized * m.weightShare * 100, 9);
      }
      const counted = rows.filter((r) => r[1] !== '');
      const points = counted.map((r) => r[1] as number);
      expect(points).toEqual([...points].sort((a, b) => b - a));
      expect(rows.slice(counted.length).every((r) => r[1] === '')).toBe(true);
      const expected = run.result.pipeline.scores[i];
      if (Number.isNaN(expected)) expect(counted).toEqual([]);
      else expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(expected, 9);
      const shares = rows.reduce((sum, r) => sum + (r[4] as number), 0);
      if (!Number.isNaN(expected)) expect(shares).toBeCloseTo(1, 12);
    }
  });

  it('KAM.SCORES over the whole table spills exactly the run’s scores, in row order', async () => {
    const run = runAndSave(table);
    expect(await scores(rangeOf(table))).toEqual(
      Array.from(run.result.pipeline.scores, (x) => [cellOfScore(x)]),
    );
  });
});

describe('any model, any data', () => {
  it('KAM.SCORE and KAM.SCORES agree with the run to the bit, whatever the methods and missing policy', async () => {
    await fc.assert(
      fc.asyncProperty(
        accountTables({ resultColumn: false }),
        firstMethod,
        secondMethod,
        missingPolicy,
        async (table, first, second, missing) => {
          const m = fourCriteriaModel([first, second], missing);
          const run = runAndSave(table, m);
          const expected = Array.from(run.result.pipeline.scores, cellOfScore);
          expect((await scores(rangeOf(table))).map((r) => r[0])).toEqual(expected);
          for (let i = 0; i < table.rows.length; i++)
            expect(await score([table.rows[i] as RawCell[]])).toBe(expected[i]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('arguments', () => {
  beforeEach(() => runAndSave(MIXED_TABLE));

  it('takes the row as a single column too (e.g. from TRANSPOSE)', async () => {
    const row = MIXED_TABLE.rows[0].slice(0, 8);
    expect(await score(row.map((cell) => [cell]))).toBe(await score([row]));
  });

  it('refuses a row that includes the KAM result columns: per-row formulas take input columns only', async () => {
    const error = await errorOf(() => score([MIXED_TABLE.rows[0] as RawCell[]]));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(
      /Pass one row of the 8 input columns \(Account to Cost to serve\); got 9 cells/,
    );
  });

  it('refuses several rows at once', async () => {
    expect(
      await errorOf(() => tier(MIXED_TABLE.rows.slice(0, 2).map((r) => r.slice(0, 8)))),
    ).toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(
        /row must be one row of the table's input columns.*got 2 rows/,
      ),
    });
  });

  it('reads rich cell values and errors inside a range as the cells they stand for', async () => {
    const row: unknown[] = MIXED_TABLE.rows[1].slice(0, 8);
    const rich = [...row];
    rich[2] = { type: 'FormattedNumber', basicValue: row[2], numberFormat: '$#,##0' };
    rich[5] = { type: 'Entity', text: 'Medium', basicValue: 'Medium' };
    expect(await score([rich])).toBe(await score([row]));
    const withError = [...row];
    withError[3] = { code: '#N/A' }; // a CustomFunctions.Error passed in a range
    const blank = [...row];
    blank[3] = undefined;
    expect(await score([withError])).toBe(await score([blank]));
  });

  it('KAM.SCORES needs the header row and an account, leaves out trailing blank rows, and names a missing column', async () => {
    expect((await errorOf(() => scores([MIXED_TABLE.headers as RawCell[]]))).message).toMatch(
      /table must include the header row and at least one account row/,
    );
    const whole = [
      ...rangeOf(MIXED_TABLE),
      ...Array.from({ length: 50 }, () => Array<RawCell>(9).fill(null)),
    ];
    expect(await scores(whole)).toHaveLength(MIXED_TABLE.rows.length);
    const withoutFit = rangeOf(MIXED_TABLE).map((r) => r.filter((_, j) => j !== 4));
    const error = await errorOf(() => scores(withoutFit));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(
      /reads the column "Product fit", which is not in the table in the range \(its headers: "Account"/,
    );
  });

  it('KAM.SCORES uses fresh statistics: a new account beyond the saved range rescales the others', async () => {
    const range = rangeOf(MIXED_TABLE);
    const before = await scores(range);
    range.push(['Giant', 'EMEA', 5e7, 9e7, 5, 'High', 'AAA', 1000, null]);
    const after = await scores(range);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0][0]).not.toBe(before[0][0]);
  });
});
