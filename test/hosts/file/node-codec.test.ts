// The Node codec's inflater: native zlib stepped by hand, held to zlib's one-shot inflate.
import * as zlib from 'node:zlib';
import { nativeInflateInPieces, nodeCodec } from '../../../src/hosts/file/node-codec';

/** Sheet-like XML that compresses as a real sheet does (numbers differ row to row). */
function sheetXml(rows: number): Buffer {
  let xml = '<sheetData>';
  for (let r = 1; r <= rows; r++)
    xml += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Account ${r}</t></is></c><c r="B${r}"><v>${(r * 7919) % 100003}.${r % 97}</v></c></row>`;
  return Buffer.from(`${xml}</sheetData>`);
}

/** The pieces joined, each copied as it comes (a piece's memory is used again for the next). */
function inflated(compressed: Uint8Array): { bytes: Buffer; largest: number } {
  const pieces: Buffer[] = [];
  let largest = 0;
  for (const piece of nativeInflateInPieces(compressed)) {
    pieces.push(Buffer.from(piece));
    largest = Math.max(largest, piece.length);
  }
  return { bytes: Buffer.concat(pieces), largest };
}

describe('the Node inflater', () => {
  const xml = sheetXml(60_000);

  it.each([1, 6, 9])(
    'gives back the sheet deflated at level %i, in pieces of at most 1 MB',
    (level) => {
      const { bytes, largest } = inflated(zlib.deflateRawSync(xml, { level }));
      expect(bytes.equals(xml)).toBe(true);
      expect(largest).toBeLessThanOrEqual(1 << 20);
    },
  );

  it('reads what the writer deflates piece by piece (sync-flushed pieces laid end to end)', () => {
    const deflater = nodeCodec.deflater();
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < xml.length; at += 300_000)
      pieces.push(...deflater.push(xml.subarray(at, at + 300_000), false));
    pieces.push(...deflater.push(new Uint8Array(0), true));
    expect(inflated(Buffer.concat(pieces)).bytes.equals(xml)).toBe(true);
  });

  it('gives nothing for an empty part', () => {
    expect(inflated(zlib.deflateRawSync(Buffer.alloc(0))).bytes.length).toBe(0);
  });

  it('throws on a truncated part instead of giving part of it', () => {
    const compressed = zlib.deflateRawSync(xml, { level: 1 });
    expect(() => inflated(compressed.subarray(0, compressed.length >> 1))).toThrow(/end of file/);
  });

  it('throws on bytes that are not deflate data', () => {
    expect(() => inflated(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x01]))).toThrow();
  });
});
