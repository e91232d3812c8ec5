// Normalisation of one criterion's values to [0,1] (DESIGN 3.2); NaN marks a missing value throughout.
import type { NormalizeSpec } from './model';
import { orderAscending } from './sort';

export type Direction = 'higher' | 'lower';

/** Value of every account in a column that does not discriminate (one value, or all equal). */
export const DEGENERATE_VALUE = 0.5;

/**
 * ln(1 + max(x, 0)), the money transform of log-minmax: money columns are heavily skewed, so the
 * log spreads the small accounts. Math.log(1 + x) rather than Math.log1p: the same for amounts of
 * money and a third faster on a million rows. Calibration uses this very function, so per-row
 * scores stay identical to the run's.
 */
export function moneyLog(x: number): number {
  return Math.log(1 + (x > 0 ? x : 0));
}

/**
 * Normalises a column to [0,1] over its non-missing values, then applies the direction.
 * For `categorical` and `rating` the values arrive already mapped to [0,1] by extraction
 * (their vocabularies are fixed, not data-driven), so only clipping and direction apply here.
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
      minMaxInto(values, out, identity);
      break;
    case 'log-minmax':
      minMaxInto(values, out, moneyLog);
      break;
    case 'percentile':
      percentileInto(values, out);
      break;
    case 'scale':
      scaleInto(values, out, spec.min, spec.max);
      break;
    case 'categorical':
    case 'rating':
      scaleInto(values, out, 0, 1);
      break;
  }
  if (direction === 'lower') {
    for (let i = 0; i < out.length; i++) out[i] = 1 - out[i]; // NaN stays NaN
  }
  return out;
}

const identity = (x: number): number => x;

function minMaxInto(
  values: Float64Array,
  out: Float64Array,
  transform: (x: number) => number,
): void {
  // One pass transforms into `out` and finds the range, a second rescales in place: the
  // transform (a log for money) runs once per value.
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== x) {
      out[i] = NaN;
      continue;
    }
    const t = transform(x);
    out[i] = t;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const range = max - min;
  if (!(range > 0)) {
    for (let i = 0; i < out.length; i++) if (out[i] === out[i]) out[i] = DEGENERATE_VALUE;
    return;
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] - min) / range; // NaN stays NaN
}

function scaleInto(values: Float64Array, out: Float64Array, lo: number, hi: number): void {
  const range = hi - lo;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== x) {
      out[i] = NaN;
      continue;
    }
    const v = (x - lo) / range;
    out[i] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
}

/** (average rank - 1) / (n - 1), ranks ascending from 1, ties sharing their average rank. */
function percentileInto(values: Float64Array, out: Float64Array): void {
  const order = orderAscending(values); // NaN sort last
  let n = 0;
  while (n < order.length && values[order[n]] === values[order[n]]) n++;
  for (let k = n; k < order.length; k++) out[order[k]] = NaN;
  if (n === 1) {
    out[order[0]] = DEGENERATE_VALUE;
    return;
  }
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const x = values[order[start]];
    while (end < n && values[order[end]] === x) end++;
    // Positions start..end-1 hold ranks start+1..end; their average is (start + 1 + end) / 2.
    const averageRank = (start + 1 + end) / 2;
    const v = (averageRank - 1) / (n - 1);
    for (let k = start; k < end; k++) out[order[k]] = v;
    start = end;
  }
}
