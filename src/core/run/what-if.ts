// The live what-if of the taskpane: normalisation and concentration prepared once, then each weight change only re-scores.
import { analyzeConcentration, paretoStatement } from '../concentration/concentration';
import {
  normalizeAll,
  type PipelineOptions,
  type PipelineResult,
  type PreparedInput,
  scoreNormalized,
  tierRevenueShare,
} from './pipeline';

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
