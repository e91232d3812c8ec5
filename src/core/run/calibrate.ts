// Takes a run's statistics (normalisation fits, tier floors) to save beside its model, for the per-row formulas.
import {
  type Calibration,
  MAX_PERCENTILE_VALUES,
  modelFingerprint,
  type SavedFit,
} from '../score/calibration';
import { fitNormalization } from '../score/normalize';
import { NO_TIER } from '../score/tiers';
import { isResultHeader } from '../table/headers';
import type { RunResult } from './identify';

/** A criterion's fit as saved: a percentile over too many accounts keeps only its count. */
function savedFit(result: RunResult, k: number): SavedFit {
  const fit = fitNormalization(
    result.input.criteria[k].values,
    result.criteria[k].criterion.normalize,
  );
  if (fit.kind === 'sorted' && fit.values.length > MAX_PERCENTILE_VALUES)
    return { kind: 'too-many', count: fit.values.length };
  return fit.kind === 'sorted' ? { kind: 'sorted', values: [...fit.values] } : fit;
}

/** Lowest score of each tier: the cut-off for `thresholds`, else the lowest score the run put in it. */
function tierFloors(result: RunResult): (number | null)[] {
  const p = result.pipeline;
  const tiers = result.model.tiers;
  const floors: (number | null)[] = p.tiers.names.map(() => null);
  if (tiers.method === 'thresholds') {
    tiers.bands.forEach((band, j) => (floors[j] = band.min ?? null));
    return floors;
  }
  for (let i = 0; i < p.scores.length; i++) {
    const tier = p.tiers.tierIndex[i];
    if (tier === NO_TIER) continue;
    const floor = floors[tier];
    if (floor === null || p.scores[i] < floor) floors[tier] = p.scores[i];
  }
  return floors;
}

/** The table's own columns, without result columns an earlier run of ours added. */
export function inputHeaders(headers: readonly string[]): string[] {
  return headers.filter((h) => !isResultHeader(h));
}

/** Takes the statistics of a run, to be saved in the workbook beside its model. */
export function calibrationFrom(result: RunResult): Calibration {
  return {
    version: 1,
    model: modelFingerprint(result.model),
    numberLocale: result.table.numberLocale ?? null,
    labels: result.criteria.map((c) => c.label),
    headers: inputHeaders(result.table.headers),
    stats: result.criteria.map((_, k) => savedFit(result, k)),
    tierFloors: tierFloors(result),
    tierNames: [...result.pipeline.tiers.names],
    accounts: result.pipeline.scores.length,
    ...(result.idColumn === null ? {} : { idColumn: result.idColumn.header }),
  };
}
