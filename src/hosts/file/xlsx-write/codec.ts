// The compression the package writer uses, injected so the same writer runs in the browser (fflate) and in Node (native zlib).
import { Deflate, Inflate, inflateSync } from 'fflate';

/**
 * Compresses one zip entry in pieces: each push returns the compressed bytes ready so far, and the
 * push with `final` set ends the raw deflate stream.
 */
export interface EntryDeflater {
  push(data: Uint8Array, final: boolean): Uint8Array[];
}

export interface Codec {
  deflater(): EntryDeflater;
  /** A raw deflate stream inflated in pieces, for parts too large to hold inflated at once (the data sheet). */
  inflateChunks(compressed: Uint8Array): Iterable<Uint8Array>;
  inflate(compressed: Uint8Array): Uint8Array;
  /** CRC-32 of data, continuing from `previous` (0 to start). */
  crc32(data: Uint8Array, previous: number): number;
}

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array, previous: number): number {
  let crc = ~previous >>> 0;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** Input slice fed to a streaming inflater at a time: small enough to keep its output pieces small. */
const INFLATE_SLICE = 256 * 1024;

/** Streams `compressed` through fflate's inflater, yielding its output as it comes. */
export function* inflateInPieces(compressed: Uint8Array): Generator<Uint8Array> {
  const ready: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => ready.push(chunk));
  for (let at = 0; at < compressed.length || at === 0; at += INFLATE_SLICE) {
    const end = Math.min(at + INFLATE_SLICE, compressed.length);
    inflater.push(compressed.subarray(at, end), end >= compressed.length);
    while (ready.length > 0) yield ready.shift() as Uint8Array;
    if (compressed.length === 0) break;
  }
}

/** The codec that runs everywhere (the browser preview): fflate, level 6. */
export const portableCodec: Codec = {
  deflater: () => {
    const out: Uint8Array[] = [];
    const deflate = new Deflate({ level: 6 }, (chunk) => out.push(chunk));
    return {
      push: (data, final) => {
        deflate.push(data, final);
        return out.splice(0, out.length);
      },
    };
  },
  inflateChunks: inflateInPieces,
  inflate: (compressed) => inflateSync(compressed),
  crc32,
};
