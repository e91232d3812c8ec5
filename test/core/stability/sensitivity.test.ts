// Weight sensitivity against the run itself: the first band is unchanged before the reported change
// and changed at it; "null" means unchanged over the whole range.
import fc from 'fast-check';
import { weightSensitivity } from '../../../src/core/stability/sensitivity';
import { dataCases, firstBand, runTiers, type Case } from './fixtures';

function bandAt({ input, weights }: Case, k: number, change: number): string {
  const moved = weights.map((w, c) => (c === k ? w * (1 + change) : w));
  return firstBand(runTiers(input, moved)).join(',');
}

function checkDirection(
  c: Case,
  k: number,
  found: number | null,
  sign: 1 | -1,
  limit: number,
): void {
  const base = bandAt(c, k, 0);
  const GRID = 100;
  // Scores within 1e-9 points are equal, so the band already changes a hair before the exact crossing.
  const end = found === null ? limit : Math.abs(found) * (1 - 1e-6) - 1e-7;
  for (let s = 1; s <= GRID && end > 0; s++)
    expect(bandAt(c, k, (sign * end * s) / GRID)).toBe(base);
  if (found === null) return;
  const at = Math.abs(found);
  const near = [at, at * (1 + 1e-9), at + 1e-9, at + 1e-7, Math.min(limit, at + 1e-6)];
  expect(near.some((y) => bandAt(c, k, sign * Math.min(limit, y)) !== base)).toBe(true);
}

describe('weight sensitivity', () => {
  it('reports the first weight change, down and up, at which the first band changes', () => {
    fc.assert(
      fc.property(dataCases, (c) => {
        const tierIndex = runTiers(c.input, c.weights);
        const found = weightSensitivity(c.input, c.weights, tierIndex);
        found.forEach(({ down, up }, k) => {
          if (down !== null) expect(down <= 0 && down >= -1).toBe(true);
          if (up !== null) expect(up >= 0 && up <= 2).toBe(true);
          checkDirection(c, k, up, 1, 2);
          checkDirection(c, k, down, -1, 1);
        });
      }),
      { numRuns: 250 },
    );
  });

  it('finds where an account leaves a band its tie widened: once more than the tolerance below the tie', () => {
    // A counterexample fast-check found: accounts 15-17 tie, 29 is a hair above them, and the first
    // band (three places) holds all four; as the first weight grows, 29 falls below the tie.
    const input = {
      normalized: [
        Float64Array.from([
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          NaN,
          NaN,
          1,
          1,
          1,
          0,
          0,
          0,
          0,
          0,
          NaN,
          0,
          0,
          NaN,
          NaN,
          0,
          0.9944,
        ]),
        Float64Array.from([
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          NaN,
          0,
          0,
          0.75,
          0.75,
          0.75,
          NaN,
          0,
          0,
          NaN,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0.7504,
        ]),
      ],
      missing: 'reweight' as const,
      minCoverage: 0,
      tiers: {
        method: 'top-share' as const,
        bands: [{ name: 'A', share: 0.1 }, { name: 'B' }],
      },
    };
    const c: Case = { input, weights: [1, 15] };
    const [first, second] = weightSensitivity(input, c.weights, runTiers(input, c.weights));
    // Equal where 0.006 = 0.0056 (1 + y): y = 1/14.
    expect(first.up).toBeCloseTo(1 / 14, 6);
    checkDirection(c, 0, first.up, 1, 2);
    checkDirection(c, 1, second.down, -1, 1);
  });

  it('finds the crossing where two accounts trade places, to the digit', () => {
    // Scores 100(0.9·10 + 0.2·w)/(10 + w) and 100(0.6·10 + 0.8·w)/(10 + w): equal where 3 = 0.6 w, w = 5.
    const input = {
      normalized: [
        Float64Array.from([0.9, 0.6, 0.1, 0.1, 0.1]),
        Float64Array.from([0.2, 0.8, 0, 0, 0]),
      ],
      missing: 'reweight' as const,
      minCoverage: 0,
      tiers: { method: 'top-n' as const, bands: [{ name: 'Key', count: 1 }, { name: 'Rest' }] },
    };
    const [, second] = weightSensitivity(input, [10, 2], runTiers(input, [10, 2]));
    // A hair before 1.5: scores within 1e-9 points of each other are equal.
    expect(second.up).toBeCloseTo(1.5, 8);
    expect(second.up).toBeLessThanOrEqual(1.5);
    expect(second.down).toBeNull();
  });

  it('finds a tie near a zero weight to the digit, where the quadratic alone is 1e-8 early', () => {
    // Under reweight the first account's score is 25 whatever Relationship weighs, until it weighs 0
    // and the account has no score; the third's falls to 25 with it and ties (1e-9 points) where
    // Relationship weighs about 3 * 2.08e-11: the band gains the first account there.
    const input = {
      normalized: [
        Float64Array.from([NaN, NaN, 0.25, 0]),
        Float64Array.from([0.25, 0, 0.4101, NaN]),
      ],
      missing: 'reweight' as const,
      minCoverage: 0,
      tiers: {
        method: 'top-share' as const,
        bands: [{ name: 'Key', share: 0.2 }, { name: 'Growth', share: 0.3 }, { name: 'Core' }],
      },
    };
    const weights = [1, 3];
    const [, relationship] = weightSensitivity(input, weights, runTiers(input, weights));
    const before = firstBand(runTiers(input, weights)).join(',');
    const at = relationship.down ?? 0;
    expect(1 + at).toBeGreaterThan(1e-11);
    expect(1 + at).toBeLessThan(3e-11);
    expect(firstBand(runTiers(input, [1, 3 * (1 + at)])).join(',')).not.toBe(before);
    expect(firstBand(runTiers(input, [1, 3 * (1 + at * (1 - 1e-9))])).join(',')).toBe(before);
  });
});
