// Scores as functions of one weight's relative change y: score_i(y) = 100 (A_i + y B_i) / (D_i + y E_i),
// where A is the weighted sum and D the weight the score divides by (all present weights under
// reweight, the total otherwise); B and E are what the moved weight adds to each.
import { reachesCoverage } from '../score/equality';
import { missingValue } from '../score/score';
import type { WeightingInput } from './draws';

/** Below this relative size a coefficient is a rounding of zero. */
const ROUNDING = 1e-13;

export interface ScoreLines {
  readonly accounts: number;
  /** Whether the account has a score at all (some weighted criterion present). */
  scored(i: number): boolean;
  score(i: number, y: number): number;
  /** Whether i scores below j at y (a tie there is settled just after y). */
  below(i: number, j: number, y: number): boolean;
  /**
   * The first y in (from, limit] where i scores `gap` points / 100 above j (0: the same), or
   * Infinity.
   */
  crossing(i: number, j: number, from: number, limit: number, gap?: number): number;
  /** Whether i and j score the same whatever the weight (every coefficient a rounding of zero). */
  same(i: number, j: number): boolean;
  /** Where i's score equals `level`, or NaN. */
  levelCrossing(i: number, level: number): number;
  /** Where i's coverage equals `minimum`, or NaN (never for an account with every value). */
  coverageCrossing(i: number, minimum: number): number;
  /** Whether i is ranked at y: it has a score and its coverage reaches the model's minimum. */
  eligible(i: number, y: number): boolean;
}

export interface ScoreLineFamily {
  /** The lines along criterion k's weight moving by y in direction `sign` (weight * (1 + sign * y)). */
  along(k: number, sign: 1 | -1): ScoreLines;
}

export function scoreLines(input: WeightingInput, weights: readonly number[]): ScoreLineFamily {
  const { normalized, missing, minCoverage } = input;
  const criteria = normalized.length;
  const n = criteria > 0 ? normalized[0].length : 0;
  const counted = missingValue(missing);
  const fill = counted === counted ? counted : 0; // under reweight a missing value adds w * 0 = 0
  const reweight = missing === 'reweight';
  let total = 0;
  for (let c = 0; c < criteria; c++) total += weights[c];
  const sum = new Float64Array(n);
  const present = new Float64Array(n);
  const complete = new Uint8Array(n).fill(1);
  for (let c = 0; c < criteria; c++) {
    const column = normalized[c];
    for (let i = 0; i < n; i++) {
      const v = column[i];
      if (v === v) {
        sum[i] += weights[c] * v;
        present[i] += weights[c];
      } else {
        sum[i] += weights[c] * fill;
        complete[i] = 0;
      }
    }
  }
  const divisor = reweight ? present : new Float64Array(n).fill(total);

  return {
    along(k, sign) {
      const w = sign * weights[k];
      const column = normalized[k];
      const added = new Float64Array(n);
      const addedDivisor = new Float64Array(n);
      const addedPresent = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = column[i];
        const has = v === v;
        added[i] = w * (has ? v : fill);
        addedDivisor[i] = reweight && !has ? 0 : w;
        addedPresent[i] = has ? w : 0;
      }
      const value = (i: number, y: number): number =>
        (sum[i] + y * added[i]) / (divisor[i] + y * addedDivisor[i]);
      return {
        accounts: n,
        scored: (i) => divisor[i] > 0,
        score: (i, y) => 100 * value(i, y),
        below(i, j, y) {
          const a = value(i, y);
          const b = value(j, y);
          if (Math.abs(a - b) > ROUNDING * (Math.abs(a) + Math.abs(b))) return a < b;
          return value(i, y + 1e-7) < value(j, y + 1e-7);
        },
        same(i, j) {
          const close = (x: number, y: number): boolean =>
            Math.abs(x - y) <= ROUNDING * (Math.abs(x) + Math.abs(y));
          return (
            close(sum[i] * divisor[j], sum[j] * divisor[i]) &&
            close(added[i] * addedDivisor[j], added[j] * addedDivisor[i]) &&
            close(
              sum[i] * addedDivisor[j] + added[i] * divisor[j],
              sum[j] * addedDivisor[i] + added[j] * divisor[i],
            )
          );
        },
        crossing(i, j, from, limit, gap = 0) {
          // (A_i + y B_i)(D_j + y E_j) - (A_j + y B_j)(D_i + y E_i) - gap (D_i + y E_i)(D_j + y E_j)
          //   = a y^2 + b y + c: zero where score_i - score_j = 100 gap.
          const [Ai, Bi, Di, Ei] = [sum[i], added[i], divisor[i], addedDivisor[i]];
          const [Aj, Bj, Dj, Ej] = [sum[j], added[j], divisor[j], addedDivisor[j]];
          const a = Bi * Ej - Bj * Ei - gap * Ei * Ej;
          const b = Ai * Ej + Bi * Dj - Aj * Ei - Bj * Di - gap * (Di * Ej + Ei * Dj);
          const c = Ai * Dj - Aj * Di - gap * Di * Dj;
          const scaleA = Math.abs(Bi * Ej) + Math.abs(Bj * Ei) + Math.abs(gap * Ei * Ej);
          const scaleB =
            Math.abs(Ai * Ej) +
            Math.abs(Bi * Dj) +
            Math.abs(Aj * Ei) +
            Math.abs(Bj * Di) +
            Math.abs(gap * (Di * Ej + Ei * Dj));
          return firstRoot(
            Math.abs(a) <= ROUNDING * scaleA ? 0 : a,
            Math.abs(b) <= ROUNDING * scaleB ? 0 : b,
            c,
            from,
            limit,
          );
        },
        levelCrossing: (i, level) =>
          (level * divisor[i] - 100 * sum[i]) / (100 * added[i] - level * addedDivisor[i]),
        coverageCrossing: (i, minimum) =>
          complete[i] === 1
            ? NaN
            : (minimum * total - present[i]) / (addedPresent[i] - minimum * w),
        eligible(i, y) {
          if (!(divisor[i] + y * addedDivisor[i] > 0)) return false;
          const weight = total + y * w;
          const coverage = weight > 0 ? (present[i] + y * addedPresent[i]) / weight : 0;
          return reachesCoverage(coverage, minCoverage);
        },
      };
    },
  };
}

/** The smallest root of a y^2 + b y + c in (after, limit], or Infinity. */
function firstRoot(a: number, b: number, c: number, after: number, limit: number): number {
  let first = Infinity;
  const consider = (r: number): void => {
    if (r > after && r <= limit && r < first) first = r;
  };
  if (a === 0) {
    if (b !== 0) consider(-c / b);
    return first;
  }
  const discriminant = b * b - 4 * a * c;
  if (discriminant < 0) return first;
  // The stable form: no cancellation between -b and the square root.
  const q = -0.5 * (b + (b < 0 ? -1 : 1) * Math.sqrt(discriminant));
  consider(q / a);
  if (q !== 0) consider(c / q);
  return first;
}
