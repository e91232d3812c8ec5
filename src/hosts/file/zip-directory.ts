// A zip package's central directory, read once for the reader and the writer alike: each entry's
// name, method, CRC, sizes and where its stored bytes are (zip64 records included).

/** Why a package cannot be read, in words for the user's message. */
export class ZipError extends Error {}

/** One entry as the central directory records it. */
/** What the zip format records of an entry's data, read or written alike. */
export interface ZipEntryData {
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
}

export interface ZipDirectoryEntry extends ZipEntryData {
  readonly name: string;
  /** Offset of the entry's local header in the package. */
  readonly localHeader: number;
  readonly encrypted: boolean;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_NAME = 0x800;
const ZIP64_MARK = 0xffffffff;

export function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

export function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** A 64-bit size as a double: exact below 2^53, far beyond any file a browser or Node holds. */
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x1_0000_0000;
}

function endOfDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) if (u32(bytes, at) === EOCD) return at;
  throw new ZipError('it is not a zip archive (no central directory)');
}

/** Where the central directory starts and how many entries it has, from the zip64 record when there is one. */
function directory(bytes: Uint8Array): { offset: number; count: number } {
  const end = endOfDirectory(bytes);
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  const locator = end - 20;
  if (locator >= 0 && u32(bytes, locator) === EOCD64_LOCATOR) {
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== EOCD64)
      throw new ZipError('its zip64 directory record is damaged');
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  return { offset, count };
}

/** Sizes and offsets that did not fit 32 bits, from the zip64 extra field, in the order the format fixes. */
function zip64Values(bytes: Uint8Array, at: number, length: number): number[] {
  for (let p = at; p + 4 <= at + length;) {
    const id = u16(bytes, p);
    const size = u16(bytes, p + 2);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let q = p + 4; q + 8 <= p + 4 + size; q += 8) values.push(u64(bytes, q));
      return values;
    }
    p += 4 + size;
  }
  return [];
}

const utf8 = new TextDecoder('utf-8');
// Names without the UTF-8 flag are code page 437; Latin-1 keeps their bytes one to one.
const latin1 = new TextDecoder('latin1');

/** The entries in directory order. Throws ZipError when the bytes are not a readable zip archive. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] {
  const { offset, count } = directory(bytes);
  const entries: ZipDirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL)
      throw new ZipError('its central directory is damaged');
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    let size = u32(bytes, at + 24);
    let compressedSize = u32(bytes, at + 20);
    let localHeader = u32(bytes, at + 42);
    if (size === ZIP64_MARK || compressedSize === ZIP64_MARK || localHeader === ZIP64_MARK) {
      const values = zip64Values(bytes, at + 46 + nameLength, extraLength);
      let k = 0;
      if (size === ZIP64_MARK) size = values[k++] ?? size;
      if (compressedSize === ZIP64_MARK) compressedSize = values[k++] ?? compressedSize;
      if (localHeader === ZIP64_MARK) localHeader = values[k] ?? localHeader;
    }
    entries.push({
      name: ((flags & UTF8_NAME) !== 0 ? utf8 : latin1).decode(nameBytes),
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize,
      size,
      localHeader,
      encrypted: (flags & 1) === 1,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes as stored (compressed when its method is deflate), after its local header. */
export function storedData(bytes: Uint8Array, entry: ZipDirectoryEntry): Uint8Array {
  const at = entry.localHeader;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL)
    throw new ZipError(`the part "${entry.name}" is damaged`);
  if (entry.encrypted) throw new ZipError('it is encrypted (password-protected)');
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError(`the part "${entry.name}" is cut short`);
  return bytes.subarray(start, end);
}
