// KAM.SCORES over a large table, called the way Excel calls it: rows of raw cells with the header
// row first, the model as saved in the workbook (DESIGN 6: <= 100 ms at 100,000 rows). The body is
// timed with the saved state already read: reading it is one settings lookup, whatever the size.
import { identifyAndPlan } from '../src/hosts/identify-and-write';
import { type RawCell, type RawTable, seededUniform } from '../src/core';
import { scores } from '../src/functions/kam';
import { readStoredCalibration, readStoredModel, savedStateFrom } from '../src/hosts/state';

const HEADERS = [
  'Account',
  'Region',
  'ARR',
  'Revenue potential',
  'Product fit',
  'Relationship',
  'Credit rating',
  'Shared vision',
  'Cost to serve',
];
const REGIONS = ['EMEA', 'Americas', 'APAC'];
const RELATIONSHIPS = ['High', 'Medium', 'Low'];
const CREDIT = ['AAA', 'AA', 'A+', 'A', 'BBB+', 'BBB', 'BB', 'B', 'CCC'];

/** An account table as Excel passes it to a function: header row, then numbers, text and blanks. */
export function accountRange(rows: number, seed = 7): RawCell[][] {
  const next = seededUniform(seed);
  const money = (mu: number): number =>
    Math.round(Math.exp(mu + 1.3 * (next() + next() + next() - 1.5)));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const range: RawCell[][] = [HEADERS];
  for (let i = 0; i < rows; i++) {
    range.push([
      `Account ${i + 1}`,
      pick(REGIONS),
      next() < 0.02 ? null : money(11),
      next() < 0.05 ? '' : money(11.5),
      1 + Math.floor(next() * 5),
      pick(RELATIONSHIPS),
      next() < 0.03 ? null : pick(CREDIT),
      next() < 0.5 ? 'Yes' : 'No',
      Math.round(2000 + next() * 48000),
    ]);
  }
  return range;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median time of KAM.SCORES over `rows` accounts with the model the one-click run saves (the
 * Balanced preset over the detected columns), read from settings as the workbook stores it.
 */
export function benchScoresFunction(rows: number, runs = 7, warmup = 2): { ms: number } {
  const range = accountRange(rows);
  const table: RawTable = {
    sheet: 'Accounts',
    headerRow: 1,
    firstColumn: 1,
    headers: HEADERS,
    rows: range.slice(1),
  };
  const run = identifyAndPlan(table, { ownedColumns: {}, firstFreeColumn: HEADERS.length + 1 });
  if (run.kind === 'error') throw new Error(run.message);
  const state = savedStateFrom(
    readStoredModel(JSON.stringify(run.value.result.model)),
    readStoredCalibration(null),
  );
  for (let i = 0; i < warmup; i++) scores(state, range);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    scores(state, range);
    times.push(performance.now() - started);
  }
  return { ms: median(times) };
}
