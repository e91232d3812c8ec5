// Base64 for the core, which has no btoa or Buffer: bytes to the text a workbook cell can hold, and back.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) CODES[ALPHABET.charCodeAt(i)] = i;

const PAD = 0x3d; // "="
const DIGIT_CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
/** Bytes per slice of text: a multiple of 3, so only the last slice can end in padding. */
const SLICE_BYTES = 3 * 2_048;

/**
 * Bytes as base64 text, a slice of 8,192 characters at a time from their codes: no string per
 * character group (a full sheet's snapshot is 17 MB of text), no giant concatenation.
 */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes: number[] = [];
  for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
    const end = Math.min(start + SLICE_BYTES, bytes.length);
    let k = 0;
    for (let i = start; i < end; i += 3) {
      const a = bytes[i];
      const b = i + 1 < end ? bytes[i + 1] : 0;
      const c = i + 2 < end ? bytes[i + 2] : 0;
      codes[k++] = DIGIT_CODES[a >> 2];
      codes[k++] = DIGIT_CODES[((a & 3) << 4) | (b >> 4)];
      codes[k++] = i + 1 < end ? DIGIT_CODES[((b & 15) << 2) | (c >> 6)] : PAD;
      codes[k++] = i + 2 < end ? DIGIT_CODES[c & 63] : PAD;
    }
    codes.length = k;
    // apply, not a spread: a spread of 8,192 arguments is several times slower.
    parts.push(String.fromCharCode.apply(null, codes));
  }
  return parts.join('');
}

/** Base64 text back to bytes; undefined when the text is not base64 (a damaged or foreign value). */
export function fromBase64(text: string): Uint8Array | undefined {
  const n = text.length;
  if (n % 4 !== 0) return undefined;
  const padding = n === 0 ? 0 : text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((n / 4) * 3 - padding);
  const digits = n - padding;
  let out = 0;
  let bits = 0;
  let held = 0;
  for (let i = 0; i < digits; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? CODES[code] : 255;
    if (value === 255) return undefined;
    bits = ((bits << 6) | value) & 0xffffff;
    held += 6;
    if (held >= 8) {
      held -= 8;
      bytes[out++] = (bits >> held) & 255;
    }
  }
  return bytes;
}
