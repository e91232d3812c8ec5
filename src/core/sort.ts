// Stable orderings of doubles without a JS comparator: an LSD radix sort on IEEE-754 bits (DESIGN 6).

/*
 * Why a radix sort: an index sort with a comparator callback costs ~0.45 s for 1M rows, which alone
 * breaks the 300 ms pipeline budget. Each double becomes a 64-bit unsigned key whose order is the
 * numeric order, split into two 32-bit words; four stable counting passes of 16 bits each sort it.
 *
 * Records are interleaved ([lo, hi, index], later [hi, index]) because scattering one record to
 * one place touches one cache line, where three parallel arrays would touch three: measured about
 * 2.5x faster at 1M rows.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Position of the low and high 32-bit halves of a double in a Uint32Array view of it. */
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = LITTLE_ENDIAN ? 1 : 0;

/** Below this, insertion sort beats any histogram. */
const SMALL = 48;

/**
 * Digit width by input size: 16-bit digits need only four passes, but clearing and summing a
 * 65,536-bucket histogram per pass dominates below ~30k rows, where 8-bit digits win.
 */
function digitBitsFor(m: number): number {
  return m < 2_000 ? 8 : m < 200_000 ? 11 : 16;
}

/** Indices of values in descending order; equal values keep input order (stable); NaN last (in input order). */
export function orderDescending(values: Float64Array): Uint32Array {
  const out = new Uint32Array(values.length);
  orderInto(values, out, true);
  return out;
}

/** Indices of values in ascending order; equal values keep input order (stable); NaN last (in input order). */
export function orderAscending(values: Float64Array): Uint32Array {
  const out = new Uint32Array(values.length);
  orderInto(values, out, false);
  return out;
}

/**
 * orderDescending, plus the values in that order (NaN last, -0 read as 0). Cheaper than gathering
 * values[order[k]] afterwards: the last pass writes each value where its index goes, from the
 * key bits it already holds, instead of 1M random reads.
 */
export function sortDescending(values: Float64Array): { order: Uint32Array; sorted: Float64Array } {
  const order = new Uint32Array(values.length);
  const sorted = new Float64Array(values.length);
  orderInto(values, order, true, sorted);
  return { order, sorted };
}

/** orderDescending into a caller-owned buffer of the same length (lets a hot loop reuse it). */
export function orderDescendingInto(values: Float64Array, out: Uint32Array): Uint32Array {
  orderInto(values, out, true);
  return out;
}

/** orderAscending into a caller-owned buffer of the same length. */
export function orderAscendingInto(values: Float64Array, out: Uint32Array): Uint32Array {
  orderInto(values, out, false);
  return out;
}

function orderInto(
  values: Float64Array,
  out: Uint32Array,
  descending: boolean,
  sorted?: Float64Array,
): void {
  const n = values.length;
  if (out.length !== n) {
    throw new RangeError(`order buffer has length ${out.length}, expected ${n}`);
  }
  if (n === 0) return;
  // Complementing every key reverses the order while the sort stays stable: ties keep input order.
  const flip = descending ? 0xffffffff : 0;
  const bits = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  let records = new Uint32Array(3 * n);
  const digitBits = digitBitsFor(n);
  const radix = 1 << digitBits;
  const perWord = Math.ceil(32 / digitBits);
  const counts = new Uint32Array(2 * perWord * radix);
  // At 16 bits (the 1M-row case) the histograms are counted while the records are built: one
  // read of the records less, unrolled. Narrower digits are counted afterwards, in a loop.
  const fused = digitBits === 16;

  // [lo, hi, index] records of the non-NaN values. NaN indices go to the tail of `out` from the
  // back, and are reversed into input order below.
  let m = 0;
  let tail = n;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) {
      out[--tail] = i;
      continue;
    }
    let hi = bits[2 * i + HI];
    let lo = bits[2 * i + LO];
    if (v === 0) {
      hi = 0; // -0 and 0 must tie
      lo = 0;
    }
    // Order-preserving unsigned key: negatives get all bits flipped, positives their sign bit set.
    const negative = hi >> 31;
    lo = (lo ^ negative ^ flip) >>> 0;
    hi = (hi ^ (negative | 0x80000000) ^ flip) >>> 0;
    const r = 3 * m++;
    records[r] = lo;
    records[r + 1] = hi;
    records[r + 2] = i;
    if (fused) {
      counts[lo & 0xffff]++;
      counts[0x10000 + (lo >>> 16)]++;
      counts[0x20000 + (hi & 0xffff)]++;
      counts[0x30000 + (hi >>> 16)]++;
    }
  }
  for (let a = m, b = n - 1; a < b; a++, b--) {
    const t = out[a];
    out[a] = out[b];
    out[b] = t;
  }
  if (sorted !== undefined) sorted.fill(NaN, m);
  if (m === 0) return;
  if (m <= SMALL) {
    insertionSort(records, m, out);
    if (sorted !== undefined) gatherValues(values, out, m, sorted);
    return;
  }

  if (!fused) countDigits(records, m, digitBits, counts);

  // Pass p sorts by digit p % perWord of the low word (p < perWord), then of the high word.
  // A pass whose digit is the same for every key (e.g. the low words of whole numbers) is a no-op.
  const active: number[] = [];
  for (let p = 0; p < 2 * perWord; p++) {
    const word = records[p < perWord ? 0 : 1];
    const digit = (word >>> ((p % perWord) * digitBits)) & (radix - 1);
    if (counts[p * radix + digit] !== m) active.push(p);
  }
  if (active.length === 0) {
    for (let i = 0; i < m; i++) out[i] = records[3 * i + 2];
    if (sorted !== undefined) gatherValues(values, out, m, sorted);
    return;
  }

  let spare = new Uint32Array(3 * m);
  let stride = 3; // [lo, hi, index] while a low-word digit is still to come, then [hi, index]
  for (let a = 0; a < active.length; a++) {
    const p = active[a];
    const base = p * radix;
    toOffsets(counts, base, radix);
    const digit: Digit = {
      word: stride === 3 && p >= perWord ? 1 : 0,
      shift: (p % perWord) * digitBits,
      mask: radix - 1,
    };
    if (a === active.length - 1) {
      if (sorted === undefined) scatterIndex(records, stride, digit, counts, base, m, out);
      else scatterIndexAndValue(records, digit, counts, base, m, out, sorted, flip);
      return;
    }
    // The low word is kept while a low digit is still to come, or to rebuild the values at the end.
    if (active[a + 1] < perWord || sorted !== undefined) {
      scatterTriple(records, digit, counts, base, m, spare);
    } else if (stride === 3) {
      scatterTripleToPair(records, digit, counts, base, m, spare);
      stride = 2;
    } else {
      scatterPair(records, digit, counts, base, m, spare);
    }
    const t = records;
    records = spare;
    spare = t;
  }
}

/** Where a pass finds its digit: in the record's low (0) or high (1) key word, bits shift.. upward. */
interface Digit {
  readonly word: number;
  readonly shift: number;
  readonly mask: number;
}

/** All passes' histograms in one scan: digit counts do not depend on the order of the records. */
function countDigits(
  records: Uint32Array,
  m: number,
  digitBits: number,
  counts: Uint32Array,
): void {
  const radix = 1 << digitBits;
  const mask = radix - 1;
  const perWord = Math.ceil(32 / digitBits);
  const hiBase = perWord * radix;
  for (let r = 0; r < 3 * m; r += 3) {
    const lo = records[r];
    const hi = records[r + 1];
    for (let q = 0, base = 0; q < perWord; q++, base += radix) {
      counts[base + ((lo >>> (q * digitBits)) & mask)]++;
      counts[hiBase + base + ((hi >>> (q * digitBits)) & mask)]++;
    }
  }
}

/** Turns one histogram into exclusive prefix sums: the first slot of each digit. */
function toOffsets(counts: Uint32Array, base: number, radix: number): void {
  let sum = 0;
  for (let d = base; d < base + radix; d++) {
    const c = counts[d];
    counts[d] = sum;
    sum += c;
  }
}

function scatterTriple(
  src: Uint32Array,
  digit: Digit,
  offsets: Uint32Array,
  base: number,
  m: number,
  dst: Uint32Array,
): void {
  const { word, shift, mask } = digit;
  for (let s = 0; s < 3 * m; s += 3) {
    const d = 3 * offsets[base + ((src[s + word] >>> shift) & mask)]++;
    dst[d] = src[s];
    dst[d + 1] = src[s + 1];
    dst[d + 2] = src[s + 2];
  }
}

function scatterTripleToPair(
  src: Uint32Array,
  digit: Digit,
  offsets: Uint32Array,
  base: number,
  m: number,
  dst: Uint32Array,
): void {
  const { word, shift, mask } = digit;
  for (let s = 0; s < 3 * m; s += 3) {
    const d = 2 * offsets[base + ((src[s + word] >>> shift) & mask)]++;
    dst[d] = src[s + 1];
    dst[d + 1] = src[s + 2];
  }
}

function scatterPair(
  src: Uint32Array,
  digit: Digit,
  offsets: Uint32Array,
  base: number,
  m: number,
  dst: Uint32Array,
): void {
  const { shift, mask } = digit;
  for (let s = 0; s < 2 * m; s += 2) {
    const hi = src[s];
    const d = 2 * offsets[base + ((hi >>> shift) & mask)]++;
    dst[d] = hi;
    dst[d + 1] = src[s + 1];
  }
}

/** The final pass writes only indices, straight into the result. */
function scatterIndex(
  src: Uint32Array,
  stride: number,
  digit: Digit,
  offsets: Uint32Array,
  base: number,
  m: number,
  out: Uint32Array,
): void {
  const { word, shift, mask } = digit;
  const index = stride - 1;
  for (let s = 0; s < stride * m; s += stride) {
    out[offsets[base + ((src[s + word] >>> shift) & mask)]++] = src[s + index];
  }
}

/** The final pass for sortDescending: index and value, the value rebuilt from its key bits. */
function scatterIndexAndValue(
  src: Uint32Array,
  digit: Digit,
  offsets: Uint32Array,
  base: number,
  m: number,
  out: Uint32Array,
  sorted: Float64Array,
  flip: number,
): void {
  const { word, shift, mask } = digit;
  const bits = new Uint32Array(sorted.buffer, sorted.byteOffset, 2 * sorted.length);
  for (let s = 0; s < 3 * m; s += 3) {
    const pos = offsets[base + ((src[s + word] >>> shift) & mask)]++;
    out[pos] = src[s + 2];
    // Undo the key transform: a set top bit marks a value that was positive.
    const hi = src[s + 1] ^ flip;
    const positive = hi >> 31;
    bits[2 * pos + LO] = src[s] ^ flip ^ ~positive;
    bits[2 * pos + HI] = hi ^ (~positive | 0x80000000);
  }
}

/** Values in the given order, -0 read as 0 as the keys do; for the paths that never built keys. */
function gatherValues(
  values: Float64Array,
  order: Uint32Array,
  m: number,
  sorted: Float64Array,
): void {
  for (let k = 0; k < m; k++) {
    const v = values[order[k]];
    sorted[k] = v === 0 ? 0 : v;
  }
}

/** Stable insertion sort of [lo, hi, index] records by (hi, lo), for tiny inputs. */
function insertionSort(records: Uint32Array, m: number, out: Uint32Array): void {
  for (let i = 1; i < m; i++) {
    const lo = records[3 * i];
    const hi = records[3 * i + 1];
    const index = records[3 * i + 2];
    let j = i - 1;
    // Strictly greater only, so equal keys never pass each other.
    while (
      j >= 0 &&
      (records[3 * j + 1] > hi || (records[3 * j + 1] === hi && records[3 * j] > lo))
    ) {
      records[3 * j + 3] = records[3 * j];
      records[3 * j + 4] = records[3 * j + 1];
      records[3 * j + 5] = records[3 * j + 2];
      j--;
    }
    records[3 * j + 3] = lo;
    records[3 * j + 4] = hi;
    records[3 * j + 5] = index;
  }
  for (let i = 0; i < m; i++) out[i] = records[3 * i + 2];
}
