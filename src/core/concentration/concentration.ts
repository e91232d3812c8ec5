// Revenue concentration (DESIGN 3.5): Lorenz, top share, 80/20, ABC, Gini, HHI.
import { type AbcThresholds, DEFAULT_ABC } from '../model/schema';
import { sortDescending } from '../numeric/sort';

export interface ConcentrationAnalysis {
  /** n: accounts with a revenue value (NaN = missing revenue: excluded from concentration). */
  readonly accounts: number;
  /** S: total revenue, negatives counted as 0; Infinity when it is too large to add up (every share is still exact). */
  readonly totalRevenue: number;
  /** Input indices of counted accounts, revenue descending, ties in input order (length n). */
  readonly order: Uint32Array;
  /** Length n + 1: c_0 = 0, c_k = cumulative share of the top k (descending); NaN for k > 0 when S = 0. */
  readonly lorenz: Float64Array;
  /** Per input index: max(x, 0) / S; NaN for missing revenue or S = 0. */
  readonly revenueShare: Float64Array;
  /** Per input index: c_k at the account's position k in the descending order; NaN for missing or S = 0. */
  readonly cumulativeShare: Float64Array;
  /** Per input index: ABC_A, ABC_B, ABC_C, or NO_ABC (missing revenue). */
  readonly abc: Uint8Array;
  /** topShare(0.2); NaN when S = 0 or n = 0. */
  readonly top20Share: number;
  /** accountsFor(0.8).count; 0 when S = 0. */
  readonly accountsFor80: number;
  /** accountsFor80 / n; NaN when S = 0 or n = 0 (no revenue, nothing to measure). */
  readonly accountsFor80Share: number;
  /** NaN when undefined (n < 2 or S = 0). */
  readonly gini: number;
  /** NaN when S = 0. */
  readonly hhi: number;
  /** How many negatives were counted as 0 (the caller reports them). */
  readonly negativeCount: number;
}

export const ABC_A = 0;
export const ABC_B = 1;
export const ABC_C = 2;
/** Class code of an account without revenue: it takes no part in the concentration figures. */
export const NO_ABC = 255;

/**
 * Shares that are exact in decimal can round to just below it in doubles (5.44 / 6.80 gives
 * 0.7999999999999999); without this slack one more account would be needed to "reach" 80%, and
 * a group starting at exactly 80% would still be class A.
 */
const SHARE_TOLERANCE = 1e-12;

/** The descending Lorenz curve and what it is built from: the one sort all figures share. */
interface Curve {
  /** max(x, 0) per input index, maybe scaled down with `total`; NaN where revenue is missing. */
  readonly counted: Float64Array;
  readonly n: number;
  /** The sum of `counted`, which may be scaled down (OVERFLOW_SCALE): for shares only. */
  readonly total: number;
  /** S in the revenue's own unit: Infinity when it is past the largest double. */
  readonly totalRevenue: number;
  readonly order: Uint32Array;
  /** Counted revenues in descending order (NaN beyond n), so loops read in sequence. */
  readonly sorted: Float64Array;
  readonly lorenz: Float64Array;
  readonly negativeCount: number;
}

/** Revenue as concentration counts it: negatives as 0, infinities as missing (NaN stays missing). */
function countedOf(revenue: Float64Array): { counted: Float64Array; negativeCount: number } {
  let negativeCount = 0;
  let infinite = 0;
  for (let i = 0; i < revenue.length; i++) {
    const x = revenue[i];
    if (x === Infinity || x === -Infinity) infinite++;
    else if (x < 0) negativeCount++;
  }
  // The usual column needs no change: skip the copy (8 MB at 1M rows).
  if (negativeCount === 0 && infinite === 0) return { counted: revenue, negativeCount };
  const counted = new Float64Array(revenue.length);
  for (let i = 0; i < revenue.length; i++) {
    const x = revenue[i];
    // Infinity cannot come from a cell and would make every share NaN: treat it as missing.
    counted[i] = x === Infinity || x === -Infinity ? NaN : x < 0 ? 0 : x;
  }
  return { counted, negativeCount };
}

/**
 * Revenues are compared with each other, never with a unit: past this scale their total (or the
 * Gini's weighted sum, up to n times it) leaves the doubles, so they are scaled down first.
 * Multiplying by a power of two is exact (short of values too small to hold any share), so every
 * share, class, Gini and HHI is what it would be in exact arithmetic; only the total is not a double.
 */
const OVERFLOW_SCALE = 2 ** -64;

/** Compensated (Neumaier) prefix sums of the descending values, c_0 = 0; the last is the total. */
function prefixSums(sorted: Float64Array, n: number): Float64Array {
  const prefix = new Float64Array(n + 1);
  let sum = 0;
  let compensation = 0;
  for (let k = 0; k < n; k++) {
    const x = sorted[k];
    const t = sum + x;
    compensation += Math.abs(sum) >= x ? sum - t + x : x - t + sum;
    sum = t;
    prefix[k + 1] = sum + compensation;
  }
  return prefix;
}

function scaled(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] * OVERFLOW_SCALE;
  return out;
}

function curveOf(revenue: Float64Array): Curve {
  const counts = countedOf(revenue);
  let { counted } = counts;
  // The sort hands back the values in order too: the loops below then read memory in sequence.
  const { order: full, sorted: descending } = sortDescending(counted);
  let sorted = descending;
  let n = full.length;
  while (n > 0 && Number.isNaN(sorted[n - 1])) n--;
  const order = full.subarray(0, n);

  // Taking S as the last prefix makes c_n exactly 1.
  let lorenz = prefixSums(sorted, n);
  let total = lorenz[n];
  let totalRevenue = total;
  if (!(total <= Number.MAX_VALUE / (n + 1))) {
    counted = scaled(counted);
    sorted = scaled(sorted);
    lorenz = prefixSums(sorted, n);
    total = lorenz[n];
    totalRevenue = total / OVERFLOW_SCALE; // Infinity when the sum itself is past a double
  }
  for (let k = 1; k <= n; k++) lorenz[k] = total > 0 ? lorenz[k] / total : NaN;
  return {
    counted,
    n,
    total,
    totalRevenue,
    order,
    sorted,
    lorenz,
    negativeCount: counts.negativeCount,
  };
}

function topShareOf(curve: Curve, p: number): number {
  const { n, total, lorenz, sorted } = curve;
  if (!(total > 0)) return NaN;
  const k = p * n;
  const whole = Math.floor(k);
  if (whole >= n) return 1;
  // Linear interpolation on the Lorenz curve: part of the next account's share of revenue (the
  // share first: a fraction of a tiny revenue would round to 0 before the division).
  return lorenz[whole] + (k - whole) * (sorted[whole] / total);
}

function accountsForOf(curve: Curve, q: number): { count: number; share: number } {
  const { n, total, lorenz } = curve;
  if (!(total > 0)) return { count: 0, share: NaN };
  // Smallest k with c_k >= q: binary search on the non-decreasing curve (c_n = 1 >= q).
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lorenz[mid] >= q - SHARE_TOLERANCE) hi = mid;
    else lo = mid + 1;
  }
  return { count: lo, share: lo / n };
}

function abcOf(curve: Curve, thresholds: AbcThresholds): Uint8Array {
  const { counted, n, total, order, sorted, lorenz } = curve;
  const abc = new Uint8Array(counted.length).fill(NO_ABC);
  // Accounts with equal revenue form one group, classed by the cumulative share before the group,
  // so the account that crosses a threshold keeps the better class. With no revenue at all every
  // account brings nothing: class C.
  let start = 0;
  while (start < n) {
    const x = sorted[start];
    const before = total > 0 ? lorenz[start] : 1;
    const cls =
      before < thresholds.a - SHARE_TOLERANCE
        ? ABC_A
        : before < thresholds.b - SHARE_TOLERANCE
          ? ABC_B
          : ABC_C;
    let end = start;
    while (end < n && sorted[end] === x) abc[order[end++]] = cls;
    start = end;
  }
  return abc;
}

function cumulativeOf(curve: Curve): Float64Array {
  const shares = new Float64Array(curve.counted.length).fill(NaN);
  if (!(curve.total > 0)) return shares;
  for (let k = 0; k < curve.n; k++) shares[curve.order[k]] = curve.lorenz[k + 1];
  return shares;
}

function giniOf(curve: Curve): number {
  const { n, total, sorted } = curve;
  if (n < 2 || !(total > 0)) return NaN;
  // G = sum_i (2i - n - 1) x_(i) / (n S) on ascending x. Position j in the descending order is
  // i = n + 1 - j ascending, so the weight is n + 1 - 2j. Ties may sit in either order: the sum
  // does not change when equal values swap places.
  let sum = 0;
  let compensation = 0;
  for (let j = 1; j <= n; j++) {
    const term = (n + 1 - 2 * j) * sorted[j - 1];
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  // Equal revenues give exactly 0 in exact arithmetic; rounding must not make it negative.
  return Math.max(0, (sum + compensation) / (n * total));
}

function hhiOf(curve: Curve): number {
  const { counted, total } = curve;
  if (!(total > 0)) return NaN;
  let sum = 0;
  for (let i = 0; i < counted.length; i++) {
    const x = counted[i];
    if (x === x) sum += (x / total) * (x / total);
  }
  return sum * 10_000;
}

function assertFraction(name: string, value: number): void {
  if (!(value >= 0 && value <= 1))
    throw new RangeError(`${name} must be between 0 and 1, got ${value}`);
}

/** Every concentration figure of one revenue column, from a single descending sort. */
export function analyzeConcentration(
  revenue: Float64Array,
  abc: AbcThresholds = DEFAULT_ABC,
): ConcentrationAnalysis {
  const curve = curveOf(revenue);
  const { counted, n, total } = curve;
  const revenueShare = new Float64Array(counted.length);
  for (let i = 0; i < counted.length; i++) {
    const x = counted[i];
    // x === 0 also catches -0, which would otherwise show as a share of -0.
    revenueShare[i] = !(total > 0) ? NaN : x === 0 ? 0 : x / total;
  }
  const for80 = accountsForOf(curve, 0.8);
  return {
    accounts: n,
    totalRevenue: curve.totalRevenue,
    order: curve.order,
    lorenz: curve.lorenz,
    revenueShare,
    cumulativeShare: cumulativeOf(curve),
    abc: abcOf(curve, abc),
    top20Share: topShareOf(curve, 0.2),
    accountsFor80: for80.count,
    accountsFor80Share: for80.share,
    gini: giniOf(curve),
    hhi: hhiOf(curve),
    negativeCount: curve.negativeCount,
  };
}

/** Revenue share of the top p (0..1) of accounts, interpolated on the Lorenz curve; NaN without revenue. */
export function topShare(revenue: Float64Array, p: number): number {
  assertFraction('p', p);
  return topShareOf(curveOf(revenue), p);
}

/** The fewest accounts that bring a share q (0..1) of revenue, and that count as a share of accounts. */
export function accountsFor(revenue: Float64Array, q: number): { count: number; share: number } {
  assertFraction('q', q);
  return accountsForOf(curveOf(revenue), q);
}

/** ABC class code per input index (ABC_A, ABC_B, ABC_C; NO_ABC for missing revenue). */
export function abcClasses(
  revenue: Float64Array,
  thresholds: AbcThresholds = DEFAULT_ABC,
): Uint8Array {
  return abcOf(curveOf(revenue), thresholds);
}

/** Population Gini coefficient of revenue; NaN for fewer than two accounts or no revenue. */
export function gini(revenue: Float64Array): number {
  return giniOf(curveOf(revenue));
}

/** Herfindahl-Hirschman index (sum of squared shares x 10,000); NaN without revenue. */
export function hhi(revenue: Float64Array): number {
  return hhiOf(curveOf(revenue));
}

/** Cumulative revenue share per input index at the account's place in the descending order (KAM.PARETO). */
export function paretoCumulativeShares(revenue: Float64Array): Float64Array {
  return cumulativeOf(curveOf(revenue));
}

/** The sentence users see: "22% of accounts bring 80% of revenue". */
export function paretoStatement(
  analysis: Pick<ConcentrationAnalysis, 'accounts' | 'totalRevenue' | 'accountsFor80Share'>,
): string {
  if (analysis.accounts === 0 || !(analysis.totalRevenue > 0)) {
    return 'No revenue recorded, so concentration cannot be measured.';
  }
  const percent = Math.round(analysis.accountsFor80Share * 100);
  // "0% of accounts" would read as "nobody": with thousands of accounts one can be under 0.5%.
  const who = percent === 0 ? 'Under 1%' : `${percent}%`;
  return `${who} of accounts bring 80% of revenue`;
}
