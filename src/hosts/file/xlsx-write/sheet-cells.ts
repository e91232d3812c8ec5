// The cells of one sheet row as XML pieces: reading a row's cells with their columns, and writing our values as cells.
import type { PlanValue } from '../../../core';
import { cellText } from './xml';
import { numberText } from '../number-text';

/** A cell of a row as it stands in the sheet XML. */
export interface RowCell {
  readonly column: number;
  readonly xml: string;
  /** Holds a value, a formula or text (a styled empty cell does not). */
  readonly filled: boolean;
  /** Its style index attribute, or null. */
  readonly style: string | null;
}

/** A row of the sheet split into its start tag (without the spans hint) and its cells. */
export interface SplitRow {
  readonly number: number;
  readonly open: string;
  readonly cells: RowCell[];
}

/** 1-based column of the letters at the start of a cell reference ("AB12" -> 28), 0 when there are none. */
export function referenceColumn(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return column;
}

function quotedValue(tag: string, name: string): string | null {
  const at = tag.indexOf(` ${name}="`);
  if (at === -1) return null;
  const start = at + name.length + 3;
  return tag.slice(start, tag.indexOf('"', start));
}

const FILLED = /<v>[^<]|<v [^>]*>[^<]|<is[\s>]|<f[\s>]/;

/** Splits a `<row ...>...</row>` (or `<row .../>`) element into its cells. */
export function splitRow(xml: string, number: number): SplitRow {
  const tagEnd = xml.indexOf('>');
  const selfClosed = xml[tagEnd - 1] === '/';
  let open = xml.slice(0, selfClosed ? tagEnd - 1 : tagEnd).replace(/\sspans="[^"]*"/, '') + '>';
  open = open.replace(/\s+>$/, '>');
  const cells: RowCell[] = [];
  if (!selfClosed) {
    let at = tagEnd + 1;
    let previous = 0;
    for (;;) {
      let start = xml.indexOf('<c', at);
      // "<c" also starts "<col..." elsewhere; inside a row only <c> cells and their children start so at top level.
      while (start !== -1 && !/[\s/>]/.test(xml[start + 2])) start = xml.indexOf('<c', start + 2);
      if (start === -1) break;
      const end = xml.indexOf('>', start);
      const tag = xml.slice(start, end + 1);
      const cellEnd = tag.endsWith('/>') ? end + 1 : xml.indexOf('</c>', end) + 4;
      const reference = quotedValue(tag, 'r');
      const column = reference !== null ? referenceColumn(reference) : previous + 1;
      const cellXml = xml.slice(start, cellEnd);
      cells.push({
        column,
        xml: cellXml,
        filled: !tag.endsWith('/>') && FILLED.test(cellXml),
        style: quotedValue(tag, 's'),
      });
      previous = column;
      at = cellEnd;
    }
  }
  return { number, open, cells };
}

/** The row number of a `<row` start tag; null when it has no r attribute (then it follows the previous row). */
export function rowNumberOf(tag: string): number | null {
  const r = quotedValue(tag, 'r');
  return r === null ? null : Number(r);
}

const MAX_CELL_TEXT = 32_767;

/**
 * One of our cells: a number as a number, text as an inline string (never a formula, whatever it
 * starts with), nothing for an empty value or a number that is not finite.
 */
export function valueCell(reference: string, style: number, value: PlanValue): string | null {
  if (value === null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return `<c r="${reference}" s="${style}"><v>${numberText(value)}</v></c>`;
  }
  if (value === '') return null;
  return textCell(
    reference,
    style,
    value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value,
  );
}

export function textCell(reference: string, style: number | null, text: string): string {
  return `<c r="${reference}${textCellBody(style, text)}`;
}

/** A text cell after its reference's closing quote: style, type, and the escaped text. */
export function textCellBody(style: number | null, text: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  const s = style === null || style === 0 ? '' : ` s="${style}"`;
  return `"${s} t="inlineStr"><is><t${space}>${cellText(text)}</t></is></c>`;
}

/** Distinct texts a result column keeps made: tiers, classes, quadrants repeat; drivers mostly do not. */
export const KEPT_TEXTS = 256;

/**
 * One result column's data cells, as valueCell makes them, with what every row shares built once:
 * the reference's column letters and style, and the markup of the column's repeated texts
 * (escaped once, not on each of a million rows).
 */
export class ColumnCells {
  private readonly open: string;
  private readonly numberBody: string;
  private readonly texts = new Map<string, string>();

  constructor(
    letters: string,
    private readonly style: number,
  ) {
    this.open = `<c r="${letters}`;
    this.numberBody = `" s="${style}"><v>`;
  }

  /** The cell in `row` for `value`, or '' when it gets none (as valueCell's null). */
  cell(row: number, value: PlanValue): string {
    if (value === null) return '';
    if (typeof value === 'number')
      return Number.isFinite(value)
        ? `${this.open}${row}${this.numberBody}${numberText(value)}</v></c>`
        : '';
    if (value === '') return '';
    let body = this.texts.get(value);
    if (body === undefined) {
      body = textCellBody(
        this.style,
        value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value,
      );
      if (this.texts.size < KEPT_TEXTS) this.texts.set(value, body);
    }
    return `${this.open}${row}${body}`;
  }
}
