// Revenue concentration figures against hand-computed examples (DESIGN 3.5) and the quadrant (3.6).
import { ABC_A, ABC_B, ABC_C, NO_ABC } from '../../src/core/concentration/concentration';
import { quadrantIndex } from '../../src/core/concentration/portfolio';
import {
  QUADRANTS,
  abcClasses,
  accountsFor,
  analyzeConcentration,
  gini,
  hhi,
  paretoCumulativeShares,
  paretoStatement,
  topShare,
} from '../../src/core';

const revenue = (...values: number[]): Float64Array => Float64Array.from(values);
const letters = (codes: Uint8Array): string =>
  Array.from(codes, (c) => (c === NO_ABC ? '-' : 'ABC'[c])).join('');

/** The worked example of DESIGN 3.5, in thousands: S = 100. */
const WORKED = revenue(27_000, 24_000, 18_000, 16_000, 6_000, 5_000, 4_000);

describe('the worked example 27, 24, 18, 16, 6, 5, 4 (thousands)', () => {
  const analysis = analyzeConcentration(WORKED);

  it('gives the top 20% of accounts 36.6% of revenue (1.4 accounts: 27 + 0.4 x 24)', () => {
    expect(topShare(WORKED, 0.2)).toBeCloseTo(0.366, 12);
    expect(analysis.top20Share).toBeCloseTo(0.366, 12);
  });

  it('puts the first four accounts in class A: the one that crosses 80% is still A', () => {
    // Cumulative share before each account: 0, .27, .51, .69 | .85, .91 | .96
    expect(letters(analysis.abc)).toBe('AAAABBC');
    expect(letters(abcClasses(WORKED))).toBe('AAAABBC');
  });

  it('needs 4 of 7 accounts for 80% of revenue', () => {
    expect(accountsFor(WORKED, 0.8)).toEqual({ count: 4, share: 4 / 7 });
    expect(analysis.accountsFor80).toBe(4);
    expect(analysis.accountsFor80Share).toBeCloseTo(4 / 7, 12);
    expect(paretoStatement(analysis)).toBe('57% of accounts bring 80% of revenue');
  });

  it('has the Lorenz curve, shares, Gini and HHI worked out by hand', () => {
    expect(analysis.accounts).toBe(7);
    expect(analysis.totalRevenue).toBe(100_000);
    const expected = [0, 0.27, 0.51, 0.69, 0.85, 0.91, 0.96, 1];
    analysis.lorenz.forEach((c, k) => expect(c).toBeCloseTo(expected[k], 12));
    expect(Array.from(analysis.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(analysis.revenueShare[1]).toBeCloseTo(0.24, 12);
    expect(analysis.cumulativeShare[3]).toBeCloseTo(0.85, 12);
    // Ascending 4, 5, 6, 16, 18, 24, 27: sum (2i - 8) x_i = 238; 238 / (7 * 100)
    expect(analysis.gini).toBeCloseTo(0.34, 12);
    // 27² + 24² + 18² + 16² + 6² + 5² + 4² = 1962 (shares in percent)
    expect(analysis.hhi).toBeCloseTo(1962, 9);
    expect(analysis.negativeCount).toBe(0);
  });
});

describe('topShare', () => {
  it('keeps a fraction of a tiny revenue (the share is taken before the fraction: nothing rounds to 0)', () => {
    // A counterexample fast-check found: the top 1e-12 of one account of revenue 5e-324.
    expect(topShare(Float64Array.from([5e-324]), 1.0000000000000002e-12)).toBe(
      1.0000000000000002e-12,
    );
  });

  it('interpolates within an account, and is the whole revenue at p = 1', () => {
    const r = revenue(50, 30, 20); // k = 1.5 at p = 0.5: 0.5 + 0.5 x 0.3
    expect(topShare(r, 0.5)).toBeCloseTo(0.65, 12);
    expect(topShare(r, 1)).toBe(1);
    expect(topShare(r, 0)).toBe(0);
  });

  it('refuses a share outside 0..1', () => {
    expect(() => topShare(WORKED, 1.2)).toThrow(RangeError);
    expect(() => topShare(WORKED, NaN)).toThrow(RangeError);
  });
});

describe('accountsFor', () => {
  it('counts an account whose cumulative share is exactly 80%, despite float rounding', () => {
    // 3.63 + 1.81 = 5.44 = 0.8 x 6.80, but in doubles 5.44 / 6.8 = 0.7999999999999999.
    const r = revenue(3.63, 1.81, 0.68, 0.68);
    expect(accountsFor(r, 0.8)).toEqual({ count: 2, share: 0.5 });
    // ... and the 0.68 group starts at exactly 80%: not below a, so class B, not A.
    expect(letters(abcClasses(r))).toBe('AABB');
  });

  it('needs no account for 0% and every paying account for 100%', () => {
    expect(accountsFor(revenue(5, 3, 0), 0).count).toBe(0);
    expect(accountsFor(revenue(5, 3, 0), 1).count).toBe(2);
  });

  it('refuses a share outside 0..1', () => {
    expect(() => accountsFor(WORKED, -0.1)).toThrow(RangeError);
  });
});

describe('ABC classes', () => {
  it('gives a group of equal revenues the class of the cumulative share before it', () => {
    // 40, 30 | 10, 10 (before: .70 -> A, though the second reaches .90) | 5, 5 (before .90 -> B)
    expect(letters(abcClasses(revenue(10, 40, 5, 30, 10, 5)))).toBe('AABAAB');
  });

  it('puts a group that starts exactly at a threshold in the next class', () => {
    expect(letters(abcClasses(revenue(50, 30, 10, 10)))).toBe('AABB'); // before the 10s: .80
    expect(letters(abcClasses(revenue(80, 15, 5)))).toBe('ABC'); // before the 5: .95
  });

  it('follows configurable thresholds', () => {
    // before: 0, .27 -> A; .51, .69, .85 -> B; .91, .96 -> C
    expect(letters(abcClasses(WORKED, { a: 0.5, b: 0.9 }))).toBe('AABBBCC');
  });

  it('makes every account A when all revenues are equal (one group, nothing before it)', () => {
    expect(letters(abcClasses(revenue(100, 100, 100, 100, 100)))).toBe('AAAAA');
  });
});

describe('Gini', () => {
  it('is 47/198 for 8, 5, 1, 3, 5, 6, 7, 6, 3', () => {
    expect(gini(revenue(8, 5, 1, 3, 5, 6, 7, 6, 3))).toBeCloseTo(47 / 198, 12);
  });

  it('is 81/190 for nine accounts of 10 and one of 100', () => {
    expect(gini(revenue(10, 10, 10, 100, 10, 10, 10, 10, 10, 10))).toBeCloseTo(81 / 190, 12);
  });

  it('is 0 when every account brings the same, and undefined below two accounts', () => {
    expect(gini(revenue(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1))).toBe(0);
    expect(gini(revenue(42))).toBeNaN();
    expect(gini(revenue())).toBeNaN();
  });
});

describe('HHI', () => {
  it('is 2,600 for shares of 30, 30, 20 and 20 percent', () => {
    expect(hhi(revenue(300, 300, 200, 200))).toBeCloseTo(2600, 9);
  });

  it('is 10,000 for a monopoly and 10,000 / n for equal shares', () => {
    expect(hhi(revenue(7))).toBeCloseTo(10_000, 9);
    expect(hhi(revenue(3, 3, 3, 3, 3))).toBeCloseTo(2_000, 9);
  });
});

describe('edge cases', () => {
  it('all equal revenue: shares climb evenly, 4 of 5 accounts bring 80%', () => {
    const a = analyzeConcentration(revenue(100, 100, 100, 100, 100));
    expect(Array.from(a.cumulativeShare)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(a.top20Share).toBeCloseTo(0.2, 12);
    expect(a.accountsFor80).toBe(4);
    expect(a.gini).toBe(0);
    expect(a.hhi).toBeCloseTo(2_000, 9);
    expect(paretoStatement(a)).toBe('80% of accounts bring 80% of revenue');
  });

  it('a single account is class A, holds everything, and has no Gini', () => {
    const a = analyzeConcentration(revenue(500));
    expect(a.accounts).toBe(1);
    expect(a.top20Share).toBeCloseTo(0.2, 12); // a fifth of one account, on the Lorenz line
    expect(a.accountsFor80).toBe(1);
    expect(letters(a.abc)).toBe('A');
    expect(a.gini).toBeNaN();
    expect(a.hhi).toBeCloseTo(10_000, 9);
    expect(paretoStatement(a)).toBe('100% of accounts bring 80% of revenue');
  });

  it('zero total revenue: nothing is measurable, every account is class C', () => {
    const a = analyzeConcentration(revenue(0, 0, -5));
    expect(a.accounts).toBe(3);
    expect(a.totalRevenue).toBe(0);
    expect(a.negativeCount).toBe(1);
    expect(a.top20Share).toBeNaN();
    expect(a.accountsFor80).toBe(0);
    expect(a.accountsFor80Share).toBeNaN();
    expect(a.gini).toBeNaN();
    expect(a.hhi).toBeNaN();
    expect(Array.from(a.revenueShare)).toEqual([NaN, NaN, NaN]);
    expect(Array.from(a.cumulativeShare)).toEqual([NaN, NaN, NaN]);
    expect(Array.from(a.lorenz)).toEqual([0, NaN, NaN, NaN]);
    expect(letters(a.abc)).toBe('CCC');
    expect(paretoStatement(a)).toBe('No revenue recorded, so concentration cannot be measured.');
  });

  it('no accounts at all', () => {
    const a = analyzeConcentration(revenue());
    expect(a.accounts).toBe(0);
    expect(a.order.length).toBe(0);
    expect(Array.from(a.lorenz)).toEqual([0]);
    expect(a.top20Share).toBeNaN();
    expect(paretoStatement(a)).toBe('No revenue recorded, so concentration cannot be measured.');
  });

  it('counts negative revenue as 0 and reports how many there were', () => {
    const a = analyzeConcentration(revenue(100, -50, 100));
    expect(a.totalRevenue).toBe(200);
    expect(a.negativeCount).toBe(1);
    expect(Array.from(a.revenueShare)).toEqual([0.5, 0, 0.5]);
    expect(Array.from(a.order)).toEqual([0, 2, 1]);
    expect(letters(a.abc)).toBe('ACA');
    expect(a.gini).toBeCloseTo(1 / 3, 12); // ascending 0, 100, 100: (0 + 0 + 200) / (3 x 200)
  });

  it('leaves accounts with missing revenue out of every figure', () => {
    const a = analyzeConcentration(revenue(NaN, 60, 40, NaN, Infinity));
    expect(a.accounts).toBe(2);
    expect(a.totalRevenue).toBe(100);
    expect(Array.from(a.order)).toEqual([1, 2]);
    expect(Array.from(a.revenueShare)).toEqual([NaN, 0.6, 0.4, NaN, NaN]);
    expect(Array.from(a.cumulativeShare)).toEqual([NaN, 0.6, 1, NaN, NaN]);
    expect(letters(a.abc)).toBe('-AA--');
    expect(a.gini).toBeCloseTo(0.1, 12); // (-40 + 60) / (2 x 100)
    expect(a.hhi).toBeCloseTo(5_200, 9);
  });

  it('says "under 1%" rather than "0%" when one account in hundreds brings 80%', () => {
    const r = new Float64Array(300).fill(1);
    r[17] = 10_000;
    expect(paretoStatement(analyzeConcentration(r))).toBe(
      'Under 1% of accounts bring 80% of revenue',
    );
  });
});

describe('revenue past the largest double', () => {
  const HUGE = revenue(1e308, 1e308, 5e307, 2e307, 0, NaN, -1e308);
  const SAME_IN_SMALLER_UNIT = HUGE.map((x) => x / 1e300);

  it('keeps every share of the same revenues in a smaller unit; only the total is too large', () => {
    const a = analyzeConcentration(HUGE);
    const b = analyzeConcentration(SAME_IN_SMALLER_UNIT);
    expect(a.totalRevenue).toBe(Infinity);
    expect(a.accounts).toBe(b.accounts);
    for (const key of ['top20Share', 'accountsFor80', 'accountsFor80Share', 'gini', 'hhi'] as const)
      expect(a[key]).toBeCloseTo(b[key], 9);
    for (const key of ['revenueShare', 'cumulativeShare', 'lorenz'] as const)
      Array.from(a[key]).forEach((x, i) =>
        Number.isNaN(b[key][i]) ? expect(x).toBeNaN() : expect(x).toBeCloseTo(b[key][i], 9),
      );
    expect(Array.from(a.abc)).toEqual(Array.from(b.abc));
    expect(a.revenueShare[0]).toBeCloseTo(1 / 2.7, 12);
    expect(paretoStatement(a)).toBe('50% of accounts bring 80% of revenue'); // 3 of 6: 2.5 of 2.7;
    expect(topShare(HUGE, 0.2)).toBeCloseTo(topShare(SAME_IN_SMALLER_UNIT, 0.2), 12);
    expect(hhi(HUGE)).toBeCloseTo(hhi(SAME_IN_SMALLER_UNIT), 6);
  });

  it('computes the Gini of a total that fits but whose weighted sum would not', () => {
    // Ascending 0, 0, 1e308: (2*3 - 3 - 1) * 1e308 / (3 * 1e308) = 2/3; the sum passes 2e308 on the way.
    const a = analyzeConcentration(revenue(1e308, 0, 0));
    expect(a.totalRevenue).toBe(1e308);
    expect(a.gini).toBeCloseTo(2 / 3, 12);
    expect(gini(revenue(0, 1e308, 0))).toBeCloseTo(2 / 3, 12);
  });
});

describe('paretoCumulativeShares (KAM.PARETO)', () => {
  it('gives each account the cumulative share at its place, in input order', () => {
    const shares = paretoCumulativeShares(revenue(16, 27, NaN, 24, 18, 6, 5, 4));
    const expected = [0.85, 0.27, NaN, 0.51, 0.69, 0.91, 0.96, 1];
    shares.forEach((s, i) =>
      Number.isNaN(expected[i]) ? expect(s).toBeNaN() : expect(s).toBeCloseTo(expected[i], 12),
    );
  });
});

describe('portfolio quadrant (score x current revenue)', () => {
  it('names the four combinations of attractiveness and current value', () => {
    expect(QUADRANTS[quadrantIndex(true, true)]).toBe('Key account');
    expect(QUADRANTS[quadrantIndex(true, false)]).toBe('Key development');
    expect(QUADRANTS[quadrantIndex(false, true)]).toBe('Maintenance');
    expect(QUADRANTS[quadrantIndex(false, false)]).toBe('Opportunistic');
  });

  it('lists them in the order the pipeline stores them', () => {
    expect(QUADRANTS).toEqual(['Key account', 'Key development', 'Maintenance', 'Opportunistic']);
    expect([ABC_A, ABC_B, ABC_C]).toEqual([0, 1, 2]);
  });
});
