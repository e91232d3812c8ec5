// Tier stability (DESIGN 3.9): the share of perturbed weightings under which each account keeps its tier.
import { rankScores } from '../score/score';
import { SCORE_TOLERANCE } from '../score/equality';
import { assignTiers, NO_TIER } from '../score/tiers';
import { type WeightingInput, weightingScorer } from './draws';
import { weightingTiers } from './edges';
import { settleAccounts } from './settle';
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
/** ...but never fewer draws than this (a full sheet: shares in steps of 5%). */
export const MIN_STABILITY_DRAWS = 20;

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
 * in the run; NaN for an account the run did not tier (no score, or not enough data). Accounts no
 * weighting in the range can move across an edge (settle.ts) keep it in every draw without being
 * scored; the draws score the others.
 */
export function tierStability(
  input: WeightingInput,
  weights: readonly number[],
  tierIndex: Uint8Array,
  options: StabilityOptions,
): Float64Array {
  const n = tierIndex.length;
  const settlement = settleAccounts(input, weights, options.spread, tierIndex);
  const moving = movingAccounts(n, settlement?.settled);
  const subset = { ...input, normalized: input.normalized.map((column) => pick(column, moving)) };
  const scorer = weightingScorer(subset);
  const tierer = weightingTiers(input.tiers, moving.length, settlement ?? undefined);
  const scores = new Float64Array(moving.length);
  const tiers = new Uint8Array(moving.length);
  const runTiers = pick(tierIndex, moving);
  const kept = new Uint32Array(moving.length);
  const perturbed = new Float64Array(weights.length);
  const uniform = seededUniform(options.seed);
  let wholeTable: ((weights: Float64Array) => Uint8Array) | null = null;
  for (let d = 0; d < options.draws; d++) {
    perturbWeights(weights, options.spread, uniform, perturbed);
    scorer.scoreInto(perturbed, scores);
    const tops = tierer.bandTops(scores);
    if (tops !== null) {
      if (tops.length === 2) countKeptTwo(scores, tops, runTiers, kept);
      else countKept(scores, tops, runTiers, kept);
      continue;
    }
    if (!tierer.assignWithoutTops(scores, tiers)) {
      // This draw moved an edge further than the settled accounts allow: tier the whole table.
      wholeTable ??= wholeTableTiers(input);
      const all = wholeTable(perturbed);
      for (let k = 0; k < moving.length; k++) tiers[k] = all[moving[k]];
    }
    for (let k = 0; k < moving.length; k++) if (tiers[k] === runTiers[k]) kept[k]++;
  }
  const shares = new Float64Array(n);
  for (let i = 0; i < n; i++) shares[i] = tierIndex[i] === NO_TIER || options.draws === 0 ? NaN : 1;
  for (let k = 0; k < moving.length; k++) {
    const i = moving[k];
    if (tierIndex[i] !== NO_TIER && options.draws > 0) shares[i] = kept[k] / options.draws;
  }
  return shares;
}

/** The accounts the draws score: every one not settled. */
function movingAccounts(n: number, settled: Uint8Array | undefined): Uint32Array {
  let count = n;
  if (settled !== undefined) for (let i = 0; i < n; i++) count -= settled[i];
  const moving = new Uint32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (settled?.[i] !== 1) moving[k++] = i;
  return moving;
}

/** values[at[0]], values[at[1]], ... in an array of the same kind. */
function pick<T extends Float64Array | Uint8Array>(values: T, at: Uint32Array): T {
  const picked = values.slice(0, at.length) as T;
  for (let k = 0; k < at.length; k++) picked[k] = values[at[k]];
  return picked;
}

/**
 * kept[i] + 1 for each account whose score is in its run tier `tiers[i]` under these band tops (see
 * WeightingTiers.bandTops); a NaN score is in no band.
 */
function countKept(
  scores: Float64Array,
  tops: Float64Array,
  tiers: Uint8Array,
  kept: Uint32Array,
): void {
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    let band = s === s ? 0 : NO_TIER;
    if (band === 0) while (band < tops.length && !(tops[band] - s <= SCORE_TOLERANCE)) band++;
    if (band === tiers[i]) kept[i]++;
  }
}

/**
 * countKept for the usual three bands, without a branch on the scores (which side of an edge a
 * score falls on is random, which a branch predictor cannot learn): the band is the number of tops
 * the score is below, and a NaN score is put past every band.
 */
function countKeptTwo(
  scores: Float64Array,
  tops: Float64Array,
  tiers: Uint8Array,
  kept: Uint32Array,
): void {
  const top0 = tops[0];
  const top1 = tops[1];
  const tolerance = SCORE_TOLERANCE;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    const band = +(top0 - s > tolerance) + +(top1 - s > tolerance) + 8 * +(s !== s);
    kept[i] += +(band === tiers[i]);
  }
}

/** Tiers of every account under one weighting, with the run's own ranking. */
function wholeTableTiers(input: WeightingInput): (weights: Float64Array) => Uint8Array {
  const scorer = weightingScorer(input);
  const scores = new Float64Array(scorer.accounts);
  return (weights) => {
    scorer.scoreInto(weights, scores);
    return assignTiers(scores, rankScores(scores), input.tiers).tierIndex;
  };
}
