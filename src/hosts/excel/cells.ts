// Values as Office.js returns them, as the core's raw cells (the block around the header row is the core's findBlock).
import type { RawCell } from '../../core';

/**
 * A cell as Office.js returns it in `values`, as the core's RawCell: "" (empty) and whitespace-only
 * text are empty, errors arrive as their text ("#N/A") and stay text, dates are already serial numbers.
 */
export function toRawCell(value: unknown): RawCell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'boolean') return value;
  return null;
}

export function toRawRows(values: readonly (readonly unknown[])[]): RawCell[][] {
  return values.map((row) => row.map(toRawCell));
}
