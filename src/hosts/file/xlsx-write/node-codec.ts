// The package writer's codec in Node: native zlib for deflate and CRC (several times faster than JS), fflate to stream inflate.
import * as zlib from 'node:zlib';
import { crc32 as portableCrc32, inflateInPieces, type Codec } from './codec';

/**
 * Level 1: a full sheet is close to a gigabyte of XML; level 1 deflates it in a quarter of the time
 * level 6 takes, for a file about 20% larger (measured on 100,000 rows: 215 ms and 12.9 MB vs 775 ms and 10.4 MB).
 */
const LEVEL = 1;

/**
 * zlib has no synchronous streaming deflate, so each piece is deflated on its own and ended with a
 * sync flush (a byte-aligned, non-final block); pieces laid end to end form one valid deflate stream
 * (pigz does the same). Each piece restarts the dictionary, which costs a fraction of a percent.
 */
export const nodeCodec: Codec = {
  deflater: () => ({
    push: (data, final) => [
      zlib.deflateRawSync(data, {
        level: LEVEL,
        finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      }),
    ],
  }),
  inflateChunks: inflateInPieces,
  inflate: (compressed) => zlib.inflateRawSync(compressed),
  crc32:
    typeof zlib.crc32 === 'function'
      ? (data, previous) => zlib.crc32(data, previous)
      : portableCrc32,
};
