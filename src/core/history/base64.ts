// Base64 for the core, which has no btoa or Buffer: bytes to the text a workbook cell can hold, and back.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) CODES[ALPHABET.charCodeAt(i)] = i;

/** Bytes as base64 text, built in slices so a 20 MB snapshot never makes one giant string concatenation. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const SLICE = 3 * 16_384;
  for (let start = 0; start < bytes.length; start += SLICE) {
    const end = Math.min(start + SLICE, bytes.length);
    const chars: string[] = [];
    for (let i = start; i < end; i += 3) {
      const a = bytes[i];
      const b = i + 1 < end ? bytes[i + 1] : 0;
      const c = i + 2 < end ? bytes[i + 2] : 0;
      chars.push(
        ALPHABET[a >> 2] +
          ALPHABET[((a & 3) << 4) | (b >> 4)] +
          (i + 1 < end ? ALPHABET[((b & 15) << 2) | (c >> 6)] : '=') +
          (i + 2 < end ? ALPHABET[c & 63] : '='),
      );
    }
    parts.push(chars.join(''));
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
