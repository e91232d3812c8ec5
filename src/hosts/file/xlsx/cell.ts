// One <c> element to the core's RawCell, with OOXML's defaults: no `t` is a number, a formula's value is its cached <v>.
import type { RawCell } from '../../../core';
import { cellText, runText } from './xml';

/** What a cell's value depends on beyond its own element. */
export interface CellContext {
  /** The shared strings as cells: whitespace-only text already made empty (done once, not per cell). */
  readonly sharedStrings: readonly RawCell[];
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
    if (!/[\t\n\r]/.test(tag)) return undefined;
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

/** A cell's start tag read once, attribute by attribute, without a regular expression or a slice per attribute. */
export interface CellTag {
  /** Column from the `r` reference; 0 when the cell has none (then it is the next position). */
  column: number;
  /** The cellXfs index (`s`), 0 by default. */
  style: number;
  /** The value type (`t`), "n" by default. */
  type: string;
}

/** Reads r, s and t of the tag text[start..end) into `into` (reused for every cell: no allocation but `t`). */
export function readCellTag(text: string, start: number, end: number, into: CellTag): void {
  into.column = 0;
  into.style = 0;
  into.type = 'n';
  let at = start + 1;
  // Past the element's name, then attribute by attribute: name, "=", quoted value.
  while (at < end && text.charCodeAt(at) > 0x20) at++;
  while (at < end) {
    while (at < end && text.charCodeAt(at) <= 0x20) at++;
    const eq = text.indexOf('=', at);
    if (eq === -1 || eq >= end) return;
    const quote = text[eq + 1];
    if (quote !== '"' && quote !== "'") return;
    const valueStart = eq + 2;
    const valueEnd = text.indexOf(quote, valueStart);
    if (valueEnd === -1 || valueEnd >= end) return;
    if (eq - at === 1) {
      const name = text.charCodeAt(at);
      if (name === 0x72 /* r */) {
        let column = 0;
        for (let i = valueStart; i < valueEnd; i++) {
          const code = text.charCodeAt(i) | 0x20;
          if (code < 0x61 || code > 0x7a) break;
          column = column * 26 + (code - 0x60);
        }
        into.column = column;
      } else if (name === 0x73 /* s */) {
        let style = 0;
        for (let i = valueStart; i < valueEnd; i++) style = style * 10 + text.charCodeAt(i) - 0x30;
        into.style = style;
      } else if (name === 0x74 /* t */) into.type = text.slice(valueStart, valueEnd);
    }
    at = valueEnd + 1;
  }
}

/**
 * Where the text of the first child `<name>` of a cell's body lies, within [from, to): [start, end),
 * [-1, -1] when the cell has no such child; an empty child (`<v/>`, `<v></v>`) gives start === end.
 */
function childRange(
  text: string,
  from: number,
  to: number,
  open: string,
  close: string,
  found: [number, number],
): void {
  found[0] = -1;
  found[1] = -1;
  const start = text.indexOf(open, from);
  if (start === -1 || start >= to) return;
  const next = text.charCodeAt(start + open.length);
  if (next !== 0x3e && next !== 0x20 && next !== 0x2f) return;
  const tagEnd = text.indexOf('>', start);
  if (text.charCodeAt(tagEnd - 1) === 0x2f) {
    found[0] = found[1] = tagEnd + 1;
    return;
  }
  const end = text.indexOf(close, tagEnd);
  found[0] = tagEnd + 1;
  found[1] = end === -1 || end > to ? to : end;
}

/**
 * Whether the body text[from..to) starts with the child element `open`: CT_Cell's children come in
 * a fixed order (f, v, is), so a formula's <f> is always first.
 */
function firstChildIs(text: string, from: number, to: number, open: string): boolean {
  let at = from;
  while (at < to && text.charCodeAt(at) <= 0x20) at++;
  if (at >= to || !text.startsWith(open, at)) return false;
  const next = text.charCodeAt(at + open.length);
  return next === 0x3e || next === 0x20 || next === 0x2f;
}

/** A plain integer (the most common cell) without a string made of it; NaN when it is anything else. */
function integerAt(text: string, start: number, end: number): number {
  if (end - start > 15) return NaN;
  const negative = text.charCodeAt(start) === 0x2d;
  if (negative && end - start === 1) return NaN;
  let value = 0;
  for (let i = negative ? start + 1 : start; i < end; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** Whitespace-only text is an empty cell to the user (and a missing value to the core, not a bad label). */
export function textCell(text: string): RawCell {
  return text.trim() === '' ? null : text;
}

/** Parses a shared-string index without making a string of it. */
function indexAt(text: string, start: number, end: number): number {
  let index = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    index = index * 10 + digit;
  }
  return index;
}

/** The tag names a cell's body is searched for, with the sheet's namespace prefix. */
export interface CellNames {
  readonly v: string;
  readonly vClose: string;
  readonly f: string;
  readonly is: string;
  readonly isClose: string;
}

export function cellNames(prefix: string): CellNames {
  return {
    v: `<${prefix}v`,
    vClose: `</${prefix}v>`,
    f: `<${prefix}f`,
    is: `<${prefix}is`,
    isClose: `</${prefix}is>`,
  };
}

const range: [number, number] = [-1, -1];

/**
 * The value of the cell whose body is text[from..to); undefined for a formula whose file holds no
 * result (missing, reported once per column by the reader). A cached result is the value whatever
 * it is: 0 is 0.
 */
export function parseCellValue(
  text: string,
  from: number,
  to: number,
  tag: CellTag,
  names: CellNames,
  context: CellContext,
): RawCell | undefined {
  const { type } = tag;
  if (type === 'inlineStr') {
    childRange(text, from, to, names.is, names.isClose, range);
    return range[0] === -1 ? null : textCell(runText(text.slice(range[0], range[1])));
  }
  childRange(text, from, to, names.v, names.vClose, range);
  const [start, end] = range;
  const formula = firstChildIs(text, from, to, names.f);
  // A formula with no <v>, or an empty one, was never calculated; only a text result may be "".
  if (formula && (start === -1 || (start === end && type !== 'str'))) return undefined;
  if (start === -1 || start === end) return null;
  switch (type) {
    case 's': {
      const index = indexAt(text, start, end);
      return context.sharedStrings[index] ?? null;
    }
    case 'str':
      return textCell(cellText(text.slice(start, end)));
    case 'b': {
      const v = text.slice(start, end);
      return v === '1' || v === 'true';
    }
    case 'e':
      return cellText(text.slice(start, end));
    case 'd':
      return excelSerialOfIso(text.slice(start, end).trim());
    default: {
      const integer = integerAt(text, start, end);
      const number = integer === integer ? integer : Number(text.slice(start, end));
      if (!Number.isFinite(number)) return null;
      return context.date1904 && context.dateStyles[tag.style] === true
        ? number + DATE_1904_OFFSET
        : number;
    }
  }
}
