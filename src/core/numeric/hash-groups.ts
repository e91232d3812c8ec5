// Grouping a million texts by value without a map: a 32-bit hash per text, one numeric sort, and
// equal texts found among the few that share a hash.

/** FNV-1a over a text's UTF-16 code units. */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Indices 0..count-1 in the order of their hash, and in index order among equal hashes: `order[k]`
 * is an index and `hash[k]` its hash (cut to fewer bits past two million indices), so texts that
 * may be equal sit side by side. Hash and index are packed in one double and sorted natively.
 */
export function sortedByHash(
  count: number,
  hashOf: (index: number) => number,
): { readonly order: Uint32Array; readonly hash: Uint32Array } {
  const indexBits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  const cut = 32 - Math.min(32, 53 - indexBits);
  const span = 2 ** indexBits;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = (hashOf(i) >>> cut) * span + i;
  keys.sort();
  const order = new Uint32Array(count);
  const hash = new Uint32Array(count);
  for (let k = 0; k < count; k++) {
    const index = keys[k] % span;
    order[k] = index;
    hash[k] = (keys[k] - index) / span;
  }
  return { order, hash };
}
