// KAM.TOPSHARE, ACCOUNTSHARE, ABC, PARETO, GINI and HHI called as Excel calls them, on DESIGN 3.5's examples.
import { analyzeConcentration, extractColumn } from '../../src/core';
import { abc, accountShare, gini, hhi, pareto, topShare } from '../../src/functions/functions';
import { column, errorOf, messyTable, runAndSave } from './helpers';

const SEVEN = column(27, 24, 18, 16, 6, 5, 4);

describe('KAM.TOPSHARE', () => {
  it('gives the revenue share of the top 20% of accounts by default (27, 24, 18, 16, 6, 5, 4 -> 0.366)', async () => {
    expect(await topShare(SEVEN)).toBeCloseTo(0.366, 12);
    expect(await topShare(SEVEN, null as unknown as number)).toBeCloseTo(0.366, 12); // Excel passes null for an omitted argument
  });

  it('interpolates on the Lorenz curve for any p, and takes a row as well as a column', async () => {
    expect(await topShare(SEVEN, 0)).toBe(0);
    expect(await topShare(SEVEN, 1)).toBe(1);
    expect(await topShare([[27, 24, 18, 16, 6, 5, 4]], 0.5)).toBeCloseTo(
      (27 + 24 + 18 + 0.5 * 16) / 100,
      12,
    );
  });

  it('reads revenue text as the run does, skips blanks and words, and counts negatives as 0', async () => {
    const withText = column(
      '$27k',
      24000,
      '',
      'n/a',
      '18,000',
      16000,
      6000,
      '5k',
      4000,
      -3000,
      null,
    );
    const plain = column(27000, 24000, 18000, 16000, 6000, 5000, 4000, 0);
    expect(await topShare(withText)).toBeCloseTo(await topShare(plain), 12);
  });

  it('refuses a p outside 0..1 with #VALUE! that says what p means', async () => {
    const error = await errorOf(() => topShare(SEVEN, 20));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(/p, the share of accounts, must be between 0 and 1/);
  });

  it('says why there is nothing to measure', async () => {
    expect(await errorOf(() => topShare(column(null, '', 'n/a')))).toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(/needs revenue figures, and the range has none/),
    });
    expect((await errorOf(() => topShare(column(0, -5, 0)))).message).toMatch(
      /all revenue in the range is 0/,
    );
  });

  it('refuses what is not a range', async () => {
    expect((await errorOf(() => topShare([] as unknown as unknown[][]))).message).toMatch(
      /revenues must be a range of cells/,
    );
    expect((await errorOf(() => topShare([[1, 2], [3]]))).message).toMatch(/rectangular/);
    expect((await errorOf(() => topShare([[1, () => 2]]))).message).toMatch(
      /not a cell value \(row 1, column 2/,
    );
  });
});

describe('KAM.ACCOUNTSHARE', () => {
  it('gives the share of accounts that bring 80% of revenue by default', async () => {
    // 27 + 24 + 18 + 16 = 85 >= 80 of 100: 4 of 7 accounts.
    expect(await accountShare(SEVEN)).toBeCloseTo(4 / 7, 15);
    expect(await accountShare(SEVEN, 0.5)).toBeCloseTo(2 / 7, 15); // 27 + 24 = 51 >= 50
  });

  it('refuses a q that is a percentage written as a whole number', async () => {
    expect(await errorOf(() => accountShare(SEVEN, 80))).toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(/q, the share of revenue/),
    });
  });
});

describe('KAM.ABC', () => {
  it('classes the first four of the example as A: the account that crosses 80% is still A', async () => {
    expect(await abc(SEVEN)).toEqual([['A'], ['A'], ['A'], ['A'], ['B'], ['B'], ['C']]);
  });

  it('keeps the input order and shape, with blanks where there is no revenue', async () => {
    expect(
      await abc(
        [
          [4, null, 27],
          ['n/a', 24, 18],
        ],
        0.5,
        0.9,
      ),
    ).toEqual([
      ['C', '', 'A'],
      ['', 'A', 'B'],
    ]);
  });

  it('takes a and b, each optional, and refuses a at or above b', async () => {
    expect(await abc(SEVEN, 0.5)).toEqual(await abc(SEVEN, 0.5, 0.95));
    expect(await abc(SEVEN, undefined, 0.99)).toEqual(await abc(SEVEN, 0.8, 0.99));
    const error = await errorOf(() => abc(SEVEN, 0.97));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(
      /class A threshold "a" must be below "b".*defaults: a 0.8, b 0.95/,
    );
    expect((await errorOf(() => abc(SEVEN, -0.1))).message).toMatch(/a, the class A threshold/);
  });
});

describe('KAM.PARETO', () => {
  it('spills the cumulative share at each account’s place in the descending order, in input order', async () => {
    const shares = await pareto(column(16, 27, null, 4, 24));
    const total = 16 + 27 + 4 + 24;
    expect(shares).toHaveLength(5);
    expect(shares[0][0]).toBeCloseTo((27 + 24 + 16) / total, 15);
    expect(shares[1][0]).toBeCloseTo(27 / total, 15);
    expect(shares[2][0]).toBe('');
    expect(shares[3][0]).toBe(1);
    expect(shares[4][0]).toBeCloseTo(51 / total, 15);
  });

  it('refuses a range without revenue', async () => {
    expect((await errorOf(() => pareto(column(0, 0)))).message).toMatch(
      /KAM.PARETO cannot be measured/,
    );
  });
});

describe('KAM.GINI and KAM.HHI', () => {
  it('gives the Gini coefficient of DESIGN’s examples', async () => {
    expect(await gini(column(8, 5, 1, 3, 5, 6, 7, 6, 3))).toBeCloseTo(0.2373737373737374, 12);
    expect(await gini(column(...Array<number>(9).fill(10), 100))).toBeCloseTo(
      0.4263157894736842,
      12,
    );
  });

  it('needs two accounts with revenue for a Gini coefficient', async () => {
    expect(await errorOf(() => gini(column(100, null)))).toMatchObject({
      code: '#VALUE!',
      message: 'KAM.GINI needs at least two accounts with revenue.',
    });
  });

  it('gives HHI 2,600 for shares of 30/30/20/20 and 10,000 for a single account', async () => {
    expect(await hhi(column(30, 30, 20, 20))).toBeCloseTo(2600, 9);
    expect(await hhi([['$3m', '3,000,000', 2e6, '2m']])).toBeCloseTo(2600, 9);
    expect(await hhi(column(500))).toBe(10_000);
  });
});

describe('the summary sheet’s figures', () => {
  it('equal the run’s concentration figures on a messy revenue column (text, decimal commas, blanks)', async () => {
    const table = messyTable();
    const arr = table.headers.indexOf('ARR');
    // The saved run tells the functions how the workbook writes numbers ("15.600,00 €").
    const run = runAndSave(table).result.pipeline.concentration;
    expect(run.totalRevenue).toBe(
      analyzeConcentration(extractColumn(table, arr, { kind: 'number' }).values).totalRevenue,
    );
    expect(run.totalRevenue).toBeGreaterThan(1_000_000);
    const revenues = table.rows.map((row) => [row[arr]]);
    expect(await topShare(revenues, 0.2)).toBe(run.top20Share);
    expect(await accountShare(revenues, 0.8)).toBe(run.accountsFor80Share);
    expect(await gini(revenues)).toBe(run.gini);
    expect(await hhi(revenues)).toBe(run.hhi);
  });

  it('read text numbers with the saved run’s number locale: "1.200" is 1,200 in a decimal-comma workbook', async () => {
    runAndSave(messyTable());
    // Shares 1200/2000 and 800/2000: HHI = (0.36 + 0.16) * 10,000. Read as 1.2 it would be ~9,970.
    expect(await hhi(column('1.200', '800'))).toBeCloseTo(5200, 9);
  });
});
