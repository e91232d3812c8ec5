// Tier bands from the ranking (DESIGN 3.4), including ties at band edges and tiny portfolios.
import { type TierPolicy, DEFAULT_TIERS } from '../../src/core';
import { rankScores } from '../../src/core/score/score';
import { assignTiers, NO_TIER } from '../../src/core/score/tiers';

function tiersOf(scores: number[], policy: TierPolicy = DEFAULT_TIERS): string[] {
  const values = Float64Array.from(scores);
  const { tierIndex, names } = assignTiers(values, rankScores(values), policy);
  return Array.from(tierIndex, (t) => (t === NO_TIER ? '-' : names[t]));
}

const descending = (n: number): number[] => Array.from({ length: n }, (_, i) => 100 - i);

describe('top-share tiers', () => {
  it('puts ranks 1-2 in Key, 3-6 in Growth and 7-12 in Core for 12 accounts', () => {
    const tiers = tiersOf(descending(12));
    expect(tiers.slice(0, 2)).toEqual(['Key', 'Key']);
    expect(tiers.slice(2, 6)).toEqual(Array(4).fill('Growth'));
    expect(tiers.slice(6)).toEqual(Array(6).fill('Core'));
  });

  it('ends a band exactly at floor(C * n) even when C * n is a float like 6.000000000000001', () => {
    // 0.2 * 30 = 6.000000000000001, (0.2 + 0.3) * 30 = 15
    const tiers = tiersOf(descending(30));
    expect(tiers.filter((t) => t === 'Key')).toHaveLength(6);
    expect(tiers.filter((t) => t === 'Growth')).toHaveLength(9);
  });

  it('gives the only account of a portfolio of one the Key tier', () => {
    expect(tiersOf([42])).toEqual(['Key']);
  });

  it('keeps at least one Key account when 20% of n is below one', () => {
    expect(tiersOf([9, 8, 7])).toEqual(['Key', 'Core', 'Core']);
  });

  it('lets an account tied with the last Key account join Key', () => {
    // 10 accounts: Key would be ranks 1-2, but rank 3 has the same score as rank 2.
    const scores = [99, 90, 90, 80, 70, 60, 50, 40, 30, 20];
    const tiers = tiersOf(scores);
    expect(tiers.slice(0, 3)).toEqual(['Key', 'Key', 'Key']);
    expect(tiers[3]).toBe('Growth');
  });

  it('puts all accounts in Key when every score is equal', () => {
    expect(tiersOf([5, 5, 5, 5, 5])).toEqual(Array(5).fill('Key'));
  });

  it('leaves unscored accounts without a tier and out of n', () => {
    // 5 scored: Key = floor(1) = 1, Growth ends at floor(2.5) = 2
    expect(tiersOf([NaN, 50, 40, 30, 20, 10])).toEqual([
      '-',
      'Key',
      'Growth',
      'Core',
      'Core',
      'Core',
    ]);
  });

  it('uses the user’s band names and shares', () => {
    const policy: TierPolicy = {
      method: 'top-share',
      bands: [{ name: 'Strategic', share: 0.5 }, { name: 'Other' }],
    };
    expect(tiersOf([1, 2, 3, 4], policy)).toEqual(['Other', 'Other', 'Strategic', 'Strategic']);
  });
});

describe('threshold tiers', () => {
  const policy: TierPolicy = {
    method: 'thresholds',
    bands: [{ name: 'Key', min: 70 }, { name: 'Growth', min: 50 }, { name: 'Core' }],
  };
  it('cuts at score thresholds, a score on the cut-off belonging to the higher band', () => {
    expect(tiersOf([70, 69.9, 50, 10], policy)).toEqual(['Key', 'Growth', 'Growth', 'Core']);
  });
  it('may leave a band empty', () => {
    expect(tiersOf([60, 55], policy)).toEqual(['Growth', 'Growth']);
  });
});

describe('top-n tiers', () => {
  const policy: TierPolicy = {
    method: 'top-n',
    bands: [{ name: 'Key', count: 2 }, { name: 'Growth', count: 1 }, { name: 'Core' }],
  };
  it('takes a fixed number of accounts per band', () => {
    expect(tiersOf([10, 50, 40, 30, 20], policy)).toEqual(['Core', 'Key', 'Key', 'Growth', 'Core']);
  });
  it('lets an account tied at the edge join the band', () => {
    expect(tiersOf([50, 40, 40, 30], policy)).toEqual(['Key', 'Key', 'Key', 'Core']);
  });
});
