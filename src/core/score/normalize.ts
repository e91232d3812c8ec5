// Normalisation of one criterion to [0,1] (DESIGN 3.2) as a fit/apply pair: a run fits a column and
// applies the fit to it; per-row formulas apply the run's saved fit to one value. NaN marks a missing value.
import type { NormalizeSpec } from '../model/schema';
import { orderAscending } from '../numeric/sort';

export type Direction = 'higher' | 'lower';

/** Value of every account in a column that does not discriminate (one value, or all equal). */
export const DEGENERATE_VALUE = 0.5;

/**
 * What a data-driven normalisation learns from a column, and all it needs to place a value later:
 * - range (minmax, log-minmax): the lowest and highest (transformed) value; null for an empty column;
 * - sorted (percentile): the column's values, ascending;
 * - fixed (scale, categorical, rating): nothing, the scale is in the model.
 * This is also the shape the run's statistics are saved in (see calibration.ts).
 */
export type NormalizationFit =
  | { readonly kind: 'range'; readonly min: number | null; readonly max: number | null }
  | { readonly kind: 'sorted'; readonly values: readonly number[] }
  | { readonly kind: 'fixed' };

/**
 * ln(1 + max(x, 0)), the money transform of log-minmax: money columns are heavily skewed, so the
 * log spreads the small accounts. Math.log(1 + x) rather than Math.log1p: the same for amounts of
 * money and a third faster on a million rows.
 */
export function moneyLog(x: number): number {
  return Math.log(1 + (x > 0 ? x : 0));
}

const identity = (x: number): number => x;

function transformOf(spec: NormalizeSpec): (x: number) => number {
  return spec.method === 'log-minmax' ? moneyLog : identity;
}

/** (t - min) / (max - min), clipped; a column without spread gives the degenerate value. */
function rescale(t: number, min: number, range: number): number {
  if (!(range > 0)) return DEGENERATE_VALUE;
  const v = (t - min) / range;
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** (x - lo) / (hi - lo) on a fixed scale, clipped. */
function onScale(x: number, lo: number, hi: number): number {
  const v = (x - lo) / (hi - lo);
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** The fixed scale of a method: its own for `scale`; categorical and rating values are already on [0,1]. */
function fixedScale(spec: NormalizeSpec): { lo: number; hi: number } {
  return spec.method === 'scale' ? { lo: spec.min, hi: spec.max } : { lo: 0, hi: 1 };
}

/**
 * (average rank - 1) / (n - 1) for a value with `less` values below it and `equal` values equal to
 * it among n (ranks ascending from 1, ties sharing their average rank); a value the column did not
 * have sits where it would go. One value alone is degenerate.
 */
function percentileValue(less: number, equal: number, n: number): number {
  if (n <= 1) return DEGENERATE_VALUE;
  const averageRank = (2 * less + Math.max(equal, 1) + 1) / 2;
  const v = (averageRank - 1) / (n - 1);
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/**
 * Lowest and highest transformed value over the non-missing values; with `out`, the transformed
 * values are kept there too (so a column's transform, a log for money, runs once per value).
 */
function scanRange(
  values: Float64Array,
  transform: (x: number) => number,
  out: Float64Array | null,
): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== x) {
      if (out !== null) out[i] = NaN;
      continue;
    }
    const t = transform(x);
    if (out !== null) out[i] = t;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  return { min, max };
}

function sortedValues(values: Float64Array, order: Uint32Array): number[] {
  const sorted: number[] = [];
  for (let k = 0; k < order.length && values[order[k]] === values[order[k]]; k++)
    sorted.push(values[order[k]]);
  return sorted;
}

/** Learns what the method needs from a column (see NormalizationFit). */
export function fitNormalization(values: Float64Array, spec: NormalizeSpec): NormalizationFit {
  switch (spec.method) {
    case 'minmax':
    case 'log-minmax':
    case 'recency': {
      const { min, max } = scanRange(values, transformOf(spec), null);
      return min <= max ? { kind: 'range', min, max } : { kind: 'range', min: null, max: null };
    }
    case 'percentile':
      return { kind: 'sorted', values: sortedValues(values, orderAscending(values)) };
    default:
      return { kind: 'fixed' };
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

/** Places one value with a fit, before direction; NaN stays NaN. Values beyond the fitted range are clipped. */
export function normalizeValue(x: number, spec: NormalizeSpec, fit: NormalizationFit): number {
  if (x !== x) return NaN;
  switch (fit.kind) {
    case 'range':
      if (fit.min === null || fit.max === null) return DEGENERATE_VALUE;
      return rescale(transformOf(spec)(x), fit.min, fit.max - fit.min);
    case 'sorted': {
      const less = lowerBound(fit.values, x);
      let equal = 0;
      while (less + equal < fit.values.length && fit.values[less + equal] === x) equal++;
      return percentileValue(less, equal, fit.values.length);
    }
    case 'fixed': {
      const { lo, hi } = fixedScale(spec);
      return onScale(x, lo, hi);
    }
  }
}

/** 1 - v for a lower-is-better criterion (cost to serve); NaN stays NaN. */
export function directed(v: number, direction: Direction): number {
  return direction === 'lower' ? 1 - v : v;
}

/**
 * Normalises a column to [0,1] over its non-missing values, then applies the direction: the same
 * arithmetic as fitting the column and placing each value with normalizeValue, done column-wise.
 * For `categorical` and `rating` the values arrive already mapped to [0,1] by extraction.
 */
export function normalizeColumn(
  values: Float64Array,
  spec: NormalizeSpec,
  direction: Direction,
): Float64Array {
  if ((spec.method === 'categorical' || spec.method === 'rating') && direction === 'higher') {
    // Already on [0,1] (extraction maps and clips them): nothing to compute, so no copy of a
    // million values either. Callers never write into normalised columns.
    return values;
  }
  const out = new Float64Array(values.length);
  switch (spec.method) {
    case 'minmax':
    case 'log-minmax':
    case 'recency': {
      const { min, max } = scanRange(values, transformOf(spec), out);
      const range = max - min;
      for (let i = 0; i < out.length; i++) {
        const t = out[i];
        if (t === t) out[i] = rescale(t, min, range);
      }
      break;
    }
    case 'percentile':
      percentileInto(values, out);
      break;
    default: {
      const { lo, hi } = fixedScale(spec);
      for (let i = 0; i < values.length; i++) {
        const x = values[i];
        out[i] = x === x ? onScale(x, lo, hi) : NaN;
      }
    }
  }
  if (direction === 'lower') {
    for (let i = 0; i < out.length; i++) out[i] = 1 - out[i]; // NaN stays NaN
  }
  return out;
}

/** Every value's percentile in one walk over the sorted order (ties found once, not by a search per value). */
function percentileInto(values: Float64Array, out: Float64Array): void {
  const order = orderAscending(values); // NaN sort last
  let n = 0;
  while (n < order.length && values[order[n]] === values[order[n]]) n++;
  for (let k = n; k < order.length; k++) out[order[k]] = NaN;
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const x = values[order[start]];
    while (end < n && values[order[end]] === x) end++;
    const v = percentileValue(start, end - start, n);
    for (let k = start; k < end; k++) out[order[k]] = v;
    start = end;
  }
}
