// CSV text read in one pass straight into a sheet's rows of raw cells, with an unclosed quote reported by its line.
import type { Outcome, RawCell } from '../../core';
import { ColumnStrings } from './column-strings';
import { detectDelimiter, type CsvDelimiter } from './csv';
import { EMPTY_SHEET } from './xlsx/book';
import type { SheetCells } from './xlsx/sheet';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

export interface CsvSheet {
  readonly cells: SheetCells;
  readonly delimiter: CsvDelimiter;
}

/** Whitespace-only text is an empty cell to the user (and a missing value to the core). */
function cell(text: string): RawCell {
  // Most fields start with a printable ASCII character: no trimmed copy is made for them.
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return text;
  return text.trim() === '' ? null : text;
}

/** Line breaks in a stretch of text (CRLF counts once), to keep line numbers right past quoted line breaks. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/** A short view of where an unclosed quoted field starts, for the message. */
function excerpt(text: string, from: number): string {
  const line = text.slice(from, from + 60).split(/\r\n|\r|\n/)[0];
  return line.length < 40 ? line : `${line.slice(0, 40)}…`;
}

/** Where a quoted field that never closes opens. */
export interface UnclosedQuote {
  readonly line: number;
  /** Offset of the opening quote in the text. */
  readonly at: number;
}

/**
 * The one CSV scanner: calls back with each record's fields, unconverted ("1,234" and "(1.200)"
 * stay text so the core's parser, which knows about locales, reads them). Quoted fields may hold
 * separators, doubled quotes and line breaks; CRLF, LF and CR end records; a quote opens a quoted
 * field only at its start (spaces before it are dropped, as Excel does). Stops at a quote opened
 * and never closed, and says where: reading on would swallow every later record into one value.
 */
export function scanCsv<T>(
  text: string,
  delimiter: CsvDelimiter,
  field: (text: string, column: number) => T,
  onRecord: (fields: T[]) => void,
): UnclosedQuote | null {
  const separator = delimiter.charCodeAt(0);
  const n = text.length;
  // Each record's array is made as wide as the one before and cut to its fields: an array grown by
  // push keeps twice the room it needs, which over a million kept rows is a hundred megabytes.
  let fields: T[] = [];
  let count = 0;
  let line = 1;
  let i = 0;
  while (i < n) {
    let start = i;
    while (text.charCodeAt(start) === SPACE) start++;
    let value = '';
    let end = i;
    if (text.charCodeAt(start) === QUOTE) {
      const openLine = line;
      let from = start + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) return { line: openLine, at: start };
        const piece = text.slice(from, close);
        value += piece;
        line += lineBreaks(piece);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
        } else {
          end = close + 1;
          break;
        }
      }
    }
    // Unquoted text (or what follows a closing quote) runs to the separator or the end of the line.
    let stop = end;
    for (; stop < n; stop++) {
      const code = text.charCodeAt(stop);
      if (code === separator || code === LF || code === CR) break;
    }
    fields[count] = field(end === i ? text.slice(i, stop) : value + text.slice(end, stop), count);
    count++;
    const code = stop < n ? text.charCodeAt(stop) : -1;
    i = stop + 1;
    if (code === separator && i < n) continue;
    // A separator that ends the file closes its record with an empty last field (the record was
    // once left out: an account lost for a missing line end).
    if (code === separator) {
      fields[count] = field('', count);
      count++;
    }
    if (code === CR && text.charCodeAt(i) === LF) i++;
    if (fields.length !== count) fields.length = count;
    onRecord(fields);
    fields = new Array<T>(count);
    count = 0;
    if (code !== -1) line++;
  }
  return null;
}

export interface ParsedCsv {
  /** Every record's fields as text; an empty line is one empty field. */
  readonly rows: string[][];
  readonly delimiter: CsvDelimiter;
  /** Set when a quoted field never closes: the records before it are in `rows`. */
  readonly unclosedQuote?: UnclosedQuote;
}

/** Parses CSV text into rows of strings (see scanCsv). */
export function parseCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): ParsedCsv {
  const rows: string[][] = [];
  const unclosed = scanCsv(text, delimiter, String, (fields) => rows.push(fields));
  return { rows, delimiter, ...(unclosed !== null ? { unclosedQuote: unclosed } : {}) };
}

/**
 * Reads CSV text into a sheet's rows (sheet row 1 = the file's first record), empty and
 * whitespace-only fields as empty cells, blank records as empty rows. A quoted field that never
 * closes is refused with its line.
 */
export function readCsvSheet(
  text: string,
  fileName: string,
  delimiter: CsvDelimiter = detectDelimiter(text),
): Outcome<CsvSheet> {
  const rows: (RawCell[] | undefined)[] = [undefined];
  const strings = new ColumnStrings();
  const field = (value: string, column: number): RawCell => {
    const read = cell(value);
    return typeof read === 'string' ? strings.kept(read, column) : read;
  };
  const unclosed = scanCsv(text, delimiter, field, (row) => {
    rows.push(row.some((v) => v !== null) ? row : undefined);
  });
  if (unclosed !== null) {
    const { line, at } = unclosed;
    return {
      kind: 'error',
      code: 'unreadable-file',
      message: `"${fileName}": line ${line} opens a quoted field (${excerpt(text, at)}) that is never closed, so every line after it would be read as one value. Close or remove the quote on line ${line} and try again.`,
    };
  }
  let lastRow = rows.length - 1;
  while (lastRow > 0 && rows[lastRow] === undefined) lastRow--;
  return { kind: 'ok', value: { cells: { ...EMPTY_SHEET, rows, lastRow }, delimiter } };
}
