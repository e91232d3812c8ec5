// The portfolio quadrant (DESIGN 3.6): attractiveness from the score's tier, current value from the ABC class.
import { ABC_A } from './concentration';
import { NO_TIER, type TierAssignment } from '../score/tiers';

export type Quadrant = 'Key account' | 'Key development' | 'Maintenance' | 'Opportunistic';

/** Index order is fixed: attractive first, then high value first (pipeline stores these indices). */
export const QUADRANTS: readonly Quadrant[] = [
  'Key account',
  'Key development',
  'Maintenance',
  'Opportunistic',
];

/**
 * Index into QUADRANTS: attractive = a top tier, high value = ABC class A (DESIGN 3.6). An account
 * without revenue has no current value to speak of, so it counts as low value.
 */
export function quadrantIndex(attractive: boolean, highValue: boolean): number {
  return attractive ? (highValue ? 0 : 1) : highValue ? 2 : 3;
}

/** Index into QUADRANTS per account; NO_QUADRANT for accounts without a score. */
export const NO_QUADRANT = 255;

/** Attractive = one of the first two tiers (Key, Growth by default), never the last tier. */
export function portfolioQuadrants(tiers: TierAssignment, abc: Uint8Array): Uint8Array {
  const attractiveBands = Math.min(2, tiers.names.length - 1);
  const tierIndex = tiers.tierIndex;
  const quadrant = new Uint8Array(abc.length);
  for (let i = 0; i < quadrant.length; i++) {
    const tier = tierIndex[i];
    if (tier === NO_TIER) {
      quadrant[i] = NO_QUADRANT;
      continue;
    }
    quadrant[i] = quadrantIndex(tier < attractiveBands, abc[i] === ABC_A);
  }
  return quadrant;
}
