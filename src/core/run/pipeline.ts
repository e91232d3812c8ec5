// The scoring pipeline on parsed columns: normalise -> score -> rank -> tiers -> concentration -> quadrant.
import { analyzeConcentration, type ConcentrationAnalysis } from '../concentration/concentration';
import { portfolioQuadrants } from '../concentration/portfolio';
import type { AbcThresholds, MissingPolicy, NormalizeSpec, TierPolicy } from '../model/schema';
import { type Direction, normalizeColumn } from '../score/normalize';
import { contributionOf, rankableScores, rankScores, scoreAccounts } from '../score/score';
import { assignTiers, type TierAssignment } from '../score/tiers';

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
  readonly minCoverage: number;
}

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
  /** Accounts ranked and tiered: scored, with enough data. */
  readonly scored: number;
  /** Accounts with a score whose coverage is below the model's minimum: no rank, tier or quadrant. */
  readonly notEnoughData: number;
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

export function scoreNormalized(
  normalized: readonly Float64Array[],
  weights: readonly number[],
  concentration: ConcentrationAnalysis,
  options: PipelineOptions,
): PipelineResult {
  const { scores, coverage, pointsPerWeight } = scoreAccounts(normalized, weights, options.missing);
  const rankable = rankableScores(scores, coverage, options.minCoverage);
  const ranking = rankScores(rankable.scores);
  const { order, ranks, scored } = ranking;
  const tiers = assignTiers(rankable.scores, ranking, options.tiers);
  const quadrant = portfolioQuadrants(tiers, concentration.abc);
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
    notEnoughData: rankable.notEnoughData,
    tiers,
    concentration,
    quadrant,
  };
}

/** Whether an account has a score but too little data for a rank and a tier (below the minimum coverage). */
export function lacksData(result: PipelineResult, account: number): boolean {
  return result.scores[account] === result.scores[account] && result.ranks[account] === 0;
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
