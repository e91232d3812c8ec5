// The input package's entries for the writer: the shared directory reader, limited to what a
// package without zip64 records can carry (the writer writes 32-bit sizes and offsets).
import { readZipDirectory, ZipError, type ZipDirectoryEntry } from '../zip-directory';

export type ZipEntry = ZipDirectoryEntry;

/** The largest size or offset a zip without zip64 records holds. */
const ZIP32_LIMIT = 0xfffffffe;

/** The entries of a zip package, in directory order. Zip64 packages (over 4 GB) are refused. */
export function readInputEntries(bytes: Uint8Array): ZipEntry[] {
  const entries = readZipDirectory(bytes);
  if (
    entries.length > 0xfffe ||
    entries.some((e) => Math.max(e.size, e.compressedSize, e.localHeader) > ZIP32_LIMIT)
  )
    throw new ZipError('zip64 packages are not supported');
  return entries;
}
