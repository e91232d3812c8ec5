// The package writer's codec in Node: native zlib for deflate and CRC (several times faster than JS), fflate to stream inflate.
import * as zlib from 'node:zlib';
import { crc32 as portableCrc32, inflateInPieces, type Codec } from './codec';

/**
 * Level 4: at a full sheet the result columns' XML is hundreds of megabytes; level 6 costs about
 * twice the time for a file a few percent smaller.
 */
const LEVEL = 4;

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
