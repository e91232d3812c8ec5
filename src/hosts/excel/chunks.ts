// Keeps every Excel request under Excel on the web's 5 MB payload limit: byte estimates, row chunks, batch packing.

/** Excel on the web refuses requests and responses above 5 MB (RequestPayloadSizeLimitExceeded). */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * The share of the limit one batch may use for its data. The rest is headroom for what the estimate
 * leaves out: object paths and property names in the request, and Excel's own envelope.
 */
export const DEFAULT_PAYLOAD_BUDGET = Math.floor(EXCEL_WEB_PAYLOAD_LIMIT / 2);

/** Bytes of the JSON text of a string: quotes, escapes, UTF-8 (an upper bound: surrogate pairs count 6). */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** Bytes of one cell value in a JSON array (with its comma). */
export function jsonValueBytes(value: string | number | boolean | null): number {
  if (typeof value === 'string') return jsonStringBytes(value) + 1;
  if (typeof value === 'number') return String(value).length + 1;
  if (typeof value === 'boolean') return 6;
  return 5;
}

/** Bytes of a cell written with a number format of its own: its value in `values`, its format in `numberFormat`. */
export function formattedCellBytes(value: string | number, format: string): number {
  return jsonValueBytes(value) + jsonStringBytes(format) + 5;
}

/** A half-open row interval [start, end). */
export interface RowChunk {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits rows 0..rowCount-1 into consecutive chunks whose estimated bytes stay within the budget.
 * A single row above the budget gets a chunk of its own (a row cannot be split; Excel's 32,767
 * characters a cell keep one row of our columns far below the limit).
 */
export function chunkRows(
  rowCount: number,
  rowBytes: (row: number) => number,
  budget: number,
): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 0;
  for (let row = 0; row < rowCount; row++) {
    const size = rowBytes(row) + 3;
    if (row > start && bytes + size > budget) {
      chunks.push({ start, end: row });
      start = row;
      bytes = 0;
    }
    bytes += size;
  }
  if (rowCount > start) chunks.push({ start, end: rowCount });
  return chunks;
}

/** Something to queue on a request context, with the bytes it adds to the request. */
export interface QueuedOp {
  readonly bytes: number;
  /** Progress label shown while the batch holding this operation runs. */
  readonly label: string;
  queue(context: Excel.RequestContext): void;
}

/**
 * Rows 0..rowCount-1 written a chunk at a time: one operation a chunk within the budget, weighing
 * what its rows weigh. Each row is sized once (at a full sheet, sizing the rows costs as much as
 * building the requests); `queueRows` queues the writes of the chunk's rows.
 */
export function rowChunkOps(
  rowCount: number,
  rowBytes: (row: number) => number,
  budget: number,
  label: string,
  queueRows: (context: Excel.RequestContext, rows: RowChunk) => void,
): QueuedOp[] {
  const sizes = new Float64Array(rowCount);
  for (let row = 0; row < rowCount; row++) sizes[row] = rowBytes(row);
  return chunkRows(rowCount, (row) => sizes[row], budget).map((rows) => {
    let bytes = 0;
    for (let row = rows.start; row < rows.end; row++) bytes += sizes[row];
    return { bytes, label, queue: (context) => queueRows(context, rows) };
  });
}

/** Packs operations, in order, into batches (one `context.sync()` each) that stay within the budget. */
export function packOps(ops: readonly QueuedOp[], budget: number): QueuedOp[][] {
  const batches: QueuedOp[][] = [];
  let current: QueuedOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length > 0 && bytes + op.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** A small operation: a few property sets or method calls. */
export const SMALL_OP_BYTES = 400;

/** Bytes assumed per cell before anything was read (numbers and short labels); later reads use measured sizes. */
export const ASSUMED_READ_CELL_BYTES = 24;

/**
 * Rows to read in the next request: as many as fit the budget at the widest row seen so far (with
 * a quarter of headroom, since rows further down may be wider), at least one.
 */
export function nextReadRows(
  columns: number,
  widestRowBytes: number | null,
  budget: number,
): number {
  const perRow =
    widestRowBytes !== null ? widestRowBytes * 1.25 : columns * ASSUMED_READ_CELL_BYTES;
  return Math.max(1, Math.floor(budget / Math.max(perRow, 1)));
}

/** Estimated bytes of one row of values as Excel returns them. */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 2;
  for (const value of row) {
    bytes +=
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? jsonValueBytes(value)
        : 5;
  }
  return bytes;
}
