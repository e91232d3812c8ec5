// Writes a zip package piece by piece to a sink: copied entries keep their compressed bytes, new ones are deflated as they stream.
import type { Codec } from './codec';
import type { ZipEntryData } from '../zip-directory';
import type { ZipEntry } from './zip-read';

/** Receives the package's bytes in order (a file descriptor in Node, an array in memory). */
export type ByteSink = (chunk: Uint8Array) => void;

interface Written extends ZipEntryData {
  /** The entry's name as UTF-8. */
  readonly name: Uint8Array;
  readonly offset: number;
  readonly flags: number;
}

const UTF8_FLAG = 0x800;
const DESCRIPTOR_FLAG = 0x8;
/** 1980-01-01 00:00 in DOS time, as Excel dates its entries: the output does not depend on the clock. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const MAX_32 = 0xffffffff;

/**
 * The fields a local header and its central directory record share, in the same order (APPNOTE
 * 4.3.7 and 4.3.12): from "version needed to extract" to the name's length.
 */
function sharedFields(view: DataView, at: number, entry: Omit<Written, 'offset'>): void {
  view.setUint16(at, 20, true); // version 2.0: deflate, folders
  view.setUint16(at + 2, entry.flags, true);
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, 0, true); // 00:00
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.compressedSize, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, entry.name.length, true);
}

export class ZipTooLargeError extends Error {}

function header(size: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(size);
  return { bytes, view: new DataView(bytes.buffer) };
}

const encoder = new TextEncoder();

export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];

  constructor(
    private readonly sink: ByteSink,
    private readonly codec: Codec,
  ) {}

  private emit(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.sink(chunk);
    this.offset += chunk.length;
    if (this.offset > MAX_32) throw new ZipTooLargeError('the package would pass 4 GB');
  }

  private localHeader(entry: Omit<Written, 'offset'>): void {
    const { bytes, view } = header(30);
    view.setUint32(0, 0x04034b50, true);
    sharedFields(view, 4, entry);
    view.setUint16(28, 0, true);
    this.emit(bytes);
    this.emit(entry.name);
  }

  /** Copies an input entry as it is stored: the same compressed bytes, CRC and sizes. */
  copy(entry: ZipEntry, raw: Uint8Array): void {
    const written: Written = {
      name: encoder.encode(entry.name),
      method: entry.method,
      crc: entry.crc,
      compressedSize: entry.compressedSize,
      size: entry.size,
      offset: this.offset,
      flags: UTF8_FLAG,
    };
    this.localHeader(written);
    this.emit(raw);
    this.written.push(written);
  }

  /**
   * Adds an entry from pieces of its content, deflated as they come; the CRC and sizes follow in a
   * data descriptor, so nothing of the entry is held whole.
   */
  add(name: string, pieces: Iterable<Uint8Array>): void {
    const nameBytes = encoder.encode(name);
    const flags = UTF8_FLAG | DESCRIPTOR_FLAG;
    const offset = this.offset;
    this.localHeader({ name: nameBytes, method: 8, crc: 0, compressedSize: 0, size: 0, flags });
    const deflater = this.codec.deflater();
    let crc = 0;
    let size = 0;
    const start = this.offset;
    for (const piece of pieces) {
      if (piece.length === 0) continue;
      crc = this.codec.crc32(piece, crc);
      size += piece.length;
      if (size > MAX_32) throw new ZipTooLargeError(`the part ${name} would pass 4 GB`);
      for (const out of deflater.push(piece, false)) this.emit(out);
    }
    for (const out of deflater.push(new Uint8Array(0), true)) this.emit(out);
    const compressedSize = this.offset - start;
    const { bytes, view } = header(16);
    view.setUint32(0, 0x08074b50, true);
    view.setUint32(4, crc, true);
    view.setUint32(8, compressedSize, true);
    view.setUint32(12, size, true);
    this.emit(bytes);
    this.written.push({ name: nameBytes, method: 8, crc, compressedSize, size, offset, flags });
  }

  /** Writes the central directory; the package is complete after this. */
  finish(): void {
    const directoryStart = this.offset;
    for (const entry of this.written) {
      const { bytes, view } = header(46);
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, 20, true); // made by: version 2.0
      sharedFields(view, 6, entry);
      view.setUint32(42, entry.offset, true);
      this.emit(bytes);
      this.emit(entry.name);
    }
    if (this.written.length > 0xffff) throw new ZipTooLargeError('too many parts for a zip');
    const { bytes, view } = header(22);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, this.written.length, true);
    view.setUint16(10, this.written.length, true);
    view.setUint32(12, this.offset - directoryStart, true);
    view.setUint32(16, directoryStart, true);
    this.emit(bytes);
  }
}
