// Tiers of one weighting's scores exactly as assignTiers gives them after rankScores, with each band's
// last account found by selection: in a narrow window around the previous draw's edge (Floyd-Rivest's
// idea: the draws move the edges little), else on a full copy.
import type { TierPolicy } from '../model/schema';
import { reachesScore, SCORE_TOLERANCE } from '../score/equality';
import { rankScores } from '../score/score';
import { assignTiers, bandCutOff, NO_TIER, nominalBandEnds } from '../score/tiers';
import { selectDescending } from './select';

/** Past this distance above a band's last score, near-ties are settled by the run's own ranking. */
const TIE_WINDOW = 1e-6;
/** A window's first half-width, in points. */
const FIRST_HALF_WIDTH = 1;
/** A score in a window: its band waits for the window's edge. */
const PENDING = -1;

export interface WeightingTiers {
  /**
   * The top of each band but the last under these scores (the same array, overwritten by the next
   * call): an account is in band j or a better one exactly when tops[j] - score <= SCORE_TOLERANCE.
   * Null when they are not found this way (thresholds, a draw that moved an edge past the
   * settled accounts, long chains of near-ties): the caller then uses assignWithoutTops.
   */
  bandTops(scores: Float64Array): Float64Array | null;
  /**
   * Writes each account's tier index (NO_TIER where the score is NaN) for rankable scores. False
   * when the scores are only some of the accounts (see SettledAccounts) and the draw moved an edge
   * past what the others allow: the caller then tiers the whole table.
   */
  assign(scores: Float64Array, out: Uint8Array): boolean;
  /** assign for scores whose band tops bandTops did not find (it does not look for them again). */
  assignWithoutTops(scores: Float64Array, out: Uint8Array): boolean;
}

/**
 * Accounts left out of the scores because no weighting in the range moves them across a band edge
 * (see settle.ts): how many, and how many of them sit in each band or a better one.
 */
export interface SettledCounts {
  readonly count: number;
  /** Per band but the last: settled accounts in that band or a better one. */
  readonly atOrAbove: Int32Array;
}

const NONE_SETTLED = (edges: number): SettledCounts => ({
  count: 0,
  atOrAbove: new Int32Array(edges),
});

export function weightingTiers(
  policy: TierPolicy,
  accounts: number,
  settled: SettledCounts = NONE_SETTLED(Math.max(0, policy.bands.length - 1)),
): WeightingTiers {
  const last = policy.bands.length - 1;
  if (policy.method === 'thresholds') {
    const cutOffs = policy.bands.map((_, j) => bandCutOff(policy, j));
    const assign = (scores: Float64Array, out: Uint8Array): boolean => {
      for (let i = 0; i < scores.length; i++) {
        const s = scores[i];
        let j = 0;
        if (s !== s) j = NO_TIER;
        else while (j < last && !reachesScore(s, cutOffs[j])) j++;
        out[i] = j;
      }
      return true;
    };
    return { bandTops: () => null, assign, assignWithoutTops: assign };
  }
  const edges = Math.max(0, last);
  const scratch = new Float64Array(accounts);
  // Per edge: the window [low, high] around the last draw's edge value, and the accounts in it.
  const center = new Float64Array(edges).fill(NaN);
  const halfWidth = new Float64Array(edges).fill(FIRST_HALF_WIDTH);
  const low = new Float64Array(edges);
  const high = new Float64Array(edges);
  const inWindow = Array.from({ length: edges }, () => new Float64Array(accounts));
  const count = new Int32Array(edges);
  const decided = new Int32Array(edges + 1);
  const tops = new Float64Array(edges);

  /**
   * Band tops from the windows: an account above a window is in that band (or better), one between
   * two windows in the band between; only the values in a window are selected among. False when an
   * edge fell outside its window (it is widened for the next draw).
   */
  const topsFromWindows = (scores: Float64Array): boolean => {
    for (let j = 0; j < edges; j++) {
      if (center[j] !== center[j]) return false;
      low[j] = center[j] - halfWidth[j] - TIE_WINDOW;
      high[j] = center[j] + halfWidth[j];
      if (j > 0 && !(low[j - 1] > high[j])) return false;
    }
    const ranked = edges === 2 ? gatherTwo(scores) : gatherMany(scores);
    const m = ranked + settled.count;
    const nominal = nominalBandEnds(policy, m);
    let previous = 0;
    let above = 0;
    for (let j = 0; j < edges; j++) {
      above += decided[j];
      const end = Math.min(Math.max(nominal[j], previous), m);
      // An empty band (its end at the previous one) is left to the full selection.
      if (end <= previous) return false;
      const at = end - 1 - above - settled.atOrAbove[j];
      if (at < 0 || at >= count[j]) {
        halfWidth[j] *= 2;
        return false;
      }
      const edge = selectDescending(inWindow[j], 0, count[j], at);
      if (edge < low[j] + TIE_WINDOW || edge + TIE_WINDOW > high[j]) return false;
      const found = groupTop(inWindow[j], at, edge);
      if (found === null) return false;
      tops[j] = found;
      previous = end;
      center[j] = edge;
      // A window holding more than a quarter of the accounts is narrowed (selecting in it costs little).
      if (count[j] > Math.max(512, m / 4)) halfWidth[j] *= 0.8;
      above += count[j];
    }
    return true;
  };

  /**
   * Counts the scores above each window (decided[j]: in band j, above window j and below window
   * j - 1) and copies the scores in each window into inWindow; the number of rankable scores.
   */
  const gatherMany = (scores: Float64Array): number => {
    count.fill(0);
    decided.fill(0);
    let ranked = 0;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i];
      if (s !== s) continue;
      ranked++;
      let band: number = edges;
      for (let j = 0; j < edges; j++) {
        if (s > high[j]) {
          band = j;
          break;
        }
        if (s >= low[j]) {
          inWindow[j][count[j]++] = s;
          band = PENDING;
          break;
        }
      }
      if (band !== PENDING) decided[band]++;
    }
    return ranked;
  };

  /**
   * gatherMany for the usual three bands, without a branch on the scores (they fall on either side
   * of an edge at random, which a branch predictor cannot learn): each score is written into both
   * windows' next free place and the place is taken only when the score is in the window.
   */
  const gatherTwo = (scores: Float64Array): number => {
    const high0 = high[0];
    const low0 = low[0];
    const high1 = high[1];
    const low1 = low[1];
    const values0 = inWindow[0];
    const values1 = inWindow[1];
    const n = scores.length;
    let unranked = 0;
    let in0 = 0;
    let in1 = 0;
    let first = 0;
    let second = 0;
    for (let i = 0; i < n; i++) {
      const s = scores[i];
      values0[in0] = s;
      values1[in1] = s;
      // low0 > high1 (checked above), so the windows and the band between them do not overlap.
      in0 += +(s >= low0) & +(s <= high0);
      in1 += +(s >= low1) & +(s <= high1);
      first += +(s > high0);
      second += +(s > high1) & +(s < low0);
      unranked += +(s !== s);
    }
    count[0] = in0;
    count[1] = in1;
    decided[0] = first;
    decided[1] = second;
    return n - unranked;
  };

  /** Band tops by selection on a full copy; false when they cannot be settled here. */
  const topsFromCopy = (scores: Float64Array): boolean => {
    let ranked = 0;
    for (let i = 0; i < scores.length; i++)
      if (scores[i] === scores[i]) scratch[ranked++] = scores[i];
    const m = ranked + settled.count;
    const nominal = nominalBandEnds(policy, m);
    let previous = 0;
    let from = 0;
    let top = Infinity;
    for (let j = 0; j < edges; j++) {
      const end = Math.min(Math.max(nominal[j], previous), m);
      if (end > previous) {
        // scratch[from..ranked) holds the scored values ranked below the previous edge.
        const at = end - 1 - settled.atOrAbove[j];
        if (at < from || at >= ranked) return false;
        const edge = selectDescending(scratch, from, ranked, at);
        const found = groupTop(scratch, at, edge);
        if (found === null) return false;
        top = found;
        previous = end;
        from = at + 1;
        center[j] = edge;
      }
      tops[j] = top;
    }
    return true;
  };

  /** The run's own ranking, when the scores are every account's. */
  const assignWithoutTops = (scores: Float64Array, out: Uint8Array): boolean => {
    if (settled.count > 0) return false;
    out.set(assignTiers(scores, rankScores(scores), policy).tierIndex);
    return true;
  };
  const bandTops = (scores: Float64Array): Float64Array | null =>
    topsFromWindows(scores) || topsFromCopy(scores) ? tops : null;
  return {
    bandTops,
    assign(scores, out) {
      const found = bandTops(scores);
      if (found === null) return assignWithoutTops(scores, out);
      tiersFromTops(scores, found, out);
      return true;
    },
    assignWithoutTops,
  };
}

/**
 * The top of the tie group holding `edge` (rankScores measures each group from its top), given
 * that every value above `edge` is in values[0..before). An account is in the edge's band or a
 * better one exactly when top - score <= SCORE_TOLERANCE. Null when a chain of near-ties is too
 * long to settle here.
 */
function groupTop(values: Float64Array, before: number, edge: number): number | null {
  const near: number[] = [];
  for (let i = 0; i < before; i++) {
    const s = values[i];
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

/** Each rankable account's band: the first whose tie-group top it is within the tolerance of. */
function tiersFromTops(scores: Float64Array, tops: Float64Array, out: Uint8Array): void {
  const tolerance = SCORE_TOLERANCE;
  const edges = tops.length;
  const noTier = NO_TIER;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    let j = 0;
    if (s !== s) j = noTier;
    else while (j < edges && !(tops[j] - s <= tolerance)) j++;
    out[i] = j;
  }
}
