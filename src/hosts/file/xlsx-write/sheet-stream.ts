// Streams the data sheet's XML through once: the part before the rows and the part after them are edited whole, the rows one by one.
import { rowNumberOf, type SplitRow } from './sheet-cells';
import type { RowPatcher } from './row-patcher';

export interface SheetFrame {
  /** Edits everything before `<sheetData>` (dimension, column widths). */
  readonly head: (xml: string) => string;
  /** Edits everything after `</sheetData>` (conditional formats). */
  readonly tail: (xml: string) => string;
}

/** Output text gathered before it is encoded and handed on (about 1 MB per piece). */
const PIECE = 1 << 20;

const encoder = new TextEncoder();

/** Collects output text and hands it on in pieces of about PIECE characters. */
class Pieces {
  private parts: string[] = [];
  private length = 0;
  readonly ready: Uint8Array[] = [];

  add(text: string): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= PIECE) this.flush();
  }

  flush(): void {
    if (this.length === 0) return;
    this.ready.push(encoder.encode(this.parts.join('')));
    this.parts = [];
    this.length = 0;
  }

  *drain(): Generator<Uint8Array> {
    while (this.ready.length > 0) yield this.ready.shift() as Uint8Array;
  }
}

const ROW_OPEN = /<row[\s>/]/g;

/**
 * The sheet XML with the patcher's rows; `chunks` is the inflated part in pieces. Rows outside the
 * patcher's range are copied as text without being split into cells.
 */
export function* streamSheet(
  chunks: Iterable<Uint8Array>,
  patcher: RowPatcher,
  frame: SheetFrame,
): Generator<Uint8Array> {
  const decoder = new TextDecoder('utf-8');
  const out = new Pieces();
  let buffer = '';
  let phase: 'head' | 'rows' | 'tail' = 'head';
  let previousRow = 0;

  const rows = (final: boolean): void => {
    let at = 0;
    // Searched once per piece: searching per row would rescan the rest of the piece each time.
    const close = buffer.indexOf('</sheetData>');
    for (;;) {
      ROW_OPEN.lastIndex = at;
      const found = ROW_OPEN.exec(buffer);
      if (found === null || (close !== -1 && close < found.index)) {
        if (close !== -1) {
          out.add(buffer.slice(at, close));
          out.add(patcher.missingRows(Number.MAX_SAFE_INTEGER));
          buffer = buffer.slice(close);
          phase = 'tail';
          return;
        }
        break;
      }
      const start = found.index;
      const tagEnd = buffer.indexOf('>', start);
      if (tagEnd === -1) break;
      let end: number;
      if (buffer[tagEnd - 1] === '/') end = tagEnd + 1;
      else {
        const rowClose = buffer.indexOf('</row>', tagEnd);
        if (rowClose === -1) break;
        end = rowClose + 6;
      }
      out.add(buffer.slice(at, start));
      const number = rowNumberOf(buffer.slice(start, tagEnd + 1)) ?? previousRow + 1;
      previousRow = number;
      out.add(patcher.missingRows(number));
      const rowXml = buffer.slice(start, end);
      out.add(patcher.touches(number) ? patcher.patch(rowXml, number) : rowXml);
      at = end;
    }
    if (final) throw new Error('The data sheet ends inside its rows.');
    buffer = buffer.slice(at);
  };

  const step = (final: boolean): void => {
    if (phase === 'head') {
      const open = buffer.search(/<sheetData[\s/>]/);
      if (open === -1) {
        if (final) throw new Error('The data sheet has no rows element.');
        return;
      }
      const tagEnd = buffer.indexOf('>', open);
      if (tagEnd === -1) return;
      out.add(frame.head(buffer.slice(0, open)));
      if (buffer[tagEnd - 1] === '/') {
        out.add('<sheetData>');
        out.add(patcher.missingRows(Number.MAX_SAFE_INTEGER));
        buffer = `</sheetData>${buffer.slice(tagEnd + 1)}`;
        phase = 'tail';
        return;
      }
      out.add(buffer.slice(open, tagEnd + 1));
      buffer = buffer.slice(tagEnd + 1);
      phase = 'rows';
    }
    if (phase === 'rows') rows(final);
  };

  for (const chunk of chunks) {
    buffer += decoder.decode(chunk, { stream: true });
    step(false);
    yield* out.drain();
  }
  buffer += decoder.decode();
  step(true);
  // The closures above move the phase on; the compiler cannot see that.
  if ((phase as string) !== 'tail') throw new Error('The data sheet is incomplete.');
  out.add(frame.tail(buffer));
  out.flush();
  yield* out.drain();
}

/**
 * A sheet whose rows come already split (a CSV's), around a fixed head and tail: the same patcher
 * and frame as streamSheet, without writing the rows as XML only to split them again.
 */
export function* streamRows(
  rows: Iterable<SplitRow>,
  head: string,
  tail: string,
  patcher: RowPatcher,
  frame: SheetFrame,
): Generator<Uint8Array> {
  const out = new Pieces();
  out.add(frame.head(head));
  out.add('<sheetData>');
  for (const row of rows) {
    out.add(patcher.missingRows(row.number));
    if (patcher.touches(row.number)) out.add(patcher.patchSplit(row));
    else out.add(`${row.open}${row.cells.map((c) => c.xml).join('')}</row>`);
    yield* out.drain();
  }
  out.add(patcher.missingRows(Number.MAX_SAFE_INTEGER));
  out.add('</sheetData>');
  out.add(frame.tail(tail));
  out.flush();
  yield* out.drain();
}
