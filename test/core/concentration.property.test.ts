// Properties every revenue column satisfies: Lorenz monotone, shares follow their accounts, Gini/HHI in range.
import fc from 'fast-check';
import { NO_ABC } from '../../src/core/concentration/concentration';
import {
  abcClasses,
  accountsFor,
  analyzeConcentration,
  gini,
  hhi,
  paretoCumulativeShares,
  topShare,
} from '../../src/core';

/** Revenue cells as the pipeline hands them over: money, whole numbers, ties, zeros, negatives, missing. */
const revenueValue = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1e9, noNaN: true }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 50 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -250, NaN) },
);
const revenueColumn = fc
  .array(revenueValue, { maxLength: 60, size: 'medium' })
  .map((v) => Float64Array.from(v));
const withRevenue = revenueColumn.filter((r) => r.some((x) => x > 0));
const distinctRevenue = fc
  .uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), {
    minLength: 1,
    maxLength: 40,
    size: 'medium',
  })
  .map((v) => Float64Array.from(v));

const TOL = 1e-9;

/** A permutation of 0..n-1 drawn by fast-check, so failures shrink. */
function permutationOf(n: number): fc.Arbitrary<number[]> {
  return fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n })
    .map((keys) => keys.map((_, i) => i).sort((i, j) => keys[i] - keys[j] || i - j));
}

function permuted(r: Float64Array, perm: readonly number[]): Float64Array {
  return Float64Array.from(perm, (i) => r[i]);
}

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i])) expect(b[i]).toBeNaN();
    else expect(Math.abs(a[i] - b[i])).toBeLessThanOrEqual(TOL);
  }
}

describe('concentration properties', () => {
  it('cumulative shares never fall along the descending order and end at exactly 1', () => {
    fc.assert(
      fc.property(withRevenue, (r) => {
        const a = analyzeConcentration(r);
        for (let k = 1; k < a.lorenz.length; k++)
          expect(a.lorenz[k]).toBeGreaterThanOrEqual(a.lorenz[k - 1]);
        expect(a.lorenz[a.accounts]).toBe(1);
        a.order.forEach((account, k) => expect(a.cumulativeShare[account]).toBe(a.lorenz[k + 1]));
      }),
    );
  });

  it('shares add up to 1 and each account keeps its share, missing ones excluded', () => {
    fc.assert(
      fc.property(withRevenue, (r) => {
        const a = analyzeConcentration(r);
        let total = 0;
        r.forEach((x, i) => {
          if (Number.isNaN(x)) {
            expect(a.revenueShare[i]).toBeNaN();
            expect(a.abc[i]).toBe(NO_ABC);
          } else {
            expect(a.revenueShare[i]).toBeCloseTo(Math.max(x, 0) / a.totalRevenue, 12);
            total += a.revenueShare[i];
          }
        });
        expect(total).toBeCloseTo(1, 9);
        expect(a.negativeCount).toBe(r.filter((x) => x < 0).length);
      }),
    );
  });

  it('permuting the accounts permutes every per-account figure and leaves the totals alone', () => {
    const columnAndPermutation = (column: fc.Arbitrary<Float64Array>) =>
      column.chain((r) => fc.tuple(fc.constant(r), permutationOf(r.length)));
    // Shares and ABC classes do not depend on input order, even with ties.
    fc.assert(
      fc.property(columnAndPermutation(withRevenue), ([r, perm]) => {
        const a = analyzeConcentration(r);
        const b = analyzeConcentration(permuted(r, perm));
        sameNumbers(b.revenueShare, permuted(a.revenueShare, perm));
        expect(Array.from(b.abc)).toEqual(perm.map((i) => a.abc[i]));
        for (const key of ['top20Share', 'accountsFor80', 'gini', 'hhi', 'totalRevenue'] as const) {
          sameNumbers([b[key]], [a[key]]);
        }
        sameNumbers(b.lorenz, a.lorenz);
      }),
    );
    // Cumulative shares follow their accounts when no two revenues tie (ties share out by input order).
    fc.assert(
      fc.property(columnAndPermutation(distinctRevenue), ([r, perm]) => {
        const a = analyzeConcentration(r);
        const b = analyzeConcentration(permuted(r, perm));
        sameNumbers(b.cumulativeShare, permuted(a.cumulativeShare, perm));
      }),
    );
  });

  it('Gini lies in [0, 1) and equals the mean-difference definition', () => {
    fc.assert(
      fc.property(withRevenue, (r) => {
        const x = Array.from(r)
          .filter((v) => !Number.isNaN(v))
          .map((v) => Math.max(v, 0));
        const g = gini(r);
        if (x.length < 2) return expect(g).toBeNaN();
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThan(1);
        // G = sum_i sum_j |x_i - x_j| / (2 n S)
        const total = x.reduce((s, v) => s + v, 0);
        let diff = 0;
        for (const a of x) for (const b of x) diff += Math.abs(a - b);
        expect(g).toBeCloseTo(diff / (2 * x.length * total), 9);
      }),
    );
  });

  it('HHI lies between 10,000 / n (all equal) and 10,000 (one account has everything)', () => {
    fc.assert(
      fc.property(withRevenue, (r) => {
        const n = r.filter((v) => !Number.isNaN(v)).length;
        const h = hhi(r);
        expect(h).toBeGreaterThanOrEqual(10_000 / n - 1e-6);
        expect(h).toBeLessThanOrEqual(10_000 + 1e-6);
      }),
    );
  });

  it('the top accounts always hold at least their share of revenue', () => {
    fc.assert(
      fc.property(withRevenue, fc.double({ min: 0, max: 1, noNaN: true }), (r, p) => {
        const share = topShare(r, p);
        expect(share).toBeGreaterThanOrEqual(p - 1e-12);
        expect(share).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('accountsFor is the smallest count whose cumulative share reaches q', () => {
    fc.assert(
      fc.property(withRevenue, fc.double({ min: 0, max: 1, noNaN: true }), (r, q) => {
        const a = analyzeConcentration(r);
        const { count, share } = accountsFor(r, q);
        expect(a.lorenz[count]).toBeGreaterThanOrEqual(q - 1e-12);
        if (count > 0) expect(a.lorenz[count - 1]).toBeLessThan(q);
        expect(share).toBe(count / a.accounts);
      }),
    );
  });

  it('the building blocks agree with the full analysis', () => {
    fc.assert(
      fc.property(revenueColumn, (r) => {
        const a = analyzeConcentration(r);
        sameNumbers([topShare(r, 0.2), gini(r), hhi(r)], [a.top20Share, a.gini, a.hhi]);
        expect(accountsFor(r, 0.8).count).toBe(a.accountsFor80);
        expect(Array.from(abcClasses(r))).toEqual(Array.from(a.abc));
        sameNumbers(paretoCumulativeShares(r), a.cumulativeShare);
      }),
    );
  });

  it('class A accounts bring at least the revenue of every class B account, and B of C', () => {
    fc.assert(
      fc.property(withRevenue, (r) => {
        const classes = abcClasses(r);
        const lowest = [Infinity, Infinity, Infinity];
        const highest = [-Infinity, -Infinity, -Infinity];
        r.forEach((x, i) => {
          if (classes[i] === NO_ABC) return;
          lowest[classes[i]] = Math.min(lowest[classes[i]], Math.max(x, 0));
          highest[classes[i]] = Math.max(highest[classes[i]], Math.max(x, 0));
        });
        expect(lowest[0]).toBeGreaterThan(Math.max(highest[1], highest[2]));
        expect(lowest[1]).toBeGreaterThan(highest[2]);
      }),
    );
  });
});
