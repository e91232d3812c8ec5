// One <c> element to the core's RawCell, with OOXML's defaults: no `t` is a number, a formula's value is its cached <v>.
import type { RawCell } from '../../../core';
import { cellText, runText } from './xml';

/** What a cell's value depends on beyond its own element. */
export interface CellContext {
  readonly sharedStrings: readonly string[];
  /** Whether each cell style (cellXfs index) shows a date. */
  readonly dateStyles: readonly boolean[];
  /** The workbook counts days from 1904-01-01. */
  readonly date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
/** Days between the Excel epoch (1899-12-30, which absorbs Excel's 1900 leap-year bug) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25_569;
/** Days between 1899-12-30 and 1904-01-01: a 1904-system serial plus this is the 1900-system serial. */
const DATE_1904_OFFSET = 1_462;

/** An ISO 8601 date or date-time (`t="d"` cells) as an Excel serial number; null when it is not one. */
export function excelSerialOfIso(text: string): number | null {
  const iso = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?$/.test(text)
    ? `${text}${text.includes('T') ? 'Z' : ''}`
    : null;
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/**
 * An attribute of a start tag without a regular expression (this runs for every cell of a million
 * rows): ` name="..."` or ` name='...'`. Values read here (r, s, t, hidden) hold no entities.
 */
export function fastAttribute(tag: string, name: string): string | undefined {
  let at = tag.indexOf(` ${name}=`);
  if (at === -1) {
    // Attributes may be separated by line breaks or tabs: rare, so the slower search only then.
    const m = new RegExp(`\\s${name}=`).exec(tag);
    if (m === null) return undefined;
    at = m.index;
  }
  const quoteAt = at + name.length + 2;
  const quote = tag[quoteAt];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = tag.indexOf(quote, quoteAt + 1);
  return end === -1 ? undefined : tag.slice(quoteAt + 1, end);
}

/** The text of the first child element `<name>` in a cell's body: undefined when absent, "" when empty. */
function childText(body: string, open: string, close: string): string | undefined {
  const start = body.indexOf(open);
  if (start === -1) return undefined;
  const next = body.charCodeAt(start + open.length);
  if (next !== 0x3e && next !== 0x20 && next !== 0x2f) return undefined;
  const tagEnd = body.indexOf('>', start);
  if (body[tagEnd - 1] === '/') return '';
  const end = body.indexOf(close, tagEnd);
  return body.slice(tagEnd + 1, end === -1 ? body.length : end);
}

/** Whitespace-only text is an empty cell to the user (and a missing value to the core, not a bad label). */
function textCell(text: string): RawCell {
  return text.trim() === '' ? null : text;
}

/**
 * The cell's value; undefined for a formula whose file holds no result (missing, reported once per
 * column by the reader). A cached result is the value whatever it is: 0 is 0.
 */
export function parseCellValue(
  tag: string,
  body: string,
  style: number,
  prefix: string,
  context: CellContext,
): RawCell | undefined {
  const type = fastAttribute(tag, 't') ?? 'n';
  if (type === 'inlineStr') {
    const inline = childText(body, `<${prefix}is`, `</${prefix}is>`);
    return inline === undefined ? null : textCell(runText(inline));
  }
  const v = childText(body, `<${prefix}v`, `</${prefix}v>`);
  const formula = body.includes(`<${prefix}f`);
  // A formula with no <v>, or an empty one, was never calculated; only a text result may be "".
  if (formula && (v === undefined || (v === '' && type !== 'str'))) return undefined;
  if (v === undefined || v === '') return null;
  switch (type) {
    case 's':
      return textCell(context.sharedStrings[Number(v)] ?? '');
    case 'str':
      return textCell(cellText(v));
    case 'b':
      return v === '1' || v === 'true';
    case 'e':
      return cellText(v);
    case 'd': {
      return excelSerialOfIso(v.trim());
    }
    default: {
      const number = Number(v);
      if (!Number.isFinite(number)) return null;
      return context.date1904 && context.dateStyles[style] === true
        ? number + DATE_1904_OFFSET
        : number;
    }
  }
}
