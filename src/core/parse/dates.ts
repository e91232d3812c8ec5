// Dates as account lists hold them (DESIGN 3.1): Excel serial numbers, ISO text, and d/m or m/d
// text read by the column's unambiguous values or the workbook's locale. A date becomes its Excel
// serial day number (1900 system), so dates compare and scale as numbers.

/** Days from the Excel epoch (1899-12-30, which absorbs Excel's 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25_569;
const MS_PER_DAY = 86_400_000;

/** Serial numbers a date cell can hold for years 1900-2200 (outside, a number is no date). */
export const FIRST_DATE_SERIAL = 1;
export const LAST_DATE_SERIAL = 109_574;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The Excel serial of a calendar date and time, or undefined when the date does not exist. */
export function dateSerial(
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
  seconds = 0,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 59)
    return undefined;
  const ms = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const check = new Date(ms);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined; // 31 June
  return ms / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -,]*(\d{4})$/;
const MONTH_NAME_DAY = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/;

function monthOf(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
}

/** Whether "3/4/2016" means March 4 (month first, US) or 3 April (day first). */
export type DateOrder = 'month-first' | 'day-first';

/** A text date as an Excel serial, or undefined when the text is no date. */
export function parseDateText(text: string, order: DateOrder): number | undefined {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m !== null) return dateSerial(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  m = NUMERIC.exec(t);
  if (m !== null) {
    const [first, second] = [+m[1], +m[2]];
    const [month, day] = order === 'month-first' ? [first, second] : [second, first];
    return dateSerial(+m[3], month, day, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  }
  m = YEAR_FIRST.exec(t);
  if (m !== null) return dateSerial(+m[1], +m[2], +m[3]);
  m = DAY_MONTH_NAME.exec(t);
  if (m !== null) {
    const month = monthOf(m[2]);
    return month === undefined ? undefined : dateSerial(+m[3], month, +m[1]);
  }
  m = MONTH_NAME_DAY.exec(t);
  if (m !== null) {
    const month = monthOf(m[1]);
    return month === undefined ? undefined : dateSerial(+m[3], month, +m[2]);
  }
  return undefined;
}

/**
 * The order a column's d/m/y texts must be read in: a first part above 12 means day first, a
 * second part above 12 month first; when no value tells, the workbook's locale decides
 * (decimal comma: day first, as in most of Europe). `settled` says whether the values decided.
 */
export function dateOrderOf(
  texts: Iterable<string>,
  dayFirstLocale: boolean,
): { readonly order: DateOrder; readonly settled: boolean } {
  for (const text of texts) {
    const m = NUMERIC.exec(text.trim());
    if (m === null) continue;
    if (+m[1] > 12) return { order: 'day-first', settled: true };
    if (+m[2] > 12) return { order: 'month-first', settled: true };
  }
  return { order: dayFirstLocale ? 'day-first' : 'month-first', settled: false };
}

/** Whether a number can be a date cell's serial (years 1900-2200). */
export function isDateSerial(x: number): boolean {
  return x >= FIRST_DATE_SERIAL && x <= LAST_DATE_SERIAL;
}
