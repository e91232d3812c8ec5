// One perturbed weighting at a time: every account's score as one matrix product over the run's
// normalised columns, then the run's own tier rules (minimum coverage, bands, ties) by selection.
import type { MissingPolicy, TierPolicy } from '../model/schema';
import { reachesCoverage, reachesScore, SCORE_TOLERANCE } from '../score/equality';
import { rankScores } from '../score/score';
import { assignTiers, bandCutOff, NO_TIER, nominalBandEnds } from '../score/tiers';
import { selectDescending } from './select';

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
 * same doubles): accounts with a missing value are the only ones whose denominator and coverage
 * depend on which weights are present, and are handled on their own after the product.
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
  const fill = missing === 'neutral' ? 0.5 : 0; // under reweight a missing value adds w * 0 = 0
  const incomplete: number[] = [];
  const seen = new Uint8Array(accounts);
  const filled = normalized.map((column) => {
    if (!column.some((v) => v !== v)) return column;
    const copy = Float64Array.from(column, (v) => (v === v ? v : fill));
    column.forEach((v, i) => {
      if (v !== v && seen[i] === 0) {
        seen[i] = 1;
        incomplete.push(i);
      }
    });
    return copy;
  });
  const reweight = missing === 'reweight';
  return {
    accounts,
    scoreInto(weights, scores) {
      let totalWeight = 0;
      for (let c = 0; c < criteria; c++) totalWeight += weights[c];
      scores.fill(0);
      for (let c = 0; c < criteria; c++) {
        const column = filled[c];
        const w = weights[c];
        for (let i = 0; i < accounts; i++) scores[i] += w * column[i];
      }
      const points = totalWeight > 0 ? 100 / totalWeight : NaN;
      const completeCovered = reachesCoverage(totalWeight > 0 ? 1 : 0, minCoverage);
      for (let i = 0; i < accounts; i++) scores[i] = completeCovered ? scores[i] * points : NaN;
      for (const i of incomplete) {
        let presentWeight = 0;
        let weightedSum = 0;
        for (let c = 0; c < criteria; c++) {
          if (normalized[c][i] === normalized[c][i]) presentWeight += weights[c];
          weightedSum += weights[c] * filled[c][i];
        }
        const denominator = reweight ? presentWeight : totalWeight;
        const coverage = totalWeight > 0 ? presentWeight / totalWeight : 0;
        scores[i] =
          denominator > 0 && reachesCoverage(coverage, minCoverage)
            ? weightedSum * (100 / denominator)
            : NaN;
      }
    },
  };
}

/** Past this distance above a band's last score, near-ties are settled by the run's own ranking. */
const TIE_WINDOW = 1e-6;

/**
 * Tiers of one weighting's rankable scores, exactly as assignTiers gives them after rankScores:
 * each band's last account is found by selection on `scratch`, and the band takes every account
 * ranked equal to it ("1224" groups measured from their top, SCORE_TOLERANCE apart).
 */
export function tiersOfWeighting(
  scores: Float64Array,
  policy: TierPolicy,
  scratch: Float64Array,
  out: Uint8Array,
): void {
  const last = policy.bands.length - 1;
  const n = scores.length;
  if (policy.method === 'thresholds') {
    const cutOffs = policy.bands.map((_, j) => bandCutOff(policy, j));
    for (let i = 0; i < n; i++) {
      const s = scores[i];
      let j = 0;
      if (s !== s) j = NO_TIER;
      else while (j < last && !reachesScore(s, cutOffs[j])) j++;
      out[i] = j;
    }
    return;
  }
  let m = 0;
  for (let i = 0; i < n; i++) if (scores[i] === scores[i]) scratch[m++] = scores[i];
  const tops = bandTops(scratch, m, nominalBandEnds(policy, m));
  if (tops === null) {
    out.set(assignTiers(scores, rankScores(scores), policy).tierIndex);
    return;
  }
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    let j = 0;
    if (s !== s) j = NO_TIER;
    else while (j < last && !(tops[j] - s <= SCORE_TOLERANCE)) j++;
    out[i] = j;
  }
}

/**
 * Per band but the last, the top of the tie group of its last account: an account is in that band
 * or a better one exactly when top - score <= SCORE_TOLERANCE. Null when a chain of near-ties is
 * too long to settle here (the caller ranks instead).
 */
function bandTops(
  scratch: Float64Array,
  m: number,
  nominal: readonly number[],
): Float64Array | null {
  const tops = new Float64Array(Math.max(0, nominal.length - 1)).fill(Infinity);
  let previous = 0;
  let top = Infinity;
  for (let j = 0; j < tops.length; j++) {
    const end = Math.min(Math.max(nominal[j], previous), m);
    if (end > previous) {
      // scratch[previous..m) holds the values ranked from position `previous` on.
      const edge = selectDescending(scratch, previous, m, end - 1);
      const found = groupTop(scratch, m, edge);
      if (found === null) return null;
      top = found;
      previous = end;
    }
    tops[j] = top;
  }
  return tops;
}

/** The top of the tie group holding `edge`, walked as rankScores walks the sorted scores. */
function groupTop(scratch: Float64Array, m: number, edge: number): number | null {
  const near: number[] = [];
  for (let i = 0; i < m; i++) {
    const s = scratch[i];
    if (s > edge && s <= edge + TIE_WINDOW) near.push(s);
  }
  if (near.length === 0) return edge;
  near.sort((a, b) => a - b);
  // The chain of near-ties above the edge; the value after it is more than the tolerance away, so
  // the chain's highest value starts a group of its own.
  let chained = 0;
  let below = edge;
  while (chained < near.length && near[chained] - below <= SCORE_TOLERANCE) below = near[chained++];
  if (chained === 0) return edge;
  if (chained === near.length && below + SCORE_TOLERANCE > edge + TIE_WINDOW) return null;
  let top = near[chained - 1];
  for (let k = chained - 2; k >= 0; k--) if (!(top - near[k] <= SCORE_TOLERANCE)) top = near[k];
  return top - edge <= SCORE_TOLERANCE ? top : edge;
}
