// Accounts no weighting in the range can move across a band edge keep their tier in every draw: they
// are settled once, from a bound on how far a score can move, and the draws score only the others.
import { SCORE_TOLERANCE } from '../score/equality';
import { missingValue, scoreAccounts } from '../score/score';
import { bandCutOff, NO_TIER, nominalBandEnds } from '../score/tiers';
import type { WeightingInput } from './draws';
import type { SettledCounts } from './edges';
import { selectDescending } from './select';

/** Room kept between a settled account and any edge: wider than the near-tie window of edges.ts. */
const MARGIN = 1e-5;

export interface Settlement extends SettledCounts {
  /** Per account, 1 when it keeps its tier under every weighting in the range. */
  readonly settled: Uint8Array;
}

/**
 * A score is a weighted mean 100 Σ w v / Σ w of its values (missing ones filled as the policy says,
 * or left out under reweight). With every weight times a factor f in [1 - s, 1 + s], the sum
 * Σ w f (v - μ) = Σ w (f - 1)(v - μ) since Σ w (v - μ) = 0 at μ = score / 100, so the score moves by
 * at most 100 s Σ w |v - μ| / ((1 - s) Σ w).
 */
function scoreBounds(input: WeightingInput, weights: readonly number[], spread: number) {
  const { normalized, missing } = input;
  const criteria = normalized.length;
  // μ = score / 100, and Σ w (the weight the score divides by) = 100 / pointsPerWeight.
  const { scores, pointsPerWeight } = scoreAccounts(normalized, weights, missing);
  const n = scores.length;
  const fill = missingValue(missing); // NaN: left out, under reweight
  const low = new Float64Array(n).fill(NaN);
  const high = new Float64Array(n).fill(NaN);
  const complete = new Uint8Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    const mean = scores[i] / 100;
    let spreadSum = 0;
    for (let c = 0; c < criteria; c++) {
      let v = normalized[c][i];
      if (v !== v) {
        complete[i] = 0;
        v = fill;
      }
      if (v === v) spreadSum += weights[c] * Math.abs(v - mean);
    }
    if (mean !== mean) continue;
    const move = (spread * spreadSum * pointsPerWeight[i]) / (1 - spread) + MARGIN;
    low[i] = scores[i] - move;
    high[i] = scores[i] + move;
  }
  return { low, high, complete };
}

/** The k-th largest (1-based) of the finite values, or NaN. */
function kthLargest(values: Float64Array, k: number): number {
  const finite = new Float64Array(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) finite[count++] = values[i];
  if (k < 1 || k > count) return NaN;
  return selectDescending(finite, 0, count, k - 1);
}

/**
 * The settled accounts of a run: complete ones (their coverage never moves) whose whole score range
 * lies inside their band under every weighting; the band edges' own range comes from the k-th
 * largest of the accounts' lowest and highest scores. Null when nothing can be settled this way.
 */
export function settleAccounts(
  input: WeightingInput,
  weights: readonly number[],
  spread: number,
  tierIndex: Uint8Array,
): Settlement | null {
  if (!(spread < 1)) return null;
  const { low, high, complete } = scoreBounds(input, weights, spread);
  const n = tierIndex.length;
  const policy = input.tiers;
  const edges = policy.bands.length - 1;
  // Edges as ranges: [lowest, highest] score each band's last account can have.
  const edgeLow = new Float64Array(edges);
  const edgeHigh = new Float64Array(edges);
  if (policy.method === 'thresholds') {
    for (let j = 0; j < edges; j++) edgeLow[j] = edgeHigh[j] = bandCutOff(policy, j);
  } else {
    let always = 0;
    let sometimes = 0;
    for (let i = 0; i < n; i++) {
      if (complete[i] === 1 && tierIndex[i] !== NO_TIER) always++;
      if (high[i] === high[i]) sometimes++;
    }
    const fewest = nominalBandEnds(policy, always);
    const most = nominalBandEnds(policy, sometimes);
    const alwaysLow = low.map((v, i) => (complete[i] === 1 && tierIndex[i] !== NO_TIER ? v : NaN));
    for (let j = 0; j < edges; j++) {
      // More places than accounts always ranked: the edge may fall to any score.
      edgeLow[j] = most[j] > always ? -Infinity : kthLargest(alwaysLow, most[j]);
      edgeHigh[j] = kthLargest(high, Math.max(1, Math.min(fewest[j], always)));
      if (!(edgeLow[j] === edgeLow[j] && edgeHigh[j] === edgeHigh[j])) return null;
    }
  }
  const settled = new Uint8Array(n);
  const atOrAbove = new Int32Array(edges);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const band = tierIndex[i];
    if (complete[i] === 0 || band === NO_TIER) continue;
    const inBand = band === edges || low[i] > edgeHigh[band] + MARGIN;
    const belowBetter = band === 0 || high[i] + SCORE_TOLERANCE + MARGIN < edgeLow[band - 1];
    if (!inBand || !belowBetter) continue;
    settled[i] = 1;
    count++;
    for (let j = band; j < edges; j++) atOrAbove[j]++;
  }
  return count === 0 ? null : { settled, count, atOrAbove };
}
