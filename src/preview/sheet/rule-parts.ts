// The pieces conditional-format rules are made of: cell ranges, colours, and the thresholds of scales and bars.
import type { Cvfo, Worksheet } from 'exceljs';
import { shownValue, type ShownValue } from './cell-text';

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function parseArea(text: string): Area | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(text);
  if (m === null) return null;
  const left = columnNumber(m[1]);
  const top = Number(m[2]);
  const right = m[3] === undefined ? left : columnNumber(m[3]);
  const bottom = m[4] === undefined ? top : Number(m[4]);
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** An ExcelJS colour ({ argb: "FF1F6FEB" }) -> "#1F6FEB"; theme and indexed colours are not resolved (the view leaves those cells plain). */
export function cssColor(color: unknown): string | undefined {
  const argb: unknown =
    typeof color === 'object' && color !== null ? Reflect.get(color, 'argb') : undefined;
  return typeof argb === 'string' && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2)}` : undefined;
}

export const asNumber = (value: ShownValue): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The sorted numbers inside the areas: what colour scales and data bars are relative to. */
export function numbersIn(sheet: Worksheet, areas: readonly Area[]): Float64Array {
  const values: number[] = [];
  for (const a of areas)
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) {
        const n = asNumber(shownValue(sheet.findCell(r, c)?.value ?? null));
        if (n !== null) values.push(n);
      }
  return Float64Array.from(values).sort();
}

/** Excel's PERCENTILE.INC on sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  const k = (Math.min(Math.max(p, 0), 100) / 100) * (sorted.length - 1);
  const lo = Math.floor(k);
  return (
    sorted[lo] +
    (k - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo])
  );
}

export function threshold(
  cfvo: Cvfo | undefined,
  sorted: Float64Array,
  fallback: 'min' | 'max',
): number {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const value = cfvo?.value ?? 0;
  switch (cfvo?.type) {
    case 'num':
      return value;
    case 'percent':
      return min + (value / 100) * (max - min);
    case 'percentile':
      return percentile(sorted, value);
    case 'min':
    case 'autoMin':
      return min;
    case 'max':
    case 'autoMax':
      return max;
    default:
      return fallback === 'min' ? min : max;
  }
}

export function mix(from: string, to: string, t: number): string {
  const channel = (hex: string, i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const parts = [0, 1, 2].map((i) =>
    Math.round(channel(from, i) + t * (channel(to, i) - channel(from, i))),
  );
  return `#${parts.map((p) => p.toString(16).padStart(2, '0')).join('')}`;
}
