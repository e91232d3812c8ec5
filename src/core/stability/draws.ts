// One perturbed weighting at a time: every account's score as one matrix product over the run's
// normalised columns, with the run's own minimum-coverage rule (tiers: see edges.ts).
import type { MissingPolicy, TierPolicy } from '../model/schema';
import { reachesCoverage } from '../score/equality';
import { missingValue } from '../score/score';

/** What a run scored and tiered with, besides the weights a draw changes. */
export interface WeightingInput {
  /** Normalised values per criterion (criteria-major), NaN where missing. */
  readonly normalized: readonly Float64Array[];
  readonly missing: MissingPolicy;
  readonly minCoverage: number;
  readonly tiers: TierPolicy;
}

/**
 * Scores under any weighting, with the arithmetic of scoreAccounts (same terms, same order, so the
 * same doubles). An account's score is its weighted sum times 100 over its denominator, NaN below
 * the minimum coverage; both depend only on which of its values are present, so accounts are
 * grouped by that pattern (a bit per criterion) and each draw works out one factor per pattern.
 */
export interface WeightingScorer {
  readonly accounts: number;
  /** Writes each account's rankable score (NaN: no score, or coverage below the minimum). */
  scoreInto(weights: ArrayLike<number>, scores: Float64Array): void;
}

export function weightingScorer(input: WeightingInput): WeightingScorer {
  const { normalized, missing, minCoverage } = input;
  const criteria = normalized.length;
  const accounts = criteria > 0 ? normalized[0].length : 0;
  const counted = missingValue(missing);
  const fill = counted === counted ? counted : 0; // under reweight a missing value adds w * 0 = 0
  // Account-major, one row of criteria after another: the product reads memory in sequence. Up to
  // PADDED criteria a row is padded with zeros (weight 0 times value 0 adds +0, which leaves a sum of
  // non-negative terms as it is), so the product can run with every weight in a local.
  const stride = criteria <= PADDED ? PADDED : criteria;
  const values = new Float64Array(accounts * stride);
  const present = new Uint32Array(accounts); // bit c set: the value of criterion c is there
  for (let c = 0; c < criteria; c++) {
    const column = normalized[c];
    for (let i = 0; i < accounts; i++) {
      const v = column[i];
      if (v === v) present[i] |= 1 << c;
      values[i * stride + c] = v === v ? v : fill;
    }
  }
  const { patternOf, masks } = presencePatterns(present, criteria);
  const factorOf = new Float64Array(masks.length);
  const reweight = missing === 'reweight';
  const w = new Float64Array(stride);
  return {
    accounts,
    scoreInto(weights, scores) {
      let totalWeight = 0;
      for (let c = 0; c < criteria; c++) totalWeight += weights[c];
      for (let c = 0; c < criteria; c++) w[c] = weights[c];
      for (let p = 0; p < masks.length; p++) {
        let presentWeight = 0;
        for (let c = 0; c < criteria; c++) if ((masks[p] >>> c) & 1) presentWeight += w[c];
        const denominator = reweight ? presentWeight : totalWeight;
        const coverage = totalWeight > 0 ? presentWeight / totalWeight : 0;
        factorOf[p] =
          denominator > 0 && reachesCoverage(coverage, minCoverage) ? 100 / denominator : NaN;
      }
      // Account by account, criteria in model order: the sum of scoreAccounts, term for term.
      productInto(values, w, factorOf, patternOf, scores);
    },
  };
}

/**
 * Each account's presence pattern as an index into the distinct ones, looked up in a table of
 * 2^criteria entries (the model has at most 20 criteria: 4 MB at most).
 */
function presencePatterns(present: Uint32Array, criteria: number) {
  const index = new Int32Array(2 ** criteria).fill(-1);
  const masks: number[] = [];
  const patternOf = new Uint32Array(present.length);
  for (let i = 0; i < present.length; i++) {
    const mask = present[i];
    if (index[mask] < 0) {
      index[mask] = masks.length;
      masks.push(mask);
    }
    patternOf[i] = index[mask];
  }
  return { patternOf, masks };
}

/** Rows padded to this many criteria take the unrolled product (3-5 criteria are the usual model). */
const PADDED = 8;

/**
 * scores[i] = (sum over c of w[c] * values[i * stride + c]) * the factor of the account's presence
 * pattern, summed in criteria order. Rows of PADDED values take an unrolled loop with the weights
 * in locals: the same sum in the same order, about three times faster (most of a draw).
 */
function productInto(
  values: Float64Array,
  w: Float64Array,
  factorOf: Float64Array,
  patternOf: Uint32Array,
  scores: Float64Array,
): void {
  const accounts = scores.length;
  if (w.length === PADDED) {
    const w0 = w[0],
      w1 = w[1],
      w2 = w[2],
      w3 = w[3],
      w4 = w[4],
      w5 = w[5],
      w6 = w[6],
      w7 = w[7];
    for (let i = 0, r = 0; i < accounts; i++, r += PADDED) {
      const weightedSum =
        w0 * values[r] +
        w1 * values[r + 1] +
        w2 * values[r + 2] +
        w3 * values[r + 3] +
        w4 * values[r + 4] +
        w5 * values[r + 5] +
        w6 * values[r + 6] +
        w7 * values[r + 7];
      scores[i] = weightedSum * factorOf[patternOf[i]];
    }
    return;
  }
  const stride = w.length;
  for (let i = 0, row = 0; i < accounts; i++, row += stride) {
    let weightedSum = 0;
    for (let c = 0; c < stride; c++) weightedSum += w[c] * values[row + c];
    scores[i] = weightedSum * factorOf[patternOf[i]];
  }
}
