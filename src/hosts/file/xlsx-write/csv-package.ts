// A CSV's workbook written directly: a minimal package around one sheet whose rows are streamed from the CSV, numbers as numbers.
import { columnLetters } from '../../../core';
import type { Codec } from './codec';
import { numberText } from '../number-text';
import { InputPackage, relationshipsPart, relationshipXml, REL_TYPES } from './package';
import { KEPT_TEXTS, textCellBody, type RowCell, type SplitRow } from './sheet-cells';
import { XML_DECLARATION, xmlText } from './xml';
import { ZipWriter } from './zip-write';

export const CSV_SHEET_PATH = 'xl/worksheets/sheet1.xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SHEET_OPEN = `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>`;
const SHEET_CLOSE = '</sheetData></worksheet>';

const STYLES = `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;

function baseParts(sheetName: string): [string, string][] {
  const type = (t: string): string =>
    `application/vnd.openxmlformats-officedocument.spreadsheetml.${t}+xml`;
  return [
    [
      '[Content_Types].xml',
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${type('sheet.main')}"/><Override PartName="/${CSV_SHEET_PATH}" ContentType="${type('worksheet')}"/><Override PartName="/xl/styles.xml" ContentType="${type('styles')}"/></Types>`,
    ],
    [
      '_rels/.rels',
      relationshipsPart([relationshipXml('rId1', REL_TYPES.officeDocument, 'xl/workbook.xml')]),
    ],
    [
      'xl/workbook.xml',
      `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      relationshipsPart([
        relationshipXml('rId1', REL_TYPES.worksheet, 'worksheets/sheet1.xml'),
        relationshipXml('rId2', REL_TYPES.styles, 'styles.xml'),
      ]),
    ],
    ['xl/styles.xml', STYLES],
    [CSV_SHEET_PATH, `${SHEET_OPEN}${SHEET_CLOSE}`],
  ];
}

/** The package around a CSV's sheet, its sheet still empty (the rows come from `csvRows`). */
export function csvBasePackage(sheetName: string, codec: Codec): InputPackage {
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter((chunk) => chunks.push(chunk.slice()), codec);
  const encoder = new TextEncoder();
  for (const [name, xml] of baseParts(sheetName)) zip.add(name, [encoder.encode(xml)]);
  zip.finish();
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return new InputPackage(bytes, codec);
}

/** Decimal numbers a CSV holds as plain text; leading zeros (codes, postal codes) stay text. */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const COMMA_NUMBER = /^-?(?:0|[1-9]\d*)(?:,\d+)?$/;
/** Digits a double holds exactly: longer digit strings (account numbers) stay text. */
const MAX_DIGITS = 15;

/** The digits of a decimal's mantissa without its leading zeros ("-0.00120e5" -> 3). */
function significantDigits(plain: string): number {
  let count = 0;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    if (code === 0x65 || code === 0x45) break;
    if (code < 0x30 || code > 0x39 || (count === 0 && code === 0x30)) continue;
    count++;
  }
  return count;
}

/** The number a CSV field is, when Excel would show it as that number and nothing is lost; else null. */
export function csvNumber(text: string, decimalComma: boolean): number | null {
  const plain = PLAIN_NUMBER.test(text)
    ? text
    : decimalComma && COMMA_NUMBER.test(text)
      ? text.replace(',', '.')
      : null;
  if (plain === null) return null;
  if (significantDigits(plain) > MAX_DIGITS) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** The XML around a CSV sheet's rows (the rows element's content comes from `csvRows`). */
export const CSV_SHEET_HEAD = SHEET_OPEN.slice(0, -'<sheetData>'.length);
export const CSV_SHEET_TAIL = SHEET_CLOSE.slice('</sheetData>'.length);

/** Rows the user's column widths are measured on, and the widest a measured column gets. */
const WIDTH_SAMPLE_ROWS = 100;
const MAX_USER_WIDTH = 50;
/** Excel's default column width in characters: a column that fits it gets no width of its own. */
const DEFAULT_WIDTH = 8.43;

/**
 * `<cols>` sizing the CSV's own columns as a user widening them in Excel would: the workbook is
 * ours to lay out, and at the default width "Revenue potential" shows as "Revenue p". A column
 * fits its header (row `headerRow`) and nineteen in twenty of the values below it in the first
 * rows: one long odd value does not widen the column for every other. Our result columns get their
 * widths on top.
 */
export function csvColumnWidths(rows: Iterable<readonly string[]>, headerRow: number): string {
  const header: number[] = [];
  const lengths: number[][] = [];
  let r = 0;
  for (const row of rows) {
    r++;
    if (r < headerRow) continue;
    for (let c = 0; c < row.length; c++) {
      if (r === headerRow) header[c] = row[c].length;
      else if (row[c] !== '') (lengths[c] ??= []).push(row[c].length);
    }
    if (r - headerRow >= WIDTH_SAMPLE_ROWS) break;
  }
  let cols = '';
  for (let c = 0; c < Math.max(header.length, lengths.length); c++) {
    const values = (lengths[c] ?? []).sort((a, b) => a - b);
    const typical = values.length === 0 ? 0 : values[Math.ceil(values.length * 0.95) - 1];
    const chars = Math.max(header[c] ?? 0, typical);
    const width = Math.min(MAX_USER_WIDTH, Math.ceil(chars * 1.1) + 2);
    if (width > DEFAULT_WIDTH)
      cols += `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`;
  }
  return cols === '' ? '' : `<cols>${cols}</cols>`;
}

/** The CSV's lines as sheet rows: numbers as numbers, text as inline text, empty fields left out. */
export function* csvRows(
  rows: Iterable<readonly string[]>,
  decimalComma: boolean,
): Generator<SplitRow> {
  const letters: string[] = [];
  /** Per column, the markup of texts seen (a column's labels repeat: High, BBB, Yes), up to a bound. */
  const texts: Map<string, string>[] = [];
  let r = 0;
  for (const row of rows) {
    r++;
    const cells: RowCell[] = [];
    for (let c = 0; c < row.length; c++) {
      const text = row[c];
      if (text === '') continue;
      letters[c] ??= columnLetters(c + 1);
      const reference = `${letters[c]}${r}`;
      const number = csvNumber(text, decimalComma);
      let xml: string;
      if (number !== null) xml = `<c r="${reference}"><v>${numberText(number)}</v></c>`;
      else {
        const seen = (texts[c] ??= new Map());
        let body = seen.get(text);
        if (body === undefined) {
          body = textCellBody(null, text);
          if (seen.size < KEPT_TEXTS) seen.set(text, body);
        }
        xml = `<c r="${reference}${body}`;
      }
      cells.push({ column: c + 1, xml, filled: true, style: null });
    }
    if (cells.length > 0) yield { number: r, open: `<row r="${r}">`, cells };
  }
}
