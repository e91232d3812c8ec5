// Cells between Sheets and the core: what getValues() hands over (Dates, "" for empty) as RawCells,
// the spreadsheet's locale as a number locale, and which text must be written as rich text to stay text.
import type { NumberLocale, PlanValue, RawCell } from '../../core';
import type { SpreadsheetApi, UtilitiesApi } from './apps-script';

/** Milliseconds in a day, and the day Sheets (like Excel) counts serial dates from. */
const DAY_MS = 86_400_000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** A Date from another realm (Apps Script services, a test's vm context) fails `instanceof Date`. */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Turns the Dates getValues() returns into serial numbers, as Excel and the file host hand dates to
 * the core. A Date is an instant; the cell meant a wall-clock day and time in the spreadsheet's time
 * zone, so the instant is formatted in that zone (Utilities.formatDate) and counted from 30 Dec 1899.
 * Equal instants are converted once: a date column repeats few distinct days.
 */
export class SerialDates {
  private readonly seen = new Map<number, number>();
  private zone: string | undefined;
  constructor(
    private readonly utilities: UtilitiesApi,
    /** The spreadsheet's time zone, asked for on the first date only. */
    private readonly timeZone: () => string,
  ) {}

  serial(date: Date): number {
    const instant = date.getTime();
    if (instant !== instant) return NaN;
    let serial = this.seen.get(instant);
    if (serial === undefined) {
      this.zone ??= this.timeZone();
      const text = this.utilities.formatDate(date, this.zone, "yyyy-MM-dd'T'HH:mm:ss.SSS");
      const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})$/.exec(text);
      serial =
        m === null
          ? NaN
          : (Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], +m[7]) - SERIAL_EPOCH_UTC) /
            DAY_MS;
      this.seen.set(instant, serial);
    }
    return serial;
  }
}

/** One value from getValues() as the core reads it: "" is empty; Dates are serial numbers. */
export function rawCell(value: unknown, dates: SerialDates): RawCell {
  switch (typeof value) {
    case 'string':
      return value === '' ? null : value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      return value;
    case 'object':
      if (isDate(value)) {
        const serial = dates.serial(value);
        return serial === serial ? serial : null;
      }
      return value === null ? null : String(value);
    default:
      return null;
  }
}

/** Rows of getValues() as RawCells. */
export function rawRows(values: readonly (readonly unknown[])[], dates: SerialDates): RawCell[][] {
  return values.map((row) => row.map((value) => rawCell(value, dates)));
}

/** A custom function's range argument as the KAM bodies take it: Sheets passes one cell as a bare value, and dates as Dates. */
export function functionRange(value: unknown, dates: SerialDates): unknown[][] {
  const cell = (v: unknown): unknown => (isDate(v) ? dates.serial(v) : v);
  if (!Array.isArray(value)) return [[cell(value)]];
  return value.map((row: unknown): unknown[] => (Array.isArray(row) ? row.map(cell) : [row]));
}

/**
 * The decimal mark of the spreadsheet's locale ("de_DE" writes 1.234,56), from the JavaScript Intl
 * tables when the runtime has them; undefined when it cannot be told, so the core reads text
 * numbers by their unambiguous pattern.
 */
export function numberLocaleOf(spreadsheet: SpreadsheetApi): NumberLocale | undefined {
  let tag: string;
  try {
    tag = spreadsheet.getSpreadsheetLocale().replace('_', '-');
  } catch {
    return undefined;
  }
  if (typeof Intl === 'undefined' || tag === '') return undefined;
  try {
    const decimal = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal');
    if (decimal?.value === ',') return 'decimal-comma';
    if (decimal?.value === '.') return 'decimal-point';
  } catch {
    // An unknown locale tag: the number locale stays unknown.
  }
  return undefined;
}

/**
 * Text that setValues() would not keep as typed even in a cell formatted as text: a formula ("=..."),
 * an operator Sheets may read ("+", "-", "@"), or a leading apostrophe (Sheets takes it as "this is
 * text" and drops it). Such text goes in as a rich-text value, which Sheets stores as it is.
 */
export function needsLiteralText(value: string): boolean {
  return /^[=+\-@']/.test(value);
}

/** Sheets' own limit on the text of one cell. */
export const MAX_CELL_TEXT = 50_000;

/** A plan value as setValues() takes it: "" empties a cell; text is clipped to what a cell holds. */
export function cellValue(value: PlanValue): string | number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (value === null) return '';
  return value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
}
