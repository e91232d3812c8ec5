// The stability draws' fast path (matrix product + selection) gives exactly the run's scores and tiers.
import fc from 'fast-check';
import { weightingScorer } from '../../../src/core/stability/draws';
import { weightingTiers } from '../../../src/core/stability/edges';
import { seededUniform } from '../../../src/core/stability/random';
import { selectDescending } from '../../../src/core/stability/select';
import { perturbWeights, tierStability } from '../../../src/core/stability/stability';
import { rankableScores, scoreAccounts } from '../../../src/core/score/score';
import { cases, policies, runTiers } from './fixtures';

describe('one perturbed weighting, scored and tiered the fast way', () => {
  it('gives the same rankable scores, bit for bit, as the run scoring those weights', () => {
    fc.assert(
      fc.property(cases, fc.integer(), ({ input, weights }, seed) => {
        const perturbed = new Float64Array(weights.length);
        perturbWeights(weights, 0.25, seededUniform(seed), perturbed);
        const fast = new Float64Array(input.normalized[0].length);
        weightingScorer(input).scoreInto(perturbed, fast);
        const run = scoreAccounts(input.normalized, Array.from(perturbed), input.missing);
        const expected = rankableScores(run.scores, run.coverage, input.minCoverage).scores;
        expect(Array.from(fast)).toEqual(Array.from(expected));
      }),
      { numRuns: 400 },
    );
  });

  it('gives every account the tier the run’s own ranking and tier rules give it', () => {
    fc.assert(
      fc.property(cases, fc.integer(), ({ input, weights }, seed) => {
        const uniform = seededUniform(seed);
        const n = input.normalized[0].length;
        const perturbed = new Float64Array(weights.length);
        const scores = new Float64Array(n);
        const tiers = new Uint8Array(n);
        // One tierer over several draws: later draws select within a window around the last edge.
        const tierer = weightingTiers(input.tiers, n);
        for (let draw = 0; draw < 8; draw++) {
          perturbWeights(weights, 0.25, uniform, perturbed);
          weightingScorer(input).scoreInto(perturbed, scores);
          tierer.assign(scores, tiers);
          expect(Array.from(tiers)).toEqual(Array.from(runTiers(input, perturbed)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('settles near-ties (scores a rounding apart) as the run ranks them', () => {
    const close = [55, 55 + 4e-10, 55 + 8e-10, 55 + 1.2e-9, 54.9999999996, 40, 30, 20, 10, 5];
    const input = {
      normalized: [Float64Array.from(close, (s) => s / 100)],
      missing: 'reweight' as const,
      minCoverage: 0,
      tiers: {
        method: 'top-share' as const,
        bands: [{ name: 'Key', share: 0.2 }, { name: 'Rest' }],
      },
    };
    const scores = new Float64Array(close.length);
    const tiers = new Uint8Array(close.length);
    weightingScorer(input).scoreInto([1], scores);
    weightingTiers(input.tiers, close.length).assign(scores, tiers);
    expect(Array.from(tiers)).toEqual(Array.from(runTiers(input, [1])));
    expect(tiers.filter((t) => t === 0).length).toBeGreaterThan(2);
  });
});

describe('selection', () => {
  it('puts the k-th largest value at k, larger ones before it and smaller ones after', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 60 }),
        fc.nat(),
        (values, at) => {
          const k = at % values.length;
          const a = Float64Array.from(values);
          const found = selectDescending(a, 0, a.length, k);
          const sorted = [...values].sort((x, y) => y - x);
          expect(found).toBe(sorted[k]);
          expect(a[k]).toBe(sorted[k]);
          for (let i = 0; i < k; i++) expect(a[i]).toBeGreaterThanOrEqual(found);
          for (let i = k + 1; i < a.length; i++) expect(a[i]).toBeLessThanOrEqual(found);
        },
      ),
    );
  });
});

describe('tier stability', () => {
  it('is the same for the same data, model and seed, and lies in [0, 1] for tiered accounts', () => {
    fc.assert(
      fc.property(cases, ({ input, weights }) => {
        const tierIndex = runTiers(input, weights);
        const options = { draws: 50, spread: 0.25, seed: 7 };
        const once = tierStability(input, weights, tierIndex, options);
        const again = tierStability(input, weights, tierIndex, options);
        expect(Array.from(again)).toEqual(Array.from(once));
        once.forEach((share, i) => {
          if (tierIndex[i] === 255) expect(share).toBeNaN();
          else expect(share >= 0 && share <= 1).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('counts, per account, the draws whose run tiers match its tier', () => {
    fc.assert(
      fc.property(cases, fc.integer(), ({ input, weights }, seed) => {
        const tierIndex = runTiers(input, weights);
        const draws = 20;
        const shares = tierStability(input, weights, tierIndex, { draws, spread: 0.3, seed });
        const uniform = seededUniform(seed);
        const kept = new Array<number>(tierIndex.length).fill(0);
        const perturbed = new Float64Array(weights.length);
        for (let d = 0; d < draws; d++) {
          perturbWeights(weights, 0.3, uniform, perturbed);
          runTiers(input, perturbed).forEach((t, i) => (kept[i] += t === tierIndex[i] ? 1 : 0));
        }
        tierIndex.forEach((t, i) => {
          if (t !== 255) expect(shares[i]).toBe(kept[i] / draws);
        });
      }),
      { numRuns: 150 },
    );
  });

  // Tables large enough for the windows around each edge (edges.ts) to hold most draws' edges.
  it.each(policies.map((tiers) => [tiers.bands.map((b) => b.name).join('/'), tiers] as const))(
    'counts the same on 3,000 accounts as the run tiering each draw (%s)',
    (_, tiers) => {
      const uniform = seededUniform(11);
      const n = 3000;
      const normalized = [0, 1, 2, 3].map((c) =>
        Float64Array.from({ length: n }, (_, i) =>
          (i * (c + 3)) % 17 === 0 ? NaN : c === 3 ? Math.floor(uniform() * 5) / 4 : uniform(),
        ),
      );
      const input = { normalized, missing: 'reweight' as const, minCoverage: 0.6, tiers };
      const weights = [30, 20, 15, 10];
      const tierIndex = runTiers(input, weights);
      const draws = 40;
      const shares = tierStability(input, weights, tierIndex, { draws, spread: 0.25, seed: 3 });
      const again = seededUniform(3);
      const kept = new Array<number>(n).fill(0);
      const perturbed = new Float64Array(weights.length);
      for (let d = 0; d < draws; d++) {
        perturbWeights(weights, 0.25, again, perturbed);
        runTiers(input, perturbed).forEach((t, i) => (kept[i] += t === tierIndex[i] ? 1 : 0));
      }
      let moved = 0;
      tierIndex.forEach((t, i) => {
        if (t === 255) expect(shares[i]).toBeNaN();
        else expect(shares[i]).toBe(kept[i] / draws);
        if (t !== 255 && kept[i] < draws) moved++;
      });
      // The draws do move accounts across edges (top-n: only around its 3rd and 7th places), so the
      // comparison is not between constants.
      expect(moved).toBeGreaterThan(tiers.method === 'top-n' ? 5 : 100);
    },
  );
});
