// Tier assignment from the ranking (DESIGN 3.4): top-share (default), thresholds and top-n.
import type { TierPolicy } from '../model/schema';
import { assertNever } from '../outcome';

/** Tier index of an account without a score. */
export const NO_TIER = 255;

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
 * Assigns tiers by walking the ranking best first. `order` lists account indices best first with
 * the `scored` accounts in front (see rankScores).
 */
export function assignTiers(
  scores: Float64Array,
  order: Uint32Array,
  scored: number,
  policy: TierPolicy,
): TierAssignment {
  const names = tierNames(policy);
  const tierIndex = new Uint8Array(scores.length).fill(NO_TIER);
  const counts = new Array<number>(names.length).fill(0);
  const ends = bandEnds(scores, order, scored, policy);
  let position = 0;
  for (let band = 0; band < ends.length; band++) {
    for (; position < ends[band]; position++) tierIndex[order[position]] = band;
    counts[band] = ends[band] - (band === 0 ? 0 : ends[band - 1]);
  }
  return { names, tierIndex, counts };
}

/** Position (count of accounts, best first) at which each band ends; the last ends at `scored`. */
function bandEnds(
  scores: Float64Array,
  order: Uint32Array,
  scored: number,
  policy: TierPolicy,
): number[] {
  const last = policy.bands.length - 1;
  switch (policy.method) {
    case 'top-share': {
      let cumulative = 0;
      const nominal = policy.bands.map((band, j) => {
        if (j === last) return scored;
        cumulative += band.share ?? 0;
        // The epsilon keeps 0.2 * 30 = 6.000000000000001 and 0.5 * 12 = 6 on the intended rank.
        const end = Math.floor(cumulative * scored + 1e-9);
        return j === 0 ? Math.max(1, end) : end;
      });
      return extendOverTies(scores, order, scored, nominal);
    }
    case 'top-n': {
      let cumulative = 0;
      const nominal = policy.bands.map((band, j) => {
        if (j === last) return scored;
        cumulative += band.count ?? 0;
        return cumulative;
      });
      return extendOverTies(scores, order, scored, nominal);
    }
    case 'thresholds': {
      const ends: number[] = [];
      let position = 0;
      policy.bands.forEach((band, j) => {
        if (j === last) position = scored;
        else {
          const cutOff = band.min ?? -Infinity;
          while (position < scored && scores[order[position]] >= cutOff) position++;
        }
        ends.push(position);
      });
      return ends;
    }
    default:
      return assertNever(policy, 'tier policy');
  }
}

/**
 * Clamps nominal ends to [previous end, scored], then lets every account whose score equals the
 * score of a band's last account join that band (so equal scores never straddle two tiers).
 */
function extendOverTies(
  scores: Float64Array,
  order: Uint32Array,
  scored: number,
  nominal: number[],
): number[] {
  const ends: number[] = [];
  let previous = 0;
  for (const wanted of nominal) {
    let end = Math.min(Math.max(wanted, previous), scored);
    if (end > previous) {
      const boundary = scores[order[end - 1]];
      while (end < scored && scores[order[end]] === boundary) end++;
    }
    ends.push(end);
    previous = end;
  }
  return ends;
}
