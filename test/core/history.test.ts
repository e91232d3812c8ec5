// Selection as an ongoing process: the snapshot a run leaves, read back exactly; a re-run on changed
// data compared account by account with the two runs' own tiers; the runs a workbook keeps.
import fc from 'fast-check';
import {
  buildReport,
  changeText,
  decodeSnapshot,
  encodeSnapshot,
  HISTORY_BUDGET,
  HISTORY_RUNS,
  historyNote,
  identify,
  NO_HISTORY,
  readHistory,
  type RawTable,
  type RunResult,
  type RunSnapshot,
  snapshotOf,
  tierLabel,
  withRun,
} from '../../src/core';
import { smallModel } from '../support/small-table';

function run(table: RawTable, previous: RunSnapshot | null = null, overrides = {}): RunResult {
  const outcome = identify(table, { model: smallModel(overrides), previous });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.value;
}

const table = (rows: RawTable['rows']): RawTable => ({
  sheet: 'Accounts',
  headerRow: 1,
  firstColumn: 1,
  headers: ['Account', 'ARR', 'Relationship'],
  rows,
});

const LEVELS = ['High', 'Medium', 'Low'];
/** 40 accounts with spread ARR and relationships. */
const Q1 = table(
  Array.from({ length: 40 }, (_, i) => [
    `Acct ${i}`,
    1000 + ((i * 7919) % 97) * 113,
    LEVELS[i % 3],
  ]),
);

describe('a snapshot read back', () => {
  it('gives every field back exactly, NaN and ids in any script included', () => {
    const id = fc.oneof(fc.string(), fc.constant(''), fc.constant('Müller Präzision 株式会社 🚀'));
    const number = fc.oneof(fc.double(), fc.constant(NaN));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            id,
            number,
            number,
            fc.integer({ min: 0, max: 255 }),
            fc.integer({ min: 0, max: 3 }),
          ),
          { maxLength: 60 },
        ),
        fc.boolean(),
        (rows, withStability) => {
          const ids = rows.map((r) => r[0].split(String.fromCharCode(0)).join(''));
          const snapshot: RunSnapshot = {
            date: '2026-09-30T10:00:00.000Z',
            model: 'Balanced',
            fingerprint: 'abc',
            tierNames: ['Key', 'Growth', 'Core'],
            ids,
            scores: Float64Array.from(rows, (r) => r[1]),
            revenue: Float64Array.from(rows, (r) => r[2]),
            tiers: Uint8Array.from(rows, (r) => r[3]),
            abc: Uint8Array.from(rows, (r) => r[4]),
            stability: withStability
              ? Float64Array.from(rows, (_, i) => (i % 5 === 0 ? NaN : (i % 1001) / 1000))
              : null,
          };
          const back = decodeSnapshot(encodeSnapshot(snapshot));
          if (back.kind !== 'ok') throw new Error(back.message);
          expect(back.value).toEqual(snapshot);
        },
      ),
    );
  });

  it.each([
    ['text that is not ours', 'hello'],
    ['a prefix without base64', 'KAMH1.@@@@'],
    ['base64 that is not deflate', 'KAMH1.aGVsbG8gd29ybGQ='],
  ])('refuses %s with a sentence', (_, text) => {
    const back = decodeSnapshot(text);
    expect(back).toMatchObject({ kind: 'error', code: 'history-invalid' });
    if (back.kind === 'error')
      expect(back.message).toMatch(/^The run history saved in this workbook is damaged/);
  });

  it('refuses a truncated snapshot', () => {
    const text = encodeSnapshot(snapshotOf(run(Q1), '2026-09-30T10:00:00.000Z'));
    expect(decodeSnapshot(text.slice(0, text.length - 8)).kind).toBe('error');
  });
});

describe('a re-run on changed data', () => {
  const first = run(Q1);
  const before = snapshotOf(first, '2026-09-30T10:00:00.000Z');
  // Next quarter: two accounts gone, two new, ARR moved for some, one relationship better.
  const rows = Q1.rows
    .filter((r) => r[0] !== 'Acct 3' && r[0] !== 'Acct 17')
    .map((r, i) => (i % 4 === 0 ? [r[0], (r[1] as number) * (i % 8 === 0 ? 3 : 0.2), r[2]] : r));
  rows[5] = [rows[5][0], rows[5][1], 'High'];
  rows.push(['New One', 50_000, 'High'], ['New Two', 900, 'Low']);
  const second = run(table(rows), before);
  const changes = second.changes!;

  const tierBefore = new Map(first.ids.map((id, i) => [id, tierLabel(first, i)]));
  const scoreBefore = new Map(first.ids.map((id, i) => [id, first.pipeline.scores[i]]));
  const key = (r: RunResult) =>
    new Set(r.ids.filter((_, i) => r.pipeline.tiers.tierIndex[i] === 0));

  it('gives each account its own tier and score of the previous run, null for the new ones', () => {
    second.ids.forEach((id, i) => {
      expect(changes.previousTier[i]).toBe(tierBefore.get(id) ?? null);
      if (scoreBefore.has(id)) expect(changes.previousScore[i]).toBe(scoreBefore.get(id));
      else expect(changes.previousScore[i]).toBeNaN();
    });
  });

  it('gives each account its previous rank as the previous run ranked it', () => {
    const rankBefore = new Map(first.ids.map((id, i) => [id, first.pipeline.ranks[i]]));
    second.ids.forEach((id, i) => expect(changes.previousRank[i]).toBe(rankBefore.get(id) ?? 0));
  });

  it('lists who entered and left the first band, who is new and who is gone', () => {
    const was = key(first);
    const is = key(second);
    expect(new Set(changes.entered)).toEqual(new Set([...is].filter((id) => !was.has(id))));
    expect(new Set(changes.left)).toEqual(new Set([...was].filter((id) => !is.has(id))));
    expect(changes.new).toEqual(['New One', 'New Two']);
    expect(new Set(changes.gone)).toEqual(new Set(['Acct 3', 'Acct 17']));
    expect(changes.entered.length + changes.left.length).toBeGreaterThan(0);
    expect(changes.modelChanged).toBe(false);
    expect(changes.since).toBe('2026-09-30T10:00:00.000Z');
  });

  it('says each move in the change column: ▲/▼ between tiers, the score change within one, new', () => {
    second.ids.forEach((id, i) => {
      const text = changeText(changes, second.pipeline, tierLabel(second, i), i);
      const then = tierBefore.get(id);
      if (then === undefined) return expect(text).toBe('new');
      const now = tierLabel(second, i);
      if (then !== now)
        return expect(text).toMatch(
          new RegExp(`^[▲▼] ${then ?? 'no tier'} → ${now ?? 'no tier'}$`),
        );
      const delta = second.pipeline.scores[i] - scoreBefore.get(id)!;
      expect(text).toBe(
        Math.abs(delta) < 0.05 ? '=' : `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(1)}`,
      );
    });
  });

  it('carries the changes into the report', () => {
    const report = buildReport(second);
    expect(report.changes).toMatchObject({
      entered: changes.entered,
      gone: changes.gone,
      new: changes.new,
    });
    const newOne = report.accounts.find((a) => a.id === 'New One')!;
    expect(newOne).toMatchObject({ previousTier: null, previousScore: null, previousRank: null });
  });

  it('says plainly when the model changed between the runs', () => {
    const reweighted = run(table(rows), before, {
      criteria: [
        { id: 'arr', column: 'ARR', weight: 1, normalize: { method: 'minmax' } },
        {
          id: 'rel',
          column: 'relationship',
          weight: 1,
          normalize: { method: 'categorical', map: { High: 1, Medium: 0.5, Low: 0 } },
        },
      ],
    });
    expect(reweighted.changes?.modelChanged).toBe(true);
  });

  it('does not guess for a name that appears twice: not matched, and said once', () => {
    const doubled = run(table([...rows, ['Acct 5', 100, 'Low']]), before);
    const twice = doubled.ids.flatMap((id, i) => (id === 'Acct 5' ? [i] : []));
    for (const i of twice) expect(doubled.changes?.status[i]).toBe(0);
    expect(doubled.changes?.gone).not.toContain('Acct 5');
    expect(doubled.diagnostics.filter((d) => d.code === 'history-unmatched')).toHaveLength(1);
  });
});

describe('the runs a workbook keeps', () => {
  const encoded = encodeSnapshot(snapshotOf(run(Q1), '2026-09-30T10:00:00.000Z'));

  it(`keeps the last ${HISTORY_RUNS}, dropping the oldest, and says so`, () => {
    let history = NO_HISTORY;
    let update = withRun(history, encoded);
    for (let k = 0; k < HISTORY_RUNS + 2; k++) {
      update = withRun(history, `${encoded}`);
      const read = readHistory(update.text);
      if (read.kind !== 'ok') throw new Error(read.message);
      history = read.value;
    }
    expect(history.runs).toHaveLength(HISTORY_RUNS);
    expect(update.dropped).toBe(1);
    expect(historyNote(update)).toBe(
      `This workbook keeps the last ${HISTORY_RUNS} runs to compare with; the oldest run was dropped past ${HISTORY_RUNS} runs.`,
    );
    expect(history.latest?.ids).toEqual(Q1.rows.map((r) => r[0]));
  });

  it('keeps fewer runs when they would pass the size budget, never fewer than this one', () => {
    const big = 'x'.repeat(Math.ceil(HISTORY_BUDGET / 2));
    const update = withRun({ runs: [big, big, big], latest: null }, encoded);
    expect(update.runs).toBe(2);
    expect(update.dropped).toBe(2);
    expect(historyNote(update)).toMatch(/dropped to keep the workbook small at this size\.$/);
  });
});
