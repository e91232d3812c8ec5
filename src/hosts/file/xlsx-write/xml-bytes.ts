// Sheet XML as UTF-8 bytes: finding row and cell boundaries without decoding, and gathering output into pieces.
// Every byte searched for is ASCII, and no byte of a multi-byte UTF-8 sequence is, so a match is never inside a character.

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const W = 0x77;

const encoder = new TextEncoder();

export function asciiBytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Whether `bytes` holds `pattern` at `at`. */
export function bytesAt(bytes: Uint8Array, at: number, pattern: Uint8Array): boolean {
  if (at < 0 || at + pattern.length > bytes.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

/** Index of the first `pattern` at or after `from`, or -1. */
export function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  const first = pattern[0];
  for (let at = bytes.indexOf(first, from); at !== -1; at = bytes.indexOf(first, at + 1))
    if (bytesAt(bytes, at, pattern)) return at;
  return -1;
}

const ROW_CLOSE = asciiBytes('</row>');

/**
 * Index of the next `</row>` at or after `from`, or -1. Found through its "w", a letter that the
 * markup inside a row (`<c r= s= t=>`, `<v>`, `<f>`, `<is><t>`) never holds: only text cells do.
 */
export function indexOfRowClose(bytes: Uint8Array, from: number): number {
  for (let w = bytes.indexOf(W, from + 4); w !== -1; w = bytes.indexOf(W, w + 1))
    if (bytesAt(bytes, w - 4, ROW_CLOSE)) return w - 4;
  return -1;
}

/** Whether the byte ends an element name (whitespace, `>` or `/`). */
export function endsName(byte: number | undefined): boolean {
  return (
    byte === 0x20 ||
    byte === 0x09 ||
    byte === 0x0a ||
    byte === 0x0d ||
    byte === GT ||
    byte === SLASH
  );
}

/**
 * Index of the start of the last `<c` cell element in bytes[from, to), or -1. Inside a row only
 * cells and their children are elements, and a cell's children (`<v>`, `<f>`, `<is>`) never
 * start with "c".
 */
export function lastCellStart(bytes: Uint8Array, from: number, to: number): number {
  for (let at = bytes.lastIndexOf(LT, to - 1); at >= from; at = bytes.lastIndexOf(LT, at - 1)) {
    if (bytes[at + 1] === 0x63 && endsName(bytes[at + 2])) return at;
    if (at === 0) break;
  }
  return -1;
}

const REFERENCE_ATTRIBUTE = asciiBytes(' r="');

/**
 * The column of the `r` attribute of the element starting at `start` ("AB12" -> 28), or null when
 * its start tag has none.
 */
export function referenceColumnAt(bytes: Uint8Array, start: number): number | null {
  const tagEnd = bytes.indexOf(GT, start);
  if (tagEnd === -1) return null;
  let at = start;
  while (at < tagEnd && !bytesAt(bytes, at, REFERENCE_ATTRIBUTE)) at++;
  if (at >= tagEnd) return null;
  let column = 0;
  for (let i = at + REFERENCE_ATTRIBUTE.length; ; i++) {
    const code = bytes[i];
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return column;
}

/** Output gathered into pieces of about PIECE bytes. */
const PIECE = 1 << 20;

/**
 * Collects output (copied input bytes and our text, encoded straight into the piece) and hands it
 * on in pieces of about a megabyte, so neither the whole XML nor many small strings are held.
 * A piece handed on is valid until the next one is asked for: its memory is then used again (the
 * zip writer deflates each piece before it asks for the next), so a full sheet streams through
 * the same few megabytes instead of leaving a megabyte of garbage per piece.
 */
export class BytePieces {
  private piece: Uint8Array = new Uint8Array(PIECE);
  private length = 0;
  private readonly ready: Uint8Array[] = [];
  private readonly spare: Uint8Array[] = [];

  addBytes(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.length + bytes.length > PIECE) this.flush();
    if (bytes.length >= PIECE) {
      this.ready.push(bytes.slice());
      return;
    }
    this.piece.set(bytes, this.length);
    this.length += bytes.length;
  }

  addText(text: string): void {
    if (text.length === 0) return;
    // A UTF-16 unit takes at most 3 bytes of UTF-8.
    if (this.length + text.length * 3 > PIECE) {
      this.flush();
      if (text.length * 3 > PIECE) {
        this.ready.push(encoder.encode(text));
        return;
      }
    }
    this.length += encoder.encodeInto(text, this.piece.subarray(this.length)).written;
  }

  flush(): void {
    if (this.length === 0) return;
    this.ready.push(this.piece.subarray(0, this.length));
    this.piece = this.spare.pop() ?? new Uint8Array(PIECE);
    this.length = 0;
  }

  *drain(): Generator<Uint8Array> {
    while (this.ready.length > 0) {
      const piece = this.ready.shift() as Uint8Array;
      yield piece;
      if (piece.buffer.byteLength === PIECE) this.spare.push(new Uint8Array(piece.buffer));
    }
  }
}

/**
 * The unread end of the input with the next chunk after it, in one buffer used again from chunk to
 * chunk (views into it are valid until the next `append`).
 */
export class CarryBuffer {
  private store: Uint8Array = new Uint8Array(0);
  private start = 0;
  private end = 0;

  /** The bytes held. */
  get bytes(): Uint8Array {
    return this.store.subarray(this.start, this.end);
  }

  /** Drops the first `count` bytes held. */
  consume(count: number): void {
    this.start += count;
  }

  append(chunk: Uint8Array): void {
    const held = this.end - this.start;
    if (held + chunk.length > this.store.length) {
      const grown = new Uint8Array(Math.max(held + chunk.length, this.store.length * 2));
      grown.set(this.store.subarray(this.start, this.end));
      this.store = grown;
    } else this.store.copyWithin(0, this.start, this.end);
    this.store.set(chunk, held);
    this.start = 0;
    this.end = held + chunk.length;
  }
}
