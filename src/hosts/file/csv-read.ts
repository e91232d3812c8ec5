// CSV text read in one pass straight into a sheet's rows of raw cells, with an unclosed quote reported by its line.
import type { Outcome, RawCell } from '../../core';
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

/**
 * Parses CSV text into rows (sheet row 1 = the file's first record): quoted fields may hold
 * separators, doubled quotes and line breaks; CRLF, LF and CR end records. Nothing is converted:
 * "1,234" and "(1.200)" stay text so the core's parser, which knows about locales, reads them.
 * A quote opened at the start of a field and never closed is refused with its line: reading on
 * would swallow every later record into one value.
 */
export function readCsvSheet(
  text: string,
  fileName: string,
  delimiter: CsvDelimiter = detectDelimiter(text),
): Outcome<CsvSheet> {
  const separator = delimiter.charCodeAt(0);
  const rows: (RawCell[] | undefined)[] = [undefined];
  const n = text.length;
  let row: RawCell[] = [];
  let line = 1;
  let i = 0;
  while (i < n) {
    // A quote opens a quoted field only at its start (spaces before it are dropped, as Excel does).
    let start = i;
    while (text.charCodeAt(start) === SPACE) start++;
    let value = '';
    let end = i;
    if (text.charCodeAt(start) === QUOTE) {
      const openLine = line;
      let from = start + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) {
          return {
            kind: 'error',
            code: 'unreadable-file',
            message: `"${fileName}": line ${openLine} opens a quoted field (${excerpt(text, start)}) that is never closed, so every line after it would be read as one value. Close or remove the quote on line ${openLine} and try again.`,
          };
        }
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
    value = end === i ? text.slice(i, stop) : value + text.slice(end, stop);
    row.push(cell(value));
    const code = stop < n ? text.charCodeAt(stop) : -1;
    i = stop + 1;
    if (code === separator) {
      if (i === n) row.push(null);
      continue;
    }
    if (code === CR && text.charCodeAt(i) === LF) i++;
    rows.push(row.some((v) => v !== null) ? row : undefined);
    row = [];
    if (code !== -1) line++;
  }
  let lastRow = rows.length - 1;
  while (lastRow > 0 && rows[lastRow] === undefined) lastRow--;
  return {
    kind: 'ok',
    value: { cells: { ...EMPTY_SHEET, rows, lastRow }, delimiter },
  };
}
