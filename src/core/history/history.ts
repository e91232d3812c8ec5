// The runs a workbook keeps: the last 12 snapshots (newest last), fewer when they would pass the size
// a workbook should carry; what was dropped is said, never silent.
import type { Outcome } from '../outcome';
import { fail } from '../outcome';
import { decodeSnapshot } from './codec';
import type { RunSnapshot } from './snapshot';

export const HISTORY_RUNS = 12;
/** Characters of stored history at most (~32 MB in the file): a 1M-account workbook keeps one or two runs. */
export const HISTORY_BUDGET = 32_000_000;

/** The stored runs as their texts (oldest first), and the newest decoded for comparison. */
export interface RunHistory {
  readonly runs: readonly string[];
  readonly latest: RunSnapshot | null;
}

export const NO_HISTORY: RunHistory = { runs: [], latest: null };

/** Reads the stored history text: one snapshot per line; the newest decoded (a damaged one refused). */
export function readHistory(text: unknown): Outcome<RunHistory> {
  if (text === null || text === undefined || text === '') return { kind: 'ok', value: NO_HISTORY };
  if (typeof text !== 'string')
    return fail('history-invalid', 'The run history saved in this workbook is not readable text.');
  const runs = text.split('\n').filter((line) => line !== '');
  if (runs.length === 0) return { kind: 'ok', value: NO_HISTORY };
  const latest = decodeSnapshot(runs[runs.length - 1]);
  if (latest.kind === 'error') return latest;
  return { kind: 'ok', value: { runs, latest: latest.value } };
}

export interface UpdatedHistory {
  /** The history text to store. */
  readonly text: string;
  /** Runs kept, this one included. */
  readonly runs: number;
  /** Older runs dropped to stay within HISTORY_RUNS or HISTORY_BUDGET. */
  readonly dropped: number;
}

/** The history with this run's snapshot added, the oldest runs dropped past 12 or past the budget. */
export function withRun(history: RunHistory, encoded: string): UpdatedHistory {
  const runs = [...history.runs, encoded];
  let first = Math.max(0, runs.length - HISTORY_RUNS);
  let size = runs.slice(first).reduce((sum, r) => sum + r.length + 1, 0);
  while (first < runs.length - 1 && size > HISTORY_BUDGET) {
    size -= runs[first].length + 1;
    first++;
  }
  const kept = runs.slice(first);
  return { text: kept.join('\n'), runs: kept.length, dropped: first };
}

/** What the summary says about the history kept: how many runs, and what was dropped. */
export function historyNote(update: UpdatedHistory): string {
  const kept = `This workbook keeps the last ${update.runs === 1 ? 'run' : `${update.runs} runs`} to compare with`;
  if (update.dropped === 0) return `${kept} (at most ${HISTORY_RUNS}).`;
  const why =
    update.runs < HISTORY_RUNS
      ? 'to keep the workbook small at this size'
      : `past ${HISTORY_RUNS} runs`;
  return `${kept}; ${update.dropped === 1 ? 'the oldest run was' : `the ${update.dropped} oldest runs were`} dropped ${why}.`;
}
