// Random normalised tables and tier policies for the stability and sensitivity properties.
import fc from 'fast-check';
import type { MissingPolicy, TierPolicy } from '../../../src/core';
import { rankableScores, rankScores, scoreAccounts } from '../../../src/core/score/score';
import { assignTiers } from '../../../src/core/score/tiers';
import type { WeightingInput } from '../../../src/core/stability/draws';

export const policies: TierPolicy[] = [
  {
    method: 'top-share',
    bands: [{ name: 'Key', share: 0.2 }, { name: 'Growth', share: 0.3 }, { name: 'Core' }],
  },
  { method: 'top-share', bands: [{ name: 'A', share: 0.1 }, { name: 'B' }] },
  {
    method: 'top-n',
    bands: [{ name: 'Key', count: 3 }, { name: 'Growth', count: 4 }, { name: 'Core' }],
  },
  {
    method: 'top-share',
    bands: [
      { name: 'A', share: 0.1 },
      { name: 'B', share: 0.2 },
      { name: 'C', share: 0.3 },
      { name: 'D' },
    ],
  },
  {
    method: 'thresholds',
    bands: [{ name: 'Key', min: 60 }, { name: 'Growth', min: 40 }, { name: 'Core' }],
  },
];

/** Values from a coarse grid (ties, as ratings give) or anywhere in [1e-6, 1], some missing. */
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(0, 0.25, 0.5, 0.75, 1) },
  { weight: 4, arbitrary: fc.double({ min: 1e-6, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(NaN) },
);

/**
 * Values as normalised data gives them (a grid, or four decimals), some missing. Values like 1e-6
 * next to 0.9999999999999966 put scores a hair apart as a weight nears zero, where the 1e-9 tie
 * tolerance, not the crossing, decides: sensitivity is exact up to that tolerance.
 */
const dataValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(0, 0.25, 0.5, 0.75, 1) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((k) => k / 10_000) },
  { weight: 1, arbitrary: fc.constant(NaN) },
);

export interface Case {
  readonly input: WeightingInput;
  readonly weights: number[];
}

function casesOf(cell: fc.Arbitrary<number>): fc.Arbitrary<Case> {
  return fc
    .record({ n: fc.integer({ min: 1, max: 30 }), criteria: fc.integer({ min: 1, max: 5 }) })
    .chain(({ n, criteria }) =>
      fc.record({
        columns: fc.array(fc.array(cell, { minLength: n, maxLength: n }), {
          minLength: criteria,
          maxLength: criteria,
        }),
        weights: fc.array(fc.integer({ min: 1, max: 40 }), {
          minLength: criteria,
          maxLength: criteria,
        }),
        missing: fc.constantFrom<MissingPolicy>('reweight', 'zero', 'neutral'),
        minCoverage: fc.constantFrom(0, 0.6, 0.8),
        tiers: fc.constantFrom(...policies),
      }),
    )
    .map(({ columns, weights, missing, minCoverage, tiers }) => ({
      input: { normalized: columns.map((c) => Float64Array.from(c)), missing, minCoverage, tiers },
      weights,
    }));
}

export const cases = casesOf(value);
export const dataCases = casesOf(dataValue);

/** The run's own rules, step by step: scores, minimum coverage, ranks, tiers. */
export function runTiers(input: WeightingInput, weights: ArrayLike<number>): Uint8Array {
  const { scores, coverage } = scoreAccounts(input.normalized, Array.from(weights), input.missing);
  const rankable = rankableScores(scores, coverage, input.minCoverage).scores;
  return assignTiers(rankable, rankScores(rankable), input.tiers).tierIndex;
}

export function firstBand(tiers: Uint8Array): number[] {
  const members: number[] = [];
  tiers.forEach((t, i) => t === 0 && members.push(i));
  return members;
}
