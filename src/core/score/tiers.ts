// Tier assignment from the ranking (DESIGN 3.4): top-share (default), thresholds and top-n.
import type { TierPolicy } from '../model/schema';
import { assertNever } from '../outcome';
import { reachesScore } from './equality';
import type { Ranking } from './score';

/** Tier index of an account without a score, or without enough data for a tier. */
export const NO_TIER = 255;

/** What the tier column says for an account whose coverage is below the model's minimum. */
export const NOT_ENOUGH_DATA = 'Not enough data';

export interface TierAssignment {
  readonly names: readonly string[];
  /** Per account: index into names, or NO_TIER. */
  readonly tierIndex: Uint8Array;
  /** Accounts per tier, in the order of names. */
  readonly counts: readonly number[];
}

export function tierNames(policy: TierPolicy): string[] {
  return policy.bands.map((band) => band.name);
}

/**
 * Assigns tiers by walking the ranking best first (see rankScores): `order` lists account indices
 * best first with the ranked accounts in front, `ranks` says which of them are equal.
 */
export function assignTiers(
  scores: Float64Array,
  ranking: Ranking,
  policy: TierPolicy,
): TierAssignment {
  const { order } = ranking;
  const names = tierNames(policy);
  const tierIndex = new Uint8Array(scores.length).fill(NO_TIER);
  const counts = new Array<number>(names.length).fill(0);
  const ends = bandEnds(scores, ranking, policy);
  let position = 0;
  for (let band = 0; band < ends.length; band++) {
    for (; position < ends[band]; position++) tierIndex[order[position]] = band;
    counts[band] = ends[band] - (band === 0 ? 0 : ends[band - 1]);
  }
  return { names, tierIndex, counts };
}

/** Position (count of accounts, best first) at which each band ends; the last ends at `scored`. */
function bandEnds(scores: Float64Array, ranking: Ranking, policy: TierPolicy): number[] {
  const { order, scored } = ranking;
  if (policy.method !== 'thresholds')
    return extendOverTies(ranking, nominalBandEnds(policy, scored));
  const last = policy.bands.length - 1;
  const ends: number[] = [];
  let position = 0;
  policy.bands.forEach((_, j) => {
    if (j === last) position = scored;
    else {
      const cutOff = bandCutOff(policy, j);
      while (position < scored && reachesScore(scores[order[position]], cutOff)) position++;
    }
    ends.push(position);
  });
  return ends;
}

/**
 * Where each band of a top-share or top-n policy ends before ties are added (a count of ranked
 * accounts, best first): the one rule shared by the run and the stability draws.
 */
export function nominalBandEnds(policy: TierPolicy, scored: number): number[] {
  const last = policy.bands.length - 1;
  let cumulative = 0;
  switch (policy.method) {
    case 'top-share':
      return policy.bands.map((band, j) => {
        if (j === last) return scored;
        cumulative += band.share ?? 0;
        // The epsilon keeps 0.2 * 30 = 6.000000000000001 and 0.5 * 12 = 6 on the intended rank.
        const end = Math.floor(cumulative * scored + 1e-9);
        return j === 0 ? Math.max(1, end) : end;
      });
    case 'top-n':
      return policy.bands.map((band, j) => {
        if (j === last) return scored;
        cumulative += band.count ?? 0;
        return cumulative;
      });
    case 'thresholds':
      throw new Error('Threshold bands end at their cut-offs, not at a count.');
    default:
      return assertNever(policy, 'tier policy');
  }
}

/** The score an account must reach for a threshold band (-Infinity for the last band). */
export function bandCutOff(policy: TierPolicy, band: number): number {
  if (policy.method !== 'thresholds' || band === policy.bands.length - 1) return -Infinity;
  return policy.bands[band].min ?? -Infinity;
}

/**
 * Clamps nominal ends to [previous end, scored], then lets every account whose score equals the
 * score of a band's last account (shares its rank) join that band, so equal scores never
 * straddle two tiers.
 */
function extendOverTies(ranking: Ranking, nominal: number[]): number[] {
  const { order, ranks, scored } = ranking;
  const ends: number[] = [];
  let previous = 0;
  for (const wanted of nominal) {
    let end = Math.min(Math.max(wanted, previous), scored);
    if (end > previous) {
      const boundary = ranks[order[end - 1]];
      while (end < scored && ranks[order[end]] === boundary) end++;
    }
    ends.push(end);
    previous = end;
  }
  return ends;
}
