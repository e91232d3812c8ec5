// The scoring pipeline on parsed columns: normalise -> score -> rank -> tiers -> concentration -> quadrant.
import {
  analyzeConcentration,
  type ConcentrationAnalysis,
  paretoStatement,
  ABC_A,
  quadrantIndex,
} from './concentration';
import type { AbcThresholds, MissingPolicy, NormalizeSpec, TierPolicy } from './model';
import { type Direction, normalizeColumn } from './normalize';
import { contributionOf, rankScores, scoreAccounts } from './score';
import { assignTiers, NO_TIER, type TierAssignment } from './tiers';

/** One criterion's values as extracted from the sheet (categorical/rating already mapped to [0,1]). */
export interface PreparedCriterion {
  readonly id: string;
  readonly label: string;
  readonly weight: number;
  readonly direction: Direction;
  readonly normalize: NormalizeSpec;
  /** NaN marks a missing value. */
  readonly values: Float64Array;
}

export interface PreparedInput {
  readonly criteria: readonly PreparedCriterion[];
  /** Revenue per account (NaN = missing), negatives kept: concentration counts them as 0. */
  readonly revenue: Float64Array;
}

export interface PipelineOptions {
  readonly missing: MissingPolicy;
  readonly tiers: TierPolicy;
  readonly abc: AbcThresholds;
}

/** Index into QUADRANTS per account; NO_QUADRANT for accounts without a score. */
export const NO_QUADRANT = 255;

export interface PipelineResult {
  readonly normalized: readonly Float64Array[];
  readonly scores: Float64Array;
  readonly coverage: Float64Array;
  readonly weights: readonly number[];
  readonly missing: MissingPolicy;
  /** See ScoreColumns.pointsPerWeight; contributions are derived on demand (accountContributions). */
  readonly pointsPerWeight: Float64Array;
  readonly order: Uint32Array;
  readonly ranks: Int32Array;
  readonly scored: number;
  readonly tiers: TierAssignment;
  readonly concentration: ConcentrationAnalysis;
  readonly quadrant: Uint8Array;
}

export function normalizeAll(criteria: readonly PreparedCriterion[]): Float64Array[] {
  return criteria.map((c) => normalizeColumn(c.values, c.normalize, c.direction));
}

export function runPipeline(input: PreparedInput, options: PipelineOptions): PipelineResult {
  const normalized = normalizeAll(input.criteria);
  const concentration = analyzeConcentration(input.revenue, options.abc);
  return scoreNormalized(normalized, weightsOf(input.criteria), concentration, options);
}

function weightsOf(criteria: readonly PreparedCriterion[]): number[] {
  return criteria.map((c) => c.weight);
}

function scoreNormalized(
  normalized: readonly Float64Array[],
  weights: readonly number[],
  concentration: ConcentrationAnalysis,
  options: PipelineOptions,
): PipelineResult {
  const { scores, coverage, pointsPerWeight } = scoreAccounts(normalized, weights, options.missing);
  const { order, ranks, scored } = rankScores(scores);
  const tiers = assignTiers(scores, order, scored, options.tiers);
  const quadrant = quadrantIndexes(tiers, concentration.abc);
  return {
    normalized,
    scores,
    coverage,
    weights,
    missing: options.missing,
    pointsPerWeight,
    order,
    ranks,
    scored,
    tiers,
    concentration,
    quadrant,
  };
}

/** Each criterion's contribution to one account's score, in points (NaN where it does not count); they add up to the score. */
export function accountContributions(result: PipelineResult, account: number): Float64Array {
  const points = new Float64Array(result.normalized.length);
  for (let c = 0; c < points.length; c++) {
    points[c] = contributionOf(
      result.normalized[c][account],
      result.weights[c],
      result.missing,
      result.pointsPerWeight[account],
    );
  }
  return points;
}

/** Attractive = one of the first two tiers (Key, Growth by default), never the last tier. */
function quadrantIndexes(tiers: TierAssignment, abc: Uint8Array): Uint8Array {
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

export interface WhatIfSummary {
  readonly tierNames: readonly string[];
  readonly tierCounts: readonly number[];
  /** Share of total revenue brought by the first tier's accounts (NaN without revenue). */
  readonly keyRevenueShare: number;
  readonly paretoStatement: string;
  readonly result: PipelineResult;
}

export interface WhatIf {
  /** Re-scores with new weights (one per criterion, in input order); normalisation and concentration are reused. */
  recompute(weights: readonly number[]): WhatIfSummary;
}

/** Prepares the weight-independent work once, so moving a weight slider only re-scores. */
export function createWhatIf(input: PreparedInput, options: PipelineOptions): WhatIf {
  const normalized = normalizeAll(input.criteria);
  const concentration = analyzeConcentration(input.revenue, options.abc);
  const statement = paretoStatement(concentration);
  return {
    recompute(weights) {
      if (weights.length !== normalized.length) {
        throw new RangeError(`expected ${normalized.length} weights, got ${weights.length}`);
      }
      const result = scoreNormalized(normalized, weights, concentration, options);
      return {
        tierNames: result.tiers.names,
        tierCounts: result.tiers.counts,
        keyRevenueShare: tierRevenueShare(result.tiers.tierIndex, concentration, 0),
        paretoStatement: statement,
        result,
      };
    },
  };
}

/** Revenue share of the accounts in one tier. */
export function tierRevenueShare(
  tierIndex: Uint8Array,
  concentration: ConcentrationAnalysis,
  tier: number,
): number {
  if (!(concentration.totalRevenue > 0)) return NaN;
  let share = 0;
  const shares = concentration.revenueShare;
  for (let i = 0; i < tierIndex.length; i++) {
    if (tierIndex[i] === tier) {
      const s = shares[i];
      if (s === s) share += s;
    }
  }
  return share;
}
