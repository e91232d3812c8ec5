// The core's base64 agrees with Node's on every length, across its slice boundaries, and reads back.
import { fromBase64, toBase64 } from '../../src/core/history/base64';
import { seededUniform } from '../../src/core';

describe('base64', () => {
  it("writes what Node's Buffer writes and reads it back, for lengths around its 6,144-byte slices", () => {
    const random = seededUniform(5);
    const lengths = [0, 1, 2, 3, 4, 5, 6143, 6144, 6145, 6146, 12_288, 12_290, 20_000];
    for (let t = 0; t < 40; t++) lengths.push(Math.floor(random() * 30_000));
    for (const length of lengths) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
    }
  });
});
