// A run snapshot as compact text for the workbook (a 1,048,575-account run stays a few megabytes):
// typed columns, their bytes regrouped so deflate finds the repeats, then base64.
import { Deflate, Inflate, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import type { Outcome } from '../outcome';
import { fail } from '../outcome';
import { concatBytes } from '../bytes';
import { fromBase64, toBase64 } from './base64';
import type { RunSnapshot } from './snapshot';

/** Marks our snapshots, and their format's version. */
const PREFIX = 'KAMH1.';
/** Past this much inflated data a stored value is not ours (a zip bomb is refused, not inflated). */
const MAX_INFLATED = 512 * 1024 * 1024;
/** Stability is kept as a count out of this many (exact for the default 1,000 draws and coarser ones). */
const STABILITY_SCALE = 60_000;
const NO_STABILITY = 65_535;

const headerSchema = z.strictObject({
  date: z.string(),
  model: z.string(),
  fingerprint: z.string(),
  tierNames: z.array(z.string()).max(250),
  count: z.number().int().min(0).max(2_000_000),
  idBytes: z.number().int().min(0),
  stability: z.boolean(),
});

/** Bytes of a typed array regrouped by position (all first bytes, then all second bytes...). */
function shuffled(bytes: Uint8Array, width: number): Uint8Array {
  const n = bytes.length / width;
  const out = new Uint8Array(bytes.length);
  for (let b = 0; b < width; b++) for (let i = 0; i < n; i++) out[b * n + i] = bytes[i * width + b];
  return out;
}

function unshuffled(bytes: Uint8Array, width: number): Uint8Array {
  const n = bytes.length / width;
  const out = new Uint8Array(bytes.length);
  for (let b = 0; b < width; b++) for (let i = 0; i < n; i++) out[i * width + b] = bytes[b * n + i];
  return out;
}

const bytesOf = (a: Float64Array | Uint16Array): Uint8Array =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export function encodeSnapshot(snapshot: RunSnapshot): string {
  const n = snapshot.ids.length;
  const ids = strToU8(snapshot.ids.join('\u0000'));
  const header = strToU8(
    JSON.stringify({
      date: snapshot.date,
      model: snapshot.model,
      fingerprint: snapshot.fingerprint,
      tierNames: snapshot.tierNames,
      count: n,
      idBytes: ids.length,
      stability: snapshot.stability !== null,
    }),
  );
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, header.length, true);
  const parts = [
    length,
    header,
    ids,
    shuffled(bytesOf(snapshot.scores), 8),
    shuffled(bytesOf(snapshot.revenue), 8),
    snapshot.tiers,
    snapshot.abc,
  ];
  if (snapshot.stability !== null) {
    const counts = Uint16Array.from(snapshot.stability, (s) =>
      s === s ? Math.round(s * STABILITY_SCALE) : NO_STABILITY,
    );
    parts.push(shuffled(bytesOf(counts), 2));
  }
  return PREFIX + toBase64(deflated(parts));
}

/**
 * The parts deflated as one stream in 1 MB slices: neither the parts joined nor the compressor's
 * buffers ever as large as the whole (a full sheet's run is about 37 MB before deflate); smaller
 * slices cost time (64 KB: 0.2 s more at a full sheet).
 */
function deflated(parts: readonly Uint8Array[]): Uint8Array {
  const SLICE = 1 << 20;
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  for (const part of parts)
    for (let at = 0; at < part.length; at += SLICE) deflate.push(part.subarray(at, at + SLICE));
  deflate.push(new Uint8Array(0), true);
  return concatBytes(out);
}

/** Inflates in slices, refusing output past MAX_INFLATED. */
function inflated(data: Uint8Array): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_INFLATED) tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    const SLICE = 65_536;
    for (let at = 0; at < data.length && !tooLarge; at += SLICE)
      inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  } catch {
    return undefined;
  }
  return tooLarge ? undefined : concatBytes(chunks);
}

const damaged = (why: string): Outcome<never> =>
  fail('history-invalid', `The run history saved in this workbook is damaged (${why}).`);

/** A stored snapshot back; a damaged or foreign value is refused with what is wrong, never half-read. */
export function decodeSnapshot(text: string): Outcome<RunSnapshot> {
  if (!text.startsWith(PREFIX)) return damaged('not a snapshot of ours');
  const packed = fromBase64(text.slice(PREFIX.length));
  if (packed === undefined) return damaged('not base64');
  const bytes = inflated(packed);
  if (bytes === undefined || bytes.length < 4) return damaged('not compressed data of ours');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true);
  let header: z.output<typeof headerSchema>;
  try {
    const parsed = headerSchema.safeParse(
      JSON.parse(strFromU8(bytes.subarray(4, 4 + headerLength))),
    );
    if (!parsed.success) return damaged('its header does not fit');
    header = parsed.data;
  } catch {
    return damaged('its header is not JSON');
  }
  const n = header.count;
  const sizes = [header.idBytes, 8 * n, 8 * n, n, n, header.stability ? 2 * n : 0];
  if (bytes.length !== 4 + headerLength + sizes.reduce((a, b) => a + b, 0))
    return damaged('its length does not match its header');
  let at = 4 + headerLength;
  const take = (size: number): Uint8Array => bytes.slice(at, (at += size));
  const ids = n === 0 ? [] : strFromU8(take(header.idBytes)).split('\u0000');
  if (n === 0) take(header.idBytes);
  if (ids.length !== n) return damaged('its ids do not match its count');
  const scores = new Float64Array(unshuffled(take(8 * n), 8).buffer);
  const revenue = new Float64Array(unshuffled(take(8 * n), 8).buffer);
  const tiers = take(n);
  const abc = take(n);
  const stability = header.stability
    ? Float64Array.from(new Uint16Array(unshuffled(take(2 * n), 2).buffer), (c) =>
        c === NO_STABILITY ? NaN : c / STABILITY_SCALE,
      )
    : null;
  return {
    kind: 'ok',
    value: {
      date: header.date,
      model: header.model,
      fingerprint: header.fingerprint,
      tierNames: header.tierNames,
      ids,
      scores,
      tiers,
      abc,
      revenue,
      stability,
    },
  };
}
