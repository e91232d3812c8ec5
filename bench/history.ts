// The run history at a full sheet (1,048,575 accounts): the snapshot's size and the time to store,
// read and compare it, end to end of the core part (what every re-run adds).
import {
  compareRuns,
  decodeSnapshot,
  DEFAULT_ABC,
  DEFAULT_MIN_COVERAGE,
  DEFAULT_TIERS,
  encodeSnapshot,
  parseModel,
  runPipeline,
  type RunSnapshot,
  seededUniform,
} from '../src/core';
import { makePortfolio, SEVEN_CRITERIA } from './data';
import { type BenchSection, peakMemoryMb } from './measure';

const ROWS = 1_048_575;
const WORDS =
  'North wind Con toso Fab rikam Lit ware Adatum Tail spin Wood grove Alpine Coho Blue Yonder Trey Datum Pro seware'.split(
    ' ',
  );
const SUFFIXES = ['Ltd', 'GmbH', 'Inc.', 'S.A.', 'LLC', 'plc', 'AG', 'B.V.'];

/** Company-like names, all different. */
function names(n: number): string[] {
  const next = seededUniform(7);
  return Array.from({ length: n }, (_, i) => {
    const a = WORDS[Math.floor(next() * WORDS.length)];
    const b = WORDS[Math.floor(next() * WORDS.length)];
    return `${a}${b.toLowerCase()} ${SUFFIXES[i % SUFFIXES.length]} ${i}`;
  });
}

const seconds = (ms: number): number => Number((ms / 1000).toFixed(2));

export const historySection: BenchSection = {
  name: 'history',
  run() {
    const options = {
      missing: 'reweight' as const,
      tiers: DEFAULT_TIERS,
      abc: DEFAULT_ABC,
      minCoverage: DEFAULT_MIN_COVERAGE,
    };
    const input = makePortfolio(ROWS, SEVEN_CRITERIA);
    const pipeline = runPipeline(input, options);
    const ids = names(ROWS);
    const snapshot: RunSnapshot = {
      date: '2026-09-30T10:00:00.000Z',
      model: 'Balanced',
      fingerprint: 'bench',
      tierNames: pipeline.tiers.names,
      ids,
      scores: pipeline.scores,
      tiers: pipeline.tiers.tierIndex,
      abc: pipeline.concentration.abc,
      revenue: input.revenue,
      stability: Float64Array.from(pipeline.scores, (_, i) => (i % 1000) / 1000),
    };
    let started = performance.now();
    const text = encodeSnapshot(snapshot);
    const encodeMs = performance.now() - started;
    started = performance.now();
    const back = decodeSnapshot(text);
    const decodeMs = performance.now() - started;
    if (back.kind !== 'ok') throw new Error(back.message);
    const model = parseModel({
      version: 1,
      criteria: SEVEN_CRITERIA.map((c) => ({
        id: c.id,
        column: c.id,
        weight: c.weight,
        normalize: c.normalize,
      })),
    });
    if (model.kind !== 'ok') throw new Error(model.message);
    // Next quarter: the same accounts scored again with one criterion reweighted.
    const next = runPipeline(
      {
        ...input,
        criteria: input.criteria.map((c, k) => (k === 0 ? { ...c, weight: c.weight * 1.2 } : c)),
      },
      options,
    );
    started = performance.now();
    const { changes } = compareRuns(model.value, ids, next, back.value);
    const compareMs = performance.now() - started;
    return [
      {
        key: 'history_snapshot_mb',
        label: `run snapshot of ${ROWS.toLocaleString('en-US')} accounts, stored text`,
        value: Number((text.length / 1e6).toFixed(1)),
        unit: 'MB',
        budget: 24,
        note: `${(text.length / ROWS).toFixed(1)} characters an account, ids included`,
      },
      {
        key: 'history_encode_s',
        label: 'snapshot encoded (deflate level 1, base64)',
        value: seconds(encodeMs),
        unit: 's',
        budget: 4,
      },
      {
        key: 'history_decode_s',
        label: 'snapshot read back',
        value: seconds(decodeMs),
        unit: 's',
        budget: 2,
      },
      {
        key: 'history_compare_s',
        label: `run compared with it by account id (${changes.entered.length} entered, ${changes.left.length} left the first band)`,
        value: seconds(compareMs),
        unit: 's',
        budget: 3,
      },
      {
        key: 'history_peak_mb',
        label: 'peak memory of the section',
        value: peakMemoryMb(),
        unit: 'MB',
      },
    ];
  },
};
