// Streams the data sheet's XML through once: the part before the rows and the part after them are edited whole, the rows one by one.
import { rowNumberOf, type SplitRow } from './sheet-cells';
import { withoutSpans, type RowPatcher } from './row-patcher';
import {
  asciiBytes,
  bytesAt,
  BytePieces,
  CarryBuffer,
  endsName,
  indexOfBytes,
  indexOfRowClose,
  lastCellStart,
  referenceColumnAt,
} from './xml-bytes';

export interface SheetFrame {
  /** Edits everything before `<sheetData>` (dimension, column widths). */
  readonly head: (xml: string) => string;
  /** Edits everything after `</sheetData>` (conditional formats). */
  readonly tail: (xml: string) => string;
}

const SHEET_DATA_OPEN = asciiBytes('<sheetData');
const SHEET_DATA_CLOSE = asciiBytes('</sheetData>');
const ROW_OPEN = asciiBytes('<row');
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** Index of the next element `name` (its "<name" followed by the end of the name) at or after `from`, or -1. */
function indexOfElement(bytes: Uint8Array, name: Uint8Array, from: number): number {
  for (let at = indexOfBytes(bytes, name, from); at !== -1; at = indexOfBytes(bytes, name, at + 1))
    if (endsName(bytes[at + name.length])) return at;
  return -1;
}

/**
 * The sheet XML with the patcher's rows; `chunks` is the inflated part in pieces. The rows are
 * found in the bytes: rows outside the patcher's range are copied as bytes, the usual data row
 * gets our cells after its own bytes, and only rows that need their cells looked at (the header,
 * a row holding cells of ours) are decoded and split.
 */
export function* streamSheet(
  chunks: Iterable<Uint8Array>,
  patcher: RowPatcher,
  frame: SheetFrame,
): Generator<Uint8Array> {
  const decoder = new TextDecoder('utf-8');
  const out = new BytePieces();
  const carry = new CarryBuffer();
  /** `</sheetData>` when the rows element was empty (`<sheetData/>`): the tail starts with it. */
  let tailStart = '';
  let phase: 'head' | 'rows' | 'tail' = 'head';
  let previousRow = 0;

  const rows = (final: boolean): void => {
    const buffer = carry.bytes;
    let at = 0;
    for (;;) {
      // The next element is a row, the end of the rows, or anything else (copied as it is).
      let start = buffer.indexOf(LT, at);
      while (start !== -1 && start + SHEET_DATA_CLOSE.length <= buffer.length) {
        if (bytesAt(buffer, start, ROW_OPEN) && endsName(buffer[start + ROW_OPEN.length])) break;
        if (bytesAt(buffer, start, SHEET_DATA_CLOSE)) {
          out.addBytes(buffer.subarray(at, start));
          out.addText(patcher.missingRows(Number.MAX_SAFE_INTEGER));
          carry.consume(start);
          phase = 'tail';
          return;
        }
        start = buffer.indexOf(LT, start + 1);
      }
      if (start === -1 || start + SHEET_DATA_CLOSE.length > buffer.length) break;
      const tagEnd = buffer.indexOf(GT, start);
      if (tagEnd === -1) break;
      const selfClosed = buffer[tagEnd - 1] === SLASH;
      const rowClose = selfClosed ? tagEnd + 1 : indexOfRowClose(buffer, tagEnd);
      if (rowClose === -1) break;
      const end = selfClosed ? rowClose : rowClose + 6;
      out.addBytes(buffer.subarray(at, start));
      const open = decoder.decode(buffer.subarray(start, tagEnd + 1));
      const number = rowNumberOf(open) ?? previousRow + 1;
      previousRow = number;
      out.addText(patcher.missingRows(number));
      const cut =
        patcher.touches(number) && !selfClosed
          ? appendPoint(buffer, tagEnd, rowClose, patcher, number)
          : -1;
      if (!patcher.touches(number)) out.addBytes(buffer.subarray(start, end));
      else if (cut !== -1) {
        out.addText(withoutSpans(open));
        out.addBytes(buffer.subarray(tagEnd + 1, cut));
        out.addText(patcher.appendedCells(number));
      } else out.addText(patcher.patch(decoder.decode(buffer.subarray(start, end)), number));
      at = end;
    }
    if (final) throw new Error('The data sheet ends inside its rows.');
    carry.consume(at);
  };

  const step = (final: boolean): void => {
    if (phase === 'head') {
      const buffer = carry.bytes;
      const open = indexOfElement(buffer, SHEET_DATA_OPEN, 0);
      if (open === -1) {
        if (final) throw new Error('The data sheet has no rows element.');
        return;
      }
      const tagEnd = buffer.indexOf(GT, open);
      if (tagEnd === -1) return;
      out.addText(frame.head(decoder.decode(buffer.subarray(0, open))));
      if (buffer[tagEnd - 1] === SLASH) {
        out.addText('<sheetData>');
        out.addText(patcher.missingRows(Number.MAX_SAFE_INTEGER));
        tailStart = '</sheetData>';
        carry.consume(tagEnd + 1);
        phase = 'tail';
        return;
      }
      out.addBytes(buffer.subarray(open, tagEnd + 1));
      carry.consume(tagEnd + 1);
      phase = 'rows';
    }
    if (phase === 'rows') rows(final);
  };

  for (const chunk of chunks) {
    carry.append(chunk);
    step(false);
    yield* out.drain();
  }
  step(true);
  // The closures above move the phase on; the compiler cannot see that.
  if ((phase as string) !== 'tail') throw new Error('The data sheet is incomplete.');
  out.addText(frame.tail(tailStart + decoder.decode(carry.bytes)));
  out.flush();
  yield* out.drain();
}

/**
 * Where our cells go in a row (not self-closed): after the user's cells, with old cells of ours at
 * the row's end cut off (a re-run); -1 when the row needs splitting (the header row, a cell of the
 * user's right of ours, a cell without a reference, a cell in a column new to the sheet).
 */
function appendPoint(
  bytes: Uint8Array,
  tagEnd: number,
  rowClose: number,
  patcher: RowPatcher,
  number: number,
): number {
  let cut = rowClose;
  for (;;) {
    const last = lastCellStart(bytes, tagEnd + 1, cut);
    if (last === -1) return patcher.appendsAfter(number, 0) ? cut : -1;
    const column = referenceColumnAt(bytes, last);
    if (column === null) return -1;
    if (patcher.appendsAfter(number, column)) return cut;
    if (!patcher.dropsOwnCell(number, column)) return -1;
    cut = last;
  }
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
  const out = new BytePieces();
  out.addText(frame.head(head));
  out.addText('<sheetData>');
  for (const row of rows) {
    out.addText(patcher.missingRows(row.number));
    const last = row.cells.length === 0 ? 0 : row.cells[row.cells.length - 1].column;
    if (!patcher.touches(row.number) || patcher.appendsAfter(row.number, last)) {
      let xml = row.open;
      for (const cell of row.cells) xml += cell.xml;
      out.addText(
        patcher.touches(row.number) ? xml + patcher.appendedCells(row.number) : `${xml}</row>`,
      );
    } else out.addText(patcher.patchSplit(row));
    yield* out.drain();
  }
  out.addText(patcher.missingRows(Number.MAX_SAFE_INTEGER));
  out.addText('</sheetData>');
  out.addText(frame.tail(tail));
  out.flush();
  yield* out.drain();
}
