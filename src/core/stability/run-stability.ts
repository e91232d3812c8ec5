// A run's stability figures: each account's tier stability and each criterion's weight sensitivity,
// measured on the columns the run already normalised, with the run's own rules.
import type { Model } from '../model/schema';
import type { PipelineResult, PreparedCriterion } from '../run/pipeline';
import { type WeightSensitivity, weightSensitivity } from './sensitivity';
import { DEFAULT_STABILITY, drawsFor, type StabilityOptions, tierStability } from './stability';

export interface CriterionSensitivity extends WeightSensitivity {
  /** The criterion's id in the model. */
  readonly criterion: string;
  /** What the panel and the summary call it (its label, else its column). */
  readonly label: string;
}

export interface RunStability {
  /** Weightings drawn: the requested number, fewer on very large tables (see drawsFor). */
  readonly draws: number;
  readonly requestedDraws: number;
  readonly spread: number;
  readonly seed: number;
  /** Per account, the share of draws keeping its tier; NaN for an account without a tier. */
  readonly shares: Float64Array;
  readonly sensitivity: readonly CriterionSensitivity[];
}

/** Stability below this marks a first-band account as borderline (the panel's and summary's list). */
export const BORDERLINE_STABILITY = 0.8;

export function measureRunStability(
  pipeline: PipelineResult,
  model: Model,
  criteria: readonly PreparedCriterion[],
  options: Partial<StabilityOptions> = {},
): RunStability {
  const requested = { ...DEFAULT_STABILITY, ...options };
  const draws = drawsFor(pipeline.scores.length, requested.draws);
  const input = {
    normalized: pipeline.normalized,
    missing: pipeline.missing,
    minCoverage: model.minCoverage,
    tiers: model.tiers,
  };
  const tierIndex = pipeline.tiers.tierIndex;
  const shares = tierStability(input, pipeline.weights, tierIndex, { ...requested, draws });
  const sensitivity = weightSensitivity(input, pipeline.weights, tierIndex).map((s, k) => ({
    criterion: criteria[k].id,
    label: criteria[k].label,
    ...s,
  }));
  return {
    draws,
    requestedDraws: requested.draws,
    spread: requested.spread,
    seed: requested.seed,
    shares,
    sensitivity,
  };
}
