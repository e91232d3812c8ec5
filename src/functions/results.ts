// Core results as Excel cells: "" for a missing value (NaN would show as #NUM!), spills shaped
// like their input, and #VALUE! with a reason for a revenue figure that cannot be measured.
import type { RawCell } from '../core';
import { invalidValue } from './errors';

/** A spilled result: rows of cells. */
export type Spill = Array<Array<number | string>>;

/** A number, or a blank cell where the core has no value. */
export function numberOrBlank(x: number): number | string {
  return x === x ? x : '';
}

/** A cell as read, for a spill: booleans as TRUE/FALSE text, empty as blank. */
export function cellOrBlank(cell: RawCell): number | string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell;
}

/** `rows` x `columns` cells from row-major values. */
export function shaped<T extends number | string>(
  rows: number,
  columns: number,
  at: (k: number) => T,
): T[][] {
  // Built with push, not preallocated: holey arrays of mixed numbers and "" are several times
  // slower to fill, which a 100,000-row spill notices.
  const out: T[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: T[] = [];
    for (let j = 0; j < columns; j++) row.push(at(i * columns + j));
    out.push(row);
  }
  return out;
}

/** A spilled column, one cell per value; blank where the value is missing. */
export function columnOf(values: Float64Array): Spill {
  const out: Spill = [];
  for (let i = 0; i < values.length; i++) out.push([numberOrBlank(values[i])]);
  return out;
}

/** A concentration figure, or #VALUE! saying why the revenue range cannot give it. */
export function measured(x: number, revenue: Float64Array, figure: string): number {
  if (x === x) return x;
  throw noFigure(revenue, figure);
}

/** #VALUE! for a revenue range without a figure: no revenue at all, all of it 0, or one account. */
export function noFigure(revenue: Float64Array, figure: string): Error {
  let present = 0;
  let positive = 0;
  for (let i = 0; i < revenue.length; i++) {
    if (revenue[i] === revenue[i]) present++;
    if (revenue[i] > 0) positive++;
  }
  if (present === 0) {
    return invalidValue(
      `${figure} needs revenue figures, and the range has none (blank and text cells are skipped).`,
    );
  }
  if (positive === 0) {
    return invalidValue(
      `${figure} cannot be measured: all revenue in the range is 0 (negative revenue counts as 0).`,
    );
  }
  return invalidValue(`${figure} needs at least two accounts with revenue.`);
}
