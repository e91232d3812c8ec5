// Weighted scores 0-100 with their per-criterion contributions, and "1224" ranks (DESIGN 3.3).
import type { MissingPolicy } from '../model/schema';
import { sortDescending } from '../numeric/sort';
import { reachesCoverage, SCORE_TOLERANCE } from './equality';

export interface ScoreColumns {
  /** 0..100; NaN when the account has no value for any weighted criterion (policy `reweight`). */
  readonly scores: Float64Array;
  /** Present weight / total weight, 0..1. */
  readonly coverage: Float64Array;
  /**
   * 100 / (the weight in the account's denominator): a criterion's contribution is
   * weight * value * pointsPerWeight. Kept instead of a contribution table so that scoring a
   * million accounts does not write seven million contributions nobody may read.
   */
  readonly pointsPerWeight: Float64Array;
}

/**
 * Scores every account from normalised criterion columns. Weights are relative.
 * `reweight` divides by the weight of the criteria present; `zero` counts a missing value as 0 and
 * `neutral` as 0.5, both dividing by the total weight.
 */
export function scoreAccounts(
  normalized: readonly Float64Array[],
  weights: readonly number[],
  missing: MissingPolicy,
): ScoreColumns {
  const n = normalized.length > 0 ? normalized[0].length : 0;
  let totalWeight = 0;
  for (let c = 0; c < normalized.length; c++) totalWeight += weights[c];
  const fill = missingValue(missing);

  const criteria = normalized.length;
  const reweight = missing === 'reweight';
  const fills = weights.map((w) => (fill === fill ? w * fill : 0)); // under reweight a missing value adds nothing
  const scores = new Float64Array(n);
  const coverage = new Float64Array(n);
  const pointsPerWeight = new Float64Array(n);
  // Account by account, criteria in model order: one write per output instead of a
  // read-modify-write per criterion, and the same summation order as calibration.scoreRow.
  for (let i = 0; i < n; i++) {
    let weightedSum = 0;
    let presentWeight = 0;
    for (let c = 0; c < criteria; c++) {
      const v = normalized[c][i];
      if (v === v) {
        weightedSum += weights[c] * v;
        presentWeight += weights[c];
      } else {
        weightedSum += fills[c];
      }
    }
    const denominator = reweight ? presentWeight : totalWeight;
    const points = denominator > 0 ? 100 / denominator : NaN;
    pointsPerWeight[i] = points;
    scores[i] = weightedSum * points;
    coverage[i] = totalWeight > 0 ? presentWeight / totalWeight : 0;
  }
  return { scores, coverage, pointsPerWeight };
}

/** The value a missing criterion counts as: none under reweight (NaN), 0 or 0.5 otherwise. */
export function missingValue(missing: MissingPolicy): number {
  return missing === 'zero' ? 0 : missing === 'neutral' ? 0.5 : NaN;
}

/**
 * One criterion's contribution to one account's score, 100 * w * v / denominator, in points;
 * NaN where the criterion is missing and does not count (reweight) or the account has no score.
 * An account's contributions add up to its score.
 */
export function contributionOf(
  normalizedValue: number,
  weight: number,
  missing: MissingPolicy,
  pointsPerWeight: number,
): number {
  const v = normalizedValue === normalizedValue ? normalizedValue : missingValue(missing);
  return weight * v * pointsPerWeight;
}

export interface Ranking {
  /** Account indices best first; equal scores in input order; unranked (NaN) last. */
  readonly order: Uint32Array;
  /** 1 = best; equal scores share the better rank ("1224"); 0 for unranked accounts. */
  readonly ranks: Int32Array;
  /** How many accounts are ranked. */
  readonly scored: number;
}

/**
 * Ranks scores best first (NaN: not ranked). Scores within SCORE_TOLERANCE of the first score of
 * their group share its rank, so float rounding never splits a tie (and a long chain of near
 * scores does not drift into one group: each group is measured from its top).
 */
export function rankScores(scores: Float64Array): Ranking {
  // The sorted scores come with the order, so the walk below reads memory in sequence instead of
  // jumping to scores[order[k]] a million times.
  const { order, sorted } = sortDescending(scores);
  const ranks = new Int32Array(scores.length);
  let scored = 0;
  let groupTop = NaN;
  let rank = 0;
  for (let k = 0; k < order.length; k++) {
    const s = sorted[k];
    if (s !== s) break;
    if (!(groupTop - s <= SCORE_TOLERANCE)) {
      rank = k + 1;
      groupTop = s;
    }
    ranks[order[k]] = rank;
    scored++;
  }
  return { order, ranks, scored };
}

/**
 * The scores that take part in ranking: an account whose coverage is below the model's minimum
 * keeps its score for the report but is not ranked or tiered (NaN here). The scores themselves
 * are returned when every scored account has enough data (the usual case: no copy).
 */
export function rankableScores(
  scores: Float64Array,
  coverage: Float64Array,
  minCoverage: number,
): { readonly scores: Float64Array; readonly notEnoughData: number } {
  let notEnoughData = 0;
  for (let i = 0; i < scores.length; i++)
    if (scores[i] === scores[i] && !reachesCoverage(coverage[i], minCoverage)) notEnoughData++;
  if (notEnoughData === 0) return { scores, notEnoughData };
  const rankable = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++)
    rankable[i] = reachesCoverage(coverage[i], minCoverage) ? scores[i] : NaN;
  return { scores: rankable, notEnoughData };
}
