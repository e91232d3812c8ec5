// The peer: the same scoring as a competent analyst builds it in a spreadsheet, run by HyperFormula.
// Column MIN/MAX live in helper cells computed once; each row has its normalised values, one
// SUMPRODUCT of the weights and a rank (COUNTIF of better scores + 1, HyperFormula has no RANK).
import { HyperFormula } from 'hyperformula';
import { type PreparedInput, columnLetters } from '../src/core';

export const peerVersion: string = HyperFormula.version;

export interface PeerRun {
  readonly ms: number;
  readonly scores: Float64Array;
}

/** Builds and computes the sheet; returns the wall time and the scores it computed. */
export function runPeer(input: PreparedInput, withRank: boolean): PeerRun {
  const n = input.criteria[0].values.length;
  const k = input.criteria.length;
  const firstRow = 5; // rows 1-3: MIN, MAX, weight per criterion; row 4: headers
  const lastRow = firstRow + n - 1;
  const raw = (j: number): string => columnLetters(1 + j); // A.. raw values
  const norm = (j: number): string => columnLetters(1 + k + j); // normalised values
  const scoreCol = columnLetters(1 + 2 * k);
  const sheet: (string | number | null)[][] = [];
  sheet.push(input.criteria.map((_, j) => `=MIN(${raw(j)}${firstRow}:${raw(j)}${lastRow})`));
  sheet.push(input.criteria.map((_, j) => `=MAX(${raw(j)}${firstRow}:${raw(j)}${lastRow})`));
  sheet.push(input.criteria.map((c) => c.weight));
  sheet.push(input.criteria.map((c) => c.id));
  const weightRange = `$${raw(0)}$3:$${raw(k - 1)}$3`;
  for (let i = 0; i < n; i++) {
    const r = firstRow + i;
    const row: (string | number | null)[] = input.criteria.map((c) =>
      Number.isNaN(c.values[i]) ? null : c.values[i],
    );
    for (let j = 0; j < k; j++) row.push(`=(${raw(j)}${r}-${raw(j)}$1)/(${raw(j)}$2-${raw(j)}$1)`);
    row.push(
      `=100*SUMPRODUCT(${norm(0)}${r}:${norm(k - 1)}${r},${weightRange})/SUM(${weightRange})`,
    );
    if (withRank)
      row.push(`=COUNTIF($${scoreCol}$${firstRow}:$${scoreCol}$${lastRow},">"&${scoreCol}${r})+1`);
    sheet.push(row);
  }
  const started = performance.now();
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' });
  const ms = performance.now() - started;
  const scores = new Float64Array(n);
  const values = hf.getSheetValues(0);
  for (let i = 0; i < n; i++) {
    const v = values[firstRow - 1 + i][2 * k];
    scores[i] = typeof v === 'number' ? v : NaN;
  }
  hf.destroy();
  return { ms, scores };
}
