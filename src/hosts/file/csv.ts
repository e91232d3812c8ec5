// CSV text in and out: encodings, the separator, and a writer that escapes formula-looking text (the reader is csv-read.ts).
import { numberText } from './number-text';

/** Field separators we recognise, in order of preference on a tie. */
const DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

/**
 * Decodes CSV bytes: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), and
 * Windows-1252 when the bytes are not valid UTF-8 (older European exports with "€" as 0x80).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? bytes.subarray(3)
      : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

/** Windows-1252 bytes 0x80..0x9F (the rest is Latin-1); decoded by hand because Node maps them to C1 controls. */
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let text = '';
    for (const b of chunk)
      text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    parts.push(text);
  }
  return parts.join('');
}

/** The separator used most often outside quotes on the first non-empty line. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes) {
      seenContent = true;
      if ((DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
  }
  let best: CsvDelimiter = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Text that a spreadsheet app would run as a formula when it opens a CSV file. */
export const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number such as "-500", "+1" or "-1.200,50": harmless, and escaping it would turn it into text. */
export const PLAIN_NUMBER = /^[+-]?\d[\d.,\u00a0 ]*(?:[eE][+-]?\d+)?%?$/;

/**
 * Escapes text for CSV output: a value that would start a formula gets a leading single quote
 * (the OWASP advice against CSV injection), except plain signed numbers. This applies to CSV
 * output only; in .xlsx such values are stored as text cells and need no escaping.
 */
export function escapeFormulaText(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text.trim()) ? `'${text}` : text;
}

/**
 * When a field needs quotes: it holds the separator, a quote or a line break, starts or ends with
 * white space (what String.prototype.trim removes, which \s matches), or starts with our escaping quote.
 */
const NEEDS_QUOTES = Object.fromEntries(
  DELIMITERS.map((d) => [d, new RegExp(`[${d}"\\n\\r]|^\\s|\\s$|^'`)]),
) as Record<CsvDelimiter, RegExp>;

function quoteField(text: string, delimiter: CsvDelimiter): string {
  return NEEDS_QUOTES[delimiter].test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type CsvValue = string | number | boolean | null;

export interface CsvWriteOptions {
  readonly delimiter?: CsvDelimiter;
  /** Writes numbers with a decimal comma (for ";"-separated files read by decimal-comma locales). */
  readonly decimalComma?: boolean;
}

/** One value as a CSV field: the one place numbers, booleans and text get their CSV form (quoted, formula-escaped). */
export function csvField(
  value: CsvValue | undefined,
  delimiter: CsvDelimiter,
  decimalComma: boolean,
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = numberText(value);
    // Digits, ".", "-", "+" and "e" never need quotes: only a decimal comma is looked at again.
    return decimalComma ? quoteField(text.replace('.', ','), delimiter) : text;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return quoteField(escapeFormulaText(value), delimiter);
}

/** One row as a CSV line, without its line end. */
export function csvLine(
  row: readonly CsvValue[],
  delimiter: CsvDelimiter,
  decimalComma: boolean,
): string {
  let line = '';
  for (let c = 0; c < row.length; c++) {
    if (c > 0) line += delimiter;
    line += csvField(row[c], delimiter, decimalComma);
  }
  return line;
}

/** Serialises rows as CSV with CRLF line ends (what Excel writes), escaping formula-like text. */
export function writeCsv(
  rows: readonly (readonly CsvValue[])[],
  options: CsvWriteOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const decimalComma = options.decimalComma === true;
  let text = '';
  for (const row of rows) text += csvLine(row, delimiter, decimalComma) + '\r\n';
  return text;
}

/** About how many bytes of UTF-8 go into one chunk. */
export const CSV_CHUNK_BYTES = 1 << 20;

export interface CsvStreamOptions extends CsvWriteOptions {
  /** Starts the bytes with a UTF-8 byte order mark (Excel needs it to read the file as UTF-8). */
  readonly bom?: boolean;
  /** Bytes per chunk (tests use small ones; at least 4, the longest character). */
  readonly chunkBytes?: number;
}

/**
 * The same text as writeCsv, as UTF-8 chunks of about `chunkBytes` bytes, produced as the rows
 * come: neither the rows nor the text of the whole sheet is ever held. A row may be an array the
 * producer reuses; it is read before the next one is asked for. Each line is encoded into the chunk
 * as soon as it is made: a chunk gathered as text would keep its thousands of line strings alive
 * until encoded, long enough for the garbage collector to move them to the old generation, where
 * at a full sheet they piled up to hundreds of megabytes before a collection.
 */
export function* csvChunks(
  rows: Iterable<readonly CsvValue[]>,
  options: CsvStreamOptions = {},
): Generator<Uint8Array> {
  const delimiter = options.delimiter ?? ',';
  const decimalComma = options.decimalComma === true;
  const chunk = new Uint8Array(Math.max(4, options.chunkBytes ?? CSV_CHUNK_BYTES));
  const encoder = new TextEncoder();
  // The byte order mark's UTF-8 bytes fit any chunk (at least 4 bytes).
  let filled = options.bom === true ? encoder.encodeInto('\ufeff', chunk).written : 0;
  for (const row of rows) {
    let rest = csvLine(row, delimiter, decimalComma) + '\r\n';
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, chunk.subarray(filled));
      filled += written;
      if (read === rest.length) break;
      // The chunk is full (or has less room than the next character): hand it over.
      rest = rest.slice(read);
      yield chunk.slice(0, filled);
      filled = 0;
    }
    if (filled === chunk.length) {
      yield chunk.slice(0, filled);
      filled = 0;
    }
  }
  if (filled > 0) yield chunk.slice(0, filled);
}
