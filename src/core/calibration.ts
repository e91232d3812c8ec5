// A run's frozen statistics, so one row can be scored later exactly as the run scored it (KAM.SCORE, KAM.TIER).
import { z } from 'zod';
import { cellParserFor } from './extract';
import { findColumn } from './columns';
import type { Model } from './model';
import { type RunResult, modeFor } from './identify';
import { isResultHeader } from './plan';
import { moneyLog } from './normalize';
import { contributionOf } from './score';
import { NO_TIER } from './tiers';
import type { NumberLocale, Outcome, RawCell } from './types';
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
  /** The input columns in table order: a row passed to KAM.SCORE lines up with these. */
  headers: z.array(z.string()).min(1),
  /** Per model criterion, in model order. */
  stats: z.array(statsSchema),
  /** Lowest score of each tier of the run (null for an empty tier); the last tier takes the rest. */
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

/** Takes the statistics of a run, to be saved in the workbook beside its model. */
export function calibrationFrom(result: RunResult): Calibration {
  const p = result.pipeline;
  const floors: (number | null)[] = p.tiers.names.map(() => null);
  for (let i = 0; i < p.scores.length; i++) {
    const tier = p.tiers.tierIndex[i];
    if (tier === NO_TIER) continue;
    const floor = floors[tier];
    if (floor === null || p.scores[i] < floor) floors[tier] = p.scores[i];
  }
  return {
    version: 1,
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

/**
 * Scores one row of input cells (lined up with calibration.headers) with the model and the run's
 * frozen statistics. While the data is unchanged this gives exactly the run's score and tier.
 */
export function scoreRow(
  model: Model,
  calibration: Calibration,
  row: readonly RawCell[],
  locale?: NumberLocale,
): Outcome<RowScore> {
  if (row.length !== calibration.headers.length) {
    return {
      kind: 'error',
      code: 'row-shape',
      message: `Pass one row of the ${calibration.headers.length} input columns (${calibration.headers[0]} to ${calibration.headers[calibration.headers.length - 1]}); got ${row.length} cells.`,
    };
  }
  if (calibration.stats.length !== model.criteria.length) {
    return {
      kind: 'error',
      code: 'calibration-mismatch',
      message: 'The saved run does not match the saved model. Run "Identify key accounts" again.',
    };
  }
  let totalWeight = 0;
  for (const c of model.criteria) totalWeight += c.weight;
  const fill = model.missing === 'zero' ? 0 : model.missing === 'neutral' ? 0.5 : NaN;
  let weightedSum = 0;
  let presentWeight = 0;
  const normalized: number[] = [];
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
    if (index < 0)
      return {
        kind: 'error',
        code: 'model-column-missing',
        message: `The saved model reads the column "${criterion.column}", which the saved run does not have. Run "Identify key accounts" again.`,
      };
    const parsed = cellParserFor(modeFor(criterion), locale)(row[index]);
    const x = parsed.kind === 'value' || parsed.kind === 'value-with-warning' ? parsed.value : NaN;
    let v = normalizeWith(x, criterion.normalize, stats);
    if (criterion.direction === 'lower' && v === v) v = 1 - v;
    normalized.push(v);
    // Accumulated in the pipeline's order, so the floating-point result is the same to the bit.
    if (v === v) {
      weightedSum += criterion.weight * v;
      presentWeight += criterion.weight;
    } else if (fill === fill) weightedSum += criterion.weight * fill;
  }
  const denominator = model.missing === 'reweight' ? presentWeight : totalWeight;
  const points = denominator > 0 ? 100 / denominator : NaN;
  const score = weightedSum * points;
  const contributions = model.criteria.map((c, k) => ({
    id: c.id,
    label: c.label ?? c.column,
    points: contributionOf(normalized[k], c.weight, model.missing, points),
  }));
  return {
    kind: 'ok',
    value: {
      score,
      coverage: totalWeight > 0 ? presentWeight / totalWeight : 0,
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
