// Stability is 1 for an account no weighting in the range can move past a band edge: the bound on how
// far a score can move is derived from each account's own values, not assumed.
import fc from 'fast-check';
import { DEFAULT_TIERS } from '../../../src/core';
import { nominalBandEnds } from '../../../src/core/score/tiers';
import { tierStability } from '../../../src/core/stability/stability';
import { runTiers } from './fixtures';

const SPREAD = 0.25;

/**
 * The most a weighting with every weight times a factor in [1 - s, 1 + s] can move a score
 * 100 Σ w v / Σ w: Σ w'(v - μ) = Σ w (f - 1)(v - μ) since Σ w (v - μ) = 0 at μ = score / 100, so
 * |Δ| <= 100 s Σ w |v - μ| / ((1 - s) Σ w).
 */
function largestMove(values: readonly number[], weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  const mean = values.reduce((sum, v, c) => sum + weights[c] * v, 0) / total;
  const spread = values.reduce((sum, v, c) => sum + weights[c] * Math.abs(v - mean), 0);
  return (100 * SPREAD * spread) / ((1 - SPREAD) * total);
}

const table = fc
  .record({ n: fc.integer({ min: 5, max: 40 }), criteria: fc.integer({ min: 2, max: 5 }) })
  .chain(({ n, criteria }) =>
    fc.record({
      // Each account a row; the first one a clear leader (every value 1), the others below 0.9.
      rows: fc.array(
        fc.array(fc.double({ min: 0, max: 0.9, noNaN: true }), {
          minLength: criteria,
          maxLength: criteria,
        }),
        { minLength: n - 1, maxLength: n - 1 },
      ),
      weights: fc.array(fc.integer({ min: 1, max: 30 }), {
        minLength: criteria,
        maxLength: criteria,
      }),
    }),
  );

describe('stability and the largest move a weighting can make', () => {
  it('is 1 for every account whose margin to its band edges exceeds what any weighting can move', () => {
    fc.assert(
      fc.property(table, ({ rows, weights }) => {
        const all = [weights.map(() => 1), ...rows];
        const n = all.length;
        const input = {
          normalized: weights.map((_, c) => Float64Array.from(all, (row) => row[c])),
          missing: 'reweight' as const,
          minCoverage: 0,
          tiers: DEFAULT_TIERS,
        };
        const tierIndex = runTiers(input, weights);
        const total = weights.reduce((a, b) => a + b, 0);
        const score = all.map(
          (row) => (100 * row.reduce((s, v, c) => s + weights[c] * v, 0)) / total,
        );
        const move = all.map((row) => largestMove(row, weights));
        const ends = nominalBandEnds(DEFAULT_TIERS, n);
        const shares = tierStability(input, weights, tierIndex, {
          draws: 300,
          spread: SPREAD,
          seed: 11,
        });
        let certain = 0;
        for (let i = 0; i < n; i++) {
          const band = tierIndex[i];
          const lowest = score[i] - move[i];
          const highest = score[i] + move[i];
          let surelyAbove = 0;
          let maybeAbove = 0;
          for (let a = 0; a < n; a++) {
            if (a === i) continue;
            if (score[a] - move[a] > highest + 1e-6) surelyAbove++;
            if (score[a] + move[a] >= lowest - 1e-6) maybeAbove++;
          }
          const before = band === 0 ? 0 : ends[band - 1];
          if (surelyAbove >= before && maybeAbove + 1 <= ends[band]) {
            certain++;
            expect(shares[i]).toBe(1);
          }
        }
        // The leader (every value 1, nothing to move) is always among them.
        expect(certain).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
