// Tier stability (DESIGN 3.9): the share of perturbed weightings under which each account keeps its tier.
import { NO_TIER } from '../score/tiers';
import { tiersOfWeighting, type WeightingInput, weightingScorer } from './draws';
import { seededUniform } from './random';

export interface StabilityOptions {
  /** Perturbed weightings drawn (default 1,000; fewer for very large tables, see drawsFor). */
  readonly draws: number;
  /** Each weight is multiplied by a factor uniform in [1 - spread, 1 + spread] (default 0.25). */
  readonly spread: number;
  /** Seed of the generator: the same data and model always give the same figures. */
  readonly seed: number;
}

export const DEFAULT_STABILITY: StabilityOptions = { draws: 1000, spread: 0.25, seed: 20_240_610 };

/** Accounts x draws a run spends at most (about a quarter of a second at 7 criteria)... */
export const STABILITY_WORK = 10_000_000;
/** ...but never fewer draws than this, so a share still reads to the percent. */
export const MIN_STABILITY_DRAWS = 100;

/** The draws a run of `accounts` accounts makes when `requested` are asked for. */
export function drawsFor(accounts: number, requested: number): number {
  const affordable = Math.floor(STABILITY_WORK / Math.max(1, accounts));
  return Math.max(1, Math.min(requested, Math.max(MIN_STABILITY_DRAWS, affordable)));
}

/** Every weight times its own factor uniform in [1 - spread, 1 + spread], drawn in criteria order. */
export function perturbWeights(
  weights: readonly number[],
  spread: number,
  uniform: () => number,
  out: Float64Array,
): void {
  for (let c = 0; c < weights.length; c++)
    out[c] = weights[c] * (1 - spread + 2 * spread * uniform());
}

/**
 * Per account, the share of `draws` perturbed weightings under which it gets `tierIndex`, its tier
 * in the run; NaN for an account the run did not tier (no score, or not enough data).
 */
export function tierStability(
  input: WeightingInput,
  weights: readonly number[],
  tierIndex: Uint8Array,
  options: StabilityOptions,
): Float64Array {
  const scorer = weightingScorer(input);
  const n = scorer.accounts;
  const kept = new Uint32Array(n);
  const scores = new Float64Array(n);
  const scratch = new Float64Array(n);
  const tiers = new Uint8Array(n);
  const perturbed = new Float64Array(weights.length);
  const uniform = seededUniform(options.seed);
  for (let d = 0; d < options.draws; d++) {
    perturbWeights(weights, options.spread, uniform, perturbed);
    scorer.scoreInto(perturbed, scores);
    tiersOfWeighting(scores, input.tiers, scratch, tiers);
    for (let i = 0; i < n; i++) if (tiers[i] === tierIndex[i]) kept[i]++;
  }
  const shares = new Float64Array(n);
  for (let i = 0; i < n; i++)
    shares[i] = tierIndex[i] === NO_TIER || options.draws === 0 ? NaN : kept[i] / options.draws;
  return shares;
}
