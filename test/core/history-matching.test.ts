// Accounts of two runs are matched by id through hash groups exactly as maps of ids matched them:
// same statuses, same earlier tiers, scores and ranks, same lists in the same order.
import { compareRuns } from '../../src/core/history/changes';
import { snapshotRanks } from '../../src/core/history/snapshot';
import { seededUniform, type RunSnapshot } from '../../src/core';
import type { PipelineResult } from '../../src/core/run/pipeline';
import { smallModel } from '../support/small-table';

const REPEATED = -1;

function positions(ids: readonly string[]): Map<string, number> {
  const at = new Map<string, number>();
  ids.forEach((id, i) => {
    if (id !== '') at.set(id, at.has(id) ? REPEATED : i);
  });
  return at;
}

/** The matching as first written, with maps: what the lists and the per-account arrays must be. */
function byMaps(ids: readonly string[], tierIndex: Uint8Array, previous: RunSnapshot) {
  const now = positions(ids);
  const before = positions(previous.ids);
  const ranks = snapshotRanks(previous);
  const status = new Array<number>(ids.length).fill(0);
  const rank = new Array<number>(ids.length).fill(0);
  const entered: string[] = [];
  const fresh: string[] = [];
  const unmatched: string[] = [];
  for (const [id, i] of now) {
    const k = before.get(id);
    if (i === REPEATED || k === REPEATED) {
      unmatched.push(id);
      continue;
    }
    if (k === undefined) {
      status[i] = 2;
      fresh.push(id);
      if (tierIndex[i] === 0) entered.push(id);
      continue;
    }
    status[i] = 1;
    rank[i] = ranks[k];
    if (tierIndex[i] === 0 && previous.tiers[k] !== 0) entered.push(id);
  }
  const left: string[] = [];
  const gone: string[] = [];
  for (const [id, k] of before) {
    const i = now.get(id);
    if (k === REPEATED || i === REPEATED) {
      if (i === undefined) unmatched.push(id);
      continue;
    }
    if (i === undefined) gone.push(id);
    if (previous.tiers[k] === 0 && (i === undefined || tierIndex[i] !== 0)) left.push(id);
  }
  return { status, rank, entered, fresh, left, gone, unmatched: unmatched.length };
}

function snapshotWith(ids: string[], random: () => number): RunSnapshot {
  return {
    date: '2026-01-01T00:00:00.000Z',
    model: 'Before',
    fingerprint: 'x',
    tierNames: ['Key', 'Growth', 'Core'],
    ids,
    scores: Float64Array.from(ids, () => Math.round(random() * 1000) / 10),
    tiers: Uint8Array.from(ids, () => Math.floor(random() * 3)),
    abc: new Uint8Array(ids.length),
    revenue: new Float64Array(ids.length),
    stability: null,
  };
}

describe('matching a run with the one before', () => {
  it('agrees with maps of ids on 300 random pairs of runs (repeats, blanks, gone and new accounts)', () => {
    const random = seededUniform(3);
    for (let t = 0; t < 300; t++) {
      const pool = Array.from({ length: 1 + Math.floor(random() * 60) }, (_, j) =>
        random() < 0.2 ? `acme ${j % 3}` : `Account ${j}`,
      );
      const draw = (count: number): string[] =>
        Array.from({ length: count }, () =>
          random() < 0.08 ? '' : pool[Math.floor(random() * pool.length)],
        );
      const ids = draw(Math.floor(random() * 80));
      const previous = snapshotWith(draw(Math.floor(random() * 80)), random);
      const tierIndex = Uint8Array.from(ids, () => Math.floor(random() * 3));
      const pipeline = { tiers: { tierIndex } } as unknown as PipelineResult;
      const { changes, diagnostics } = compareRuns(smallModel(), ids, pipeline, previous);
      const expected = byMaps(ids, tierIndex, previous);
      expect(Array.from(changes.status)).toEqual(expected.status);
      expect(Array.from(changes.previousRank)).toEqual(expected.rank);
      expect(changes.entered).toEqual(expected.entered);
      expect(changes.new).toEqual(expected.fresh);
      expect(changes.left).toEqual(expected.left);
      expect(changes.gone).toEqual(expected.gone);
      expect(diagnostics.length).toBe(expected.unmatched > 0 ? 1 : 0);
      if (expected.unmatched > 0)
        expect(diagnostics[0].message).toMatch(
          expected.unmatched === 1 ? /^One account name/ : new RegExp(`^${expected.unmatched} `),
        );
    }
  });
});
