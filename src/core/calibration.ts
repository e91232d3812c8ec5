// A run's frozen statistics, so one row can be scored later exactly as the run scored it (KAM.SCORE, KAM.TIER).
import { z } from 'zod';
import { cellParserFor } from './extract';
import { findColumn } from './columns';
import type { Model } from './model';
import { type RunResult, modeFor } from './identify';
import { isResultHeader } from './plan';
import { moneyLog } from './normalize';
import { contributionOf, scoreAccounts } from './score';
import { NO_TIER } from './tiers';
import type { Outcome, RawCell } from './types';
import { orderAscending } from './sort';

/** Percentile criteria keep their sorted values; above this many, per-row scoring is refused (not approximated). */
export const MAX_PERCENTILE_VALUES = 50_000;

const statsSchema = z.discriminatedUnion('kind', [
  /** minmax / log-minmax: range of the (transformed) values; null when the column had no value. */
  z.strictObject({
    kind: z.literal('range'),
    min: z.number().nullable(),
    max: z.number().nullable(),
  }),
  /** percentile: the column's non-missing values, ascending. */
  z.strictObject({ kind: z.literal('sorted'), values: z.array(z.number()) }),
  /** percentile over more values than are kept. */
  z.strictObject({ kind: z.literal('too-many'), count: z.number().int() }),
  /** scale, categorical, rating: fixed, nothing to keep. */
  z.strictObject({ kind: z.literal('fixed') }),
]);

export const calibrationSchema = z.strictObject({
  version: z.literal(1),
  /** Fingerprint of the model the run used (modelFingerprint): per-row scoring refuses another. */
  model: z.string(),
  /** How the run read text numbers; per-row formulas read them the same way. */
  numberLocale: z.enum(['decimal-point', 'decimal-comma']).nullable(),
  /** Criterion labels as the run showed them (the column headers unless the model names them). */
  labels: z.array(z.string()),
  /** The input columns in table order: a row passed to KAM.SCORE lines up with these. */
  headers: z.array(z.string()).min(1),
  /** Per model criterion, in model order. */
  stats: z.array(statsSchema),
  /**
   * Lowest score of each tier: the cut-off itself for `thresholds` tiers, otherwise the lowest
   * score the run put in the tier (null for an empty one). The last tier takes the rest.
   */
  tierFloors: z.array(z.number().nullable()),
  tierNames: z.array(z.string()).min(1),
  accounts: z.number().int().min(0),
});

export type Calibration = z.infer<typeof calibrationSchema>;
type Stats = Calibration['stats'][number];

function statsFor(result: RunResult, k: number): Stats {
  const criterion = result.criteria[k].criterion;
  const values = result.input.criteria[k].values;
  switch (criterion.normalize.method) {
    case 'minmax':
    case 'log-minmax': {
      const log = criterion.normalize.method === 'log-minmax';
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < values.length; i++) {
        const x = values[i];
        if (x !== x) continue;
        const t = log ? moneyLog(x) : x;
        if (t < min) min = t;
        if (t > max) max = t;
      }
      return min <= max ? { kind: 'range', min, max } : { kind: 'range', min: null, max: null };
    }
    case 'percentile': {
      const order = orderAscending(values);
      const sorted: number[] = [];
      for (let k2 = 0; k2 < order.length && values[order[k2]] === values[order[k2]]; k2++)
        sorted.push(values[order[k2]]);
      return sorted.length > MAX_PERCENTILE_VALUES
        ? { kind: 'too-many', count: sorted.length }
        : { kind: 'sorted', values: sorted };
    }
    default:
      return { kind: 'fixed' };
  }
}

/**
 * A short fingerprint of a model (FNV-1a over its canonical JSON): tells whether the saved run
 * was taken with the model now saved, without storing the model twice.
 */
export function modelFingerprint(model: Model): string {
  const text = JSON.stringify(model);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}

/** Takes the statistics of a run, to be saved in the workbook beside its model. */
export function calibrationFrom(result: RunResult): Calibration {
  const p = result.pipeline;
  const tiers = result.model.tiers;
  const floors: (number | null)[] = p.tiers.names.map(() => null);
  if (tiers.method === 'thresholds') {
    tiers.bands.forEach((band, j) => (floors[j] = band.min ?? null));
  } else {
    for (let i = 0; i < p.scores.length; i++) {
      const tier = p.tiers.tierIndex[i];
      if (tier === NO_TIER) continue;
      const floor = floors[tier];
      if (floor === null || p.scores[i] < floor) floors[tier] = p.scores[i];
    }
  }
  return {
    version: 1,
    model: modelFingerprint(result.model),
    numberLocale: result.table.numberLocale ?? null,
    labels: result.criteria.map((c) => c.label),
    headers: inputHeaders(result.table.headers),
    stats: result.criteria.map((_, k) => statsFor(result, k)),
    tierFloors: floors,
    tierNames: [...p.tiers.names],
    accounts: p.scores.length,
  };
}

/** The table's own columns, without result columns an earlier run of ours added. */
export function inputHeaders(headers: readonly string[]): string[] {
  return headers.filter((h) => !isResultHeader(h));
}

export interface RowScore {
  /** NaN when the row has no value for any weighted criterion (reweight). */
  readonly score: number;
  readonly coverage: number;
  readonly contributions: readonly {
    readonly id: string;
    readonly label: string;
    readonly points: number;
  }[];
  /** The tier the run's cut-offs give this score; null without a score. */
  readonly tier: string | null;
}

/** Frozen normalisation of one value; the same arithmetic as normalize.ts, so unchanged data scores identically. */
function normalizeWith(
  x: number,
  method: Model['criteria'][number]['normalize'],
  stats: Stats,
): number {
  if (x !== x) return NaN;
  switch (stats.kind) {
    case 'range': {
      if (stats.min === null || stats.max === null) return 0.5;
      const t = method.method === 'log-minmax' ? moneyLog(x) : x;
      const range = stats.max - stats.min;
      if (!(range > 0)) return 0.5;
      const v = (t - stats.min) / range;
      return v < 0 ? 0 : v > 1 ? 1 : v;
    }
    case 'sorted': {
      const n = stats.values.length;
      if (n <= 1) return 0.5;
      const less = lowerBound(stats.values, x);
      let equal = 0;
      while (less + equal < n && stats.values[less + equal] === x) equal++;
      // Ranks less+1 .. less+equal share their average; a value the run did not have sits at less+1.
      const averageRank = (2 * less + Math.max(equal, 1) + 1) / 2;
      const v = (averageRank - 1) / (n - 1);
      return v < 0 ? 0 : v > 1 ? 1 : v;
    }
    case 'too-many':
      return NaN;
    case 'fixed': {
      const lo = method.method === 'scale' ? method.min : 0;
      const hi = method.method === 'scale' ? method.max : 1;
      const v = (x - lo) / (hi - lo);
      return v < 0 ? 0 : v > 1 ? 1 : v;
    }
  }
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Why a saved run cannot score rows for a model: it was taken with another model, or not at all. */
export function calibrationProblem(model: Model, calibration: Calibration): Outcome<void> {
  if (calibration.model !== modelFingerprint(model)) {
    return {
      kind: 'error',
      code: 'calibration-mismatch',
      message:
        'The saved model changed since the last "Identify key accounts" run (weights, columns or tiers). Run it again so the per-row formulas use the new model.',
    };
  }
  return { kind: 'ok', value: undefined };
}

/**
 * Scores one row of input cells (lined up with calibration.headers) with the model and the run's
 * frozen statistics. The weighting is scoreAccounts itself on one-row columns, so while the data
 * is unchanged this gives the run's score and tier to the bit.
 */
export function scoreRow(
  model: Model,
  calibration: Calibration,
  row: readonly RawCell[],
): Outcome<RowScore> {
  if (row.length !== calibration.headers.length) {
    return {
      kind: 'error',
      code: 'row-shape',
      message: `Pass one row of the ${calibration.headers.length} input columns (${calibration.headers[0]} to ${calibration.headers[calibration.headers.length - 1]}); got ${row.length} cells.`,
    };
  }
  const matches = calibrationProblem(model, calibration);
  if (matches.kind === 'error') return matches;
  const locale = calibration.numberLocale ?? undefined;
  const normalized: Float64Array[] = [];
  for (let k = 0; k < model.criteria.length; k++) {
    const criterion = model.criteria[k];
    const stats = calibration.stats[k];
    if (stats.kind === 'too-many') {
      return {
        kind: 'error',
        code: 'percentile-too-large',
        message: `The criterion "${criterion.id}" ranks by percentile over ${stats.count} accounts, too many to score one row alone; use KAM.SCORES over the whole table.`,
      };
    }
    const index = findColumn(calibration.headers, criterion.column);
    const parsed = cellParserFor(modeFor(criterion), locale)(row[index]);
    const x = parsed.kind === 'value' || parsed.kind === 'value-with-warning' ? parsed.value : NaN;
    let v = normalizeWith(x, criterion.normalize, stats);
    if (criterion.direction === 'lower' && v === v) v = 1 - v;
    normalized.push(Float64Array.of(v));
  }
  const weights = model.criteria.map((c) => c.weight);
  const scored = scoreAccounts(normalized, weights, model.missing);
  const score = scored.scores[0];
  const contributions = model.criteria.map((c, k) => ({
    id: c.id,
    label: calibration.labels[k],
    points: contributionOf(normalized[k][0], c.weight, model.missing, scored.pointsPerWeight[0]),
  }));
  return {
    kind: 'ok',
    value: {
      score,
      coverage: scored.coverage[0],
      contributions,
      tier: tierFor(calibration, score),
    },
  };
}

/** The band whose floor the score reaches first, best band first; the last band takes the rest. */
export function tierFor(calibration: Calibration, score: number): string | null {
  if (score !== score) return null;
  const last = calibration.tierNames.length - 1;
  for (let j = 0; j < last; j++) {
    const floor = calibration.tierFloors[j];
    if (floor !== null && score >= floor) return calibration.tierNames[j];
  }
  return calibration.tierNames[last];
}
