// Reads a zip package's directory and entries without inflating what is only copied (the user's parts travel compressed as they came).

/** One entry of the input package, located by its central directory record. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the compressed data in the package. */
  readonly dataOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const UTF8_FLAG = 0x800;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

function endOfDirectory(bytes: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 65_535);
  for (let at = bytes.length - 22; at >= lowest; at--)
    if (u32(bytes, at) === EOCD_SIGNATURE) return at;
  throw new ZipFormatError('no zip directory');
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** The entries of a zip package, in directory order. Zip64 packages (over 4 GB) are refused. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const end = endOfDirectory(bytes);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff)
    throw new ZipFormatError('zip64 packages are not supported');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== CENTRAL_SIGNATURE) throw new ZipFormatError('damaged zip directory');
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const compressedSize = u32(bytes, at + 20);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff)
      throw new ZipFormatError('zip64 entries are not supported');
    if (u32(bytes, localOffset) !== LOCAL_SIGNATURE) throw new ZipFormatError('damaged zip entry');
    const dataOffset =
      localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    entries.push({
      name: (flags & UTF8_FLAG ? utf8 : latin1).decode(nameBytes),
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize,
      size: u32(bytes, at + 24),
      dataOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes as stored (compressed when its method is deflate). */
export function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}
