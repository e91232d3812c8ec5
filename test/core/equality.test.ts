// "Equal means equal" (DESIGN 3.3): scores a float rounding apart share rank, tier and cut-off.
import fc from 'fast-check';
import {
  DEFAULT_ABC,
  DEFAULT_TIERS,
  type NormalizeSpec,
  type PipelineOptions,
  type PreparedInput,
  runPipeline,
  type TierPolicy,
} from '../../src/core';

const ON_ZERO_ONE: NormalizeSpec = { method: 'scale', min: 0, max: 1 };

/** Accounts by their values on two criteria weighted 3 and 1 (values already on 0..1). */
function input(values: readonly (readonly [number, number])[]): PreparedInput {
  return {
    criteria: [3, 1].map((weight, k) => ({
      id: `c${k}`,
      label: `C${k}`,
      weight,
      direction: 'higher' as const,
      normalize: ON_ZERO_ONE,
      values: Float64Array.from(values, (v) => v[k]),
    })),
    revenue: Float64Array.from(values, () => 100),
  };
}

const options = (tiers: TierPolicy = DEFAULT_TIERS): PipelineOptions => ({
  missing: 'reweight',
  tiers,
  abc: DEFAULT_ABC,
  minCoverage: 0,
});

describe('two scores of exactly 55 that come out a rounding apart', () => {
  // 100·(3·0.6 + 0.4)/4 and 100·(3·0.4 + 1)/4 are both 55 in exact arithmetic.
  const accounts: [number, number][] = [
    [0.6, 0.4],
    [0.4, 1],
    [0.1, 0.1],
    [0.2, 0.1],
    [0.3, 0],
  ];

  it('are really computed a rounding apart (the reason for the rule)', () => {
    const { scores } = runPipeline(input(accounts), options());
    expect(scores[0]).not.toBe(scores[1]);
    expect(Math.abs(scores[0] - 55)).toBeLessThan(1e-12);
    expect(Math.abs(scores[1] - 55)).toBeLessThan(1e-12);
  });

  it('share the better rank ("1224") and so the same tier, whichever comes first in the sheet', () => {
    for (const rows of [accounts, [accounts[1], accounts[0], ...accounts.slice(2)]]) {
      const p = runPipeline(input(rows), options());
      expect([p.ranks[0], p.ranks[1]]).toEqual([1, 1]);
      expect(p.ranks[2]).toBeGreaterThan(2);
      // Five accounts: Key would end at rank 1; the tie rule takes both 55s in.
      expect(p.tiers.tierIndex[0]).toBe(p.tiers.tierIndex[1]);
      expect(p.tiers.counts[0]).toBe(2);
    }
  });

  it('both reach a thresholds cut-off of exactly 55', () => {
    const thresholds: TierPolicy = {
      method: 'thresholds',
      bands: [{ name: 'Key', min: 55 }, { name: 'Rest' }],
    };
    const p = runPipeline(input(accounts), options(thresholds));
    expect([p.tiers.tierIndex[0], p.tiers.tierIndex[1]]).toEqual([0, 0]);
    expect(p.tiers.counts).toEqual([2, 3]);
  });
});

describe('on the 21-step credit ladder', () => {
  it('treats equal weighted grades as equal scores', () => {
    // Grade at position p is worth (21 - p)/21: AA- (3) with BBB- (9) and A (5) with AA- (3) both
    // weigh 3·18 + 12 = 3·16 + 18 = 66 steps, yet the doubles come out a rounding apart.
    const step = (position: number): number => (21 - position) / 21;
    const a: [number, number] = [step(3), step(9)]; // 3·18 + 12 = 66 steps
    const b: [number, number] = [step(5), step(3)]; // 3·16 + 18 = 66 steps
    const p = runPipeline(input([a, b, [step(20), step(20)]]), options());
    expect(p.scores[0]).not.toBe(p.scores[1]);
    expect(p.ranks[0]).toBe(p.ranks[1]);
    expect(p.tiers.tierIndex[0]).toBe(p.tiers.tierIndex[1]);
  });
});

describe('property: accounts with the same values share rank and tier', () => {
  it('whatever the weights, the column order and where they sit in the table', () => {
    const value = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value, value), { minLength: 2, maxLength: 30 }),
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.nat(),
        fc.boolean(),
        (rows, weights, seed, reversed) => {
          const twin = rows[seed % rows.length];
          const all = [...rows, twin];
          const columns = reversed ? [2, 1, 0] : [0, 1, 2];
          const prepared: PreparedInput = {
            criteria: columns.map((k) => ({
              id: `c${k}`,
              label: `C${k}`,
              weight: weights[k],
              direction: 'higher' as const,
              normalize: ON_ZERO_ONE,
              values: Float64Array.from(all, (r) => r[k]),
            })),
            revenue: Float64Array.from(all, () => 1),
          };
          const p = runPipeline(prepared, options());
          const first = seed % rows.length;
          const last = all.length - 1;
          return (
            p.ranks[first] === p.ranks[last] && p.tiers.tierIndex[first] === p.tiers.tierIndex[last]
          );
        },
      ),
    );
  });
});
