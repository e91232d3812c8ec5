// Reads one column of a raw table into a Float64Array (NaN = missing), with every problem addressed to its cell.
import type { Currencies, NormalizeSpec } from '../model/schema';
import { parseDateCell, parseNumberCell, type ParsedValue } from './cells';
import type { DateOrder } from './dates';
import { parseCategoricalCell, parseRatingCell } from './ratings';
import { assertNever } from '../outcome';
import { columnLetters } from '../table/a1';
import type { Diagnostic } from '../diagnostics';
import { ColumnCauses } from './causes';
import { ColumnCurrencies } from './currency';
import { type NumberLocale, type RawCell, type RawTable, sheetRowOf } from '../table/types';

export type ExtractMode =
  | { readonly kind: 'number' }
  | { readonly kind: 'date'; readonly order: DateOrder }
  | { readonly kind: 'rating'; readonly min: number; readonly max: number }
  | { readonly kind: 'categorical'; readonly map: Readonly<Record<string, number>> };

export interface ExtractedColumn {
  /** One value per data row; NaN where the cell is missing or could not be read. */
  readonly values: Float64Array;
  readonly diagnostics: readonly Diagnostic[];
  /** Cells that gave no value: empty ones and unreadable ones. */
  readonly missing: number;
}

/** How a criterion's cells are read: as numbers, dates, rating words, or through its own label map. */
export function extractModeFor(spec: NormalizeSpec, locale?: NumberLocale): ExtractMode {
  switch (spec.method) {
    case 'recency':
      return {
        kind: 'date',
        order: spec.order ?? (locale === 'decimal-comma' ? 'day-first' : 'month-first'),
      };
    case 'rating':
      return { kind: 'rating', min: spec.min, max: spec.max };
    case 'categorical':
      return { kind: 'categorical', map: spec.map };
    default:
      return { kind: 'number' };
  }
}

export function cellParserFor(
  mode: ExtractMode,
  locale: NumberLocale | undefined,
): (cell: RawCell) => ParsedValue {
  switch (mode.kind) {
    case 'number':
      return (cell) => parseNumberCell(cell, locale);
    case 'date':
      return (cell) => parseDateCell(cell, mode.order);
    case 'rating': {
      const scale = { min: mode.min, max: mode.max };
      return (cell) => parseRatingCell(cell, scale, locale);
    }
    case 'categorical':
      return (cell) => parseCategoricalCell(cell, mode.map);
    default:
      return assertNever(mode, 'extract mode');
  }
}

/**
 * Reads one column. Amounts that state a currency are followed per column: converted at the model's
 * rates when it has some, reported once when several currencies meet without them.
 */
export function extractColumn(
  table: RawTable,
  columnIndex: number,
  mode: ExtractMode,
  currencies?: Currencies,
): ExtractedColumn {
  if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= table.headers.length) {
    throw new RangeError(
      `Column index ${columnIndex} is outside the table's ${table.headers.length} columns.`,
    );
  }
  const rows = table.rows;
  const n = rows.length;
  const values = new Float64Array(n);
  const header = table.headers[columnIndex];
  const letters = columnLetters(table.firstColumn + columnIndex);
  const parse = cellParserFor(mode, table.numberLocale);
  const causes = new ColumnCauses(header);
  const money = new ColumnCurrencies(header, currencies);
  // Number cells in a number column need no parsing at all: the hot path on large sheets.
  const numbersPassThrough = mode.kind === 'number';
  let missing = 0;
  let unstated = 0; // amounts that state no currency
  for (let i = 0; i < n; i++) {
    const cell = rows[i][columnIndex] ?? null; // a short row from a sloppy host reads as empty, not as a crash
    if (numbersPassThrough && typeof cell === 'number' && Number.isFinite(cell)) {
      values[i] = cell;
      unstated++;
      continue;
    }
    const parsed = parse(cell);
    switch (parsed.kind) {
      case 'value':
      case 'value-with-warning': {
        let value = parsed.value;
        if (parsed.currency === undefined) unstated++;
        else {
          const row = sheetRowOf(table, i);
          value = money.amount(value, parsed.currency, String(cell), `${letters}${row}`, row);
        }
        values[i] = value;
        if (Number.isNaN(value)) missing++;
        else if (parsed.kind === 'value-with-warning') {
          const row = sheetRowOf(table, i);
          causes.add(parsed, 'info', String(cell), `${letters}${row}`, row);
        }
        continue;
      }
      case 'missing':
        values[i] = NaN;
        missing++;
        continue;
      case 'problem': {
        values[i] = NaN;
        missing++;
        const row = sheetRowOf(table, i);
        causes.add(parsed, 'warning', String(cell), `${letters}${row}`, row);
        continue;
      }
      default:
        assertNever(parsed, 'parsed value');
    }
  }
  return {
    values,
    diagnostics: [...causes.diagnostics(), ...money.diagnostics(unstated)],
    missing,
  };
}
