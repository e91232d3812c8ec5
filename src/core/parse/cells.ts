// Reads one spreadsheet cell as a number (DESIGN 3.1), reporting what it could not read instead of guessing zero.
import { type DateOrder, isDateSerial, parseDateText } from './dates';
import { readNumberText, readPlainNumber } from './number-text';
import type { DiagnosticCode } from '../diagnostics';
import type { NumberLocale, RawCell } from '../table/types';

export type ParsedValue =
  | {
      readonly kind: 'value';
      readonly value: number;
      /** The currency the cell states ("€ 850.000,00"), when it states one. */
      readonly currency?: string;
    }
  | { readonly kind: 'missing' }
  /** A value was read but something is worth reporting (e.g. "1,234" in an unknown locale read as 1234). */
  | {
      readonly kind: 'value-with-warning';
      readonly value: number;
      readonly code: DiagnosticCode;
      readonly message: string;
      readonly currency?: string;
    }
  /** Unreadable: treated as missing, and reported. */
  | { readonly kind: 'problem'; readonly code: DiagnosticCode; readonly message: string };

export const MISSING: ParsedValue = { kind: 'missing' };

/** Error values of Excel (and #ERROR! of Google Sheets), as hosts hand them over in text form. */
const SPREADSHEET_ERRORS: ReadonlySet<string> = new Set(
  (
    '#N/A #DIV/0! #VALUE! #REF! #NAME? #NUM! #NULL! #SPILL! #CALC! #GETTING_DATA #FIELD! ' +
    '#BLOCKED! #CONNECT! #BUSY! #UNKNOWN! #ERROR!'
  ).split(' '),
);

export function isSpreadsheetError(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.charCodeAt(0) === 35 /* # */ && SPREADSHEET_ERRORS.has(trimmed.toUpperCase());
}

/** Cell text as it appears inside a message: on one line and short, so a pasted paragraph cannot swamp the report. */
export function quoteCellText(text: string): string {
  // The usual short word, with no odd spacing to tidy, needs no work.
  if (text.length <= 40 && !/[^\S ]|^ | $| {2}/.test(text)) return `"${text}"`;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine); // by code point, so an emoji is never cut in half
  return `"${chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : oneLine}"`;
}

export function problem(code: DiagnosticCode, message: string): ParsedValue {
  return { kind: 'problem', code, message };
}

export function spreadsheetErrorProblem(text: string): ParsedValue {
  return problem(
    'spreadsheet-error',
    `Shows the spreadsheet error ${text.trim().toUpperCase()}; treated as missing.`,
  );
}

export function nonFiniteProblem(value: number): ParsedValue {
  return problem(
    'unparseable-number',
    `Holds ${String(value)}, which is not a usable number; treated as missing.`,
  );
}

/** Shows a read value the way a finance user would check it: plain digits, no exponent for everyday sizes. */
function showNumber(value: number): string {
  return Math.abs(value) < 1e21
    ? value.toLocaleString('en-US', { maximumFractionDigits: 10, useGrouping: false })
    : String(value);
}

/**
 * Reads text as a number in the workbook's locale (or by the unambiguous patterns when unknown).
 * Empty or whitespace-only text is missing without a report: blank-looking cells are not mistakes.
 */
export function parseNumberText(text: string, locale?: NumberLocale): ParsedValue {
  // Most text numbers are plain digits from CSV files: read them without trimming or regexes.
  const plain = readPlainNumber(text, locale !== 'decimal-comma');
  if (plain !== undefined) return { kind: 'value', value: plain };
  const trimmed = text.trim();
  if (trimmed === '') return MISSING;
  if (isSpreadsheetError(trimmed)) return spreadsheetErrorProblem(trimmed);
  const reading = readNumberText(trimmed, locale);
  switch (reading.kind) {
    case 'unreadable':
      return problem(
        'unparseable-number',
        `Could not read ${quoteCellText(trimmed)} as a number; treated as missing.`,
      );
    case 'too-large':
      return problem(
        'unparseable-number',
        `${quoteCellText(trimmed)} is too large to be a number; treated as missing.`,
      );
    case 'number': {
      const { value, currency, note } = reading;
      if (note === undefined) return { kind: 'value', value, currency };
      const read = `${quoteCellText(trimmed)} was read as ${showNumber(value)}`;
      const message =
        note === 'ambiguous-comma'
          ? `${read}, taking the comma as a thousands separator; if it is a decimal comma, set the workbook's number format.`
          : note === 'ambiguous-point'
            ? `${read}, taking the point as a thousands separator as usual in ${currency ?? 'that currency'}; if it is a decimal point, set the workbook's number format.`
            : `${quoteCellText(trimmed)} does not follow the workbook's number format (decimal ${locale === 'decimal-comma' ? 'comma' : 'point'}); it was read as ${showNumber(value)}.`;
      return { kind: 'value-with-warning', value, currency, code: 'ambiguous-number', message };
    }
  }
}

/**
 * A date cell as its Excel serial day number: serials pass through, text dates are read (ISO, or
 * d/m/y in the given order, or with month names); anything else is reported, never guessed.
 */
export function parseDateCell(cell: RawCell, order: DateOrder): ParsedValue {
  if (cell === null) return MISSING;
  if (typeof cell === 'number') {
    return isDateSerial(cell)
      ? { kind: 'value', value: cell }
      : problem(
          'unparseable-date',
          `${String(cell)} is not a date (a date cell holds a day number from 1900 to 2200); treated as missing.`,
        );
  }
  if (typeof cell === 'boolean')
    return problem(
      'unparseable-date',
      `${cell ? 'TRUE' : 'FALSE'} is not a date; treated as missing.`,
    );
  const text = cell.trim();
  if (text === '') return MISSING;
  if (isSpreadsheetError(text)) return spreadsheetErrorProblem(text);
  const serial = parseDateText(text, order);
  if (serial !== undefined) return { kind: 'value', value: serial };
  return problem(
    'unparseable-date',
    `Could not read ${quoteCellText(text)} as a date (use 2016-03-14, ${order === 'month-first' ? '3/14/2016' : '14/3/2016'} or 14 Mar 2016); treated as missing.`,
  );
}

/** numbers pass through; booleans are 1/0; empty is missing; text is read as in parseNumberText. */
export function parseNumberCell(cell: RawCell, locale?: NumberLocale): ParsedValue {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? { kind: 'value', value: cell } : nonFiniteProblem(cell);
  }
  if (typeof cell === 'boolean') return { kind: 'value', value: cell ? 1 : 0 };
  if (cell === null) return MISSING;
  return parseNumberText(cell, locale);
}
