// The KAM functions' bodies, one short function each: check the arguments, call the core, shape the
// cells. They take the saved state as a snapshot, so every host's declarations (Excel's async
// KAM.SCORE, Apps Script's KAM_SCORE) run the very same code.
import {
  abcClasses,
  abcLetter,
  accountsFor,
  gini as giniOf,
  hhi as hhiOf,
  type Outcome,
  type RunSnapshot,
  paretoCumulativeShares,
  topShare as topShareOf,
} from '../core';
import type { SavedState } from '../hosts/state';
import {
  abcArgs,
  accountShareArgs,
  argumentsOf,
  normalizeArgs,
  revenueArgs,
  rowArgs,
  tableArgs,
  topShareArgs,
  weightedArgs,
} from './arguments';
import {
  mathOfRow,
  normalizedValues,
  scoreSavedRow,
  scoreSavedTable,
  stabilityOfRow,
  weightedScore,
} from './compute';
import {
  cellOrBlank,
  columnOf,
  measured,
  noFigure,
  numberOrBlank,
  shaped,
  type Spill,
} from './results';

export function score(state: SavedState, row: unknown[][]): number | string {
  const args = argumentsOf(rowArgs, { row });
  return numberOrBlank(scoreSavedRow(state, args.row).score);
}

export function scores(state: SavedState, table: unknown[][]): Spill {
  const args = argumentsOf(tableArgs(state.numberLocale), { table });
  return columnOf(scoreSavedTable(state, args.table));
}

/** The last run's snapshot is read only here: the other functions never pay for decoding it. */
export function stability(
  state: SavedState,
  latest: Outcome<RunSnapshot | null>,
  row: unknown[][],
): number | string {
  const args = argumentsOf(rowArgs, { row });
  return numberOrBlank(stabilityOfRow(state, latest, args.row) ?? NaN);
}

export function tier(state: SavedState, row: unknown[][]): string {
  const args = argumentsOf(rowArgs, { row });
  return scoreSavedRow(state, args.row).tier ?? '';
}

/**
 * One row of the math per criterion: criterion, points, the cell, its normalised value (0-1), the share
 * of the 100 points it carried. The points add up to the score; criteria without a value come last.
 */
export function explain(state: SavedState, row: unknown[][]): Spill {
  const args = argumentsOf(rowArgs, { row });
  return mathOfRow(scoreSavedRow(state, args.row)).map((m) => [
    m.label,
    numberOrBlank(m.points),
    cellOrBlank(m.value),
    numberOrBlank(m.normalized),
    m.weightShare,
  ]);
}

export function topShare(state: SavedState, revenues: unknown[][], p?: number): number {
  const args = argumentsOf(topShareArgs(state.numberLocale), { revenues, p });
  return measured(topShareOf(args.revenues.values, args.p), args.revenues.values, 'KAM.TOPSHARE');
}

export function accountShare(state: SavedState, revenues: unknown[][], q?: number): number {
  const args = argumentsOf(accountShareArgs(state.numberLocale), { revenues, q });
  const share = accountsFor(args.revenues.values, args.q).share;
  return measured(share, args.revenues.values, 'KAM.ACCOUNTSHARE');
}

export function abc(state: SavedState, revenues: unknown[][], a?: number, b?: number): string[][] {
  const args = argumentsOf(abcArgs(state.numberLocale), { revenues, thresholds: { a, b } });
  const classes = abcClasses(args.revenues.values, args.thresholds);
  return shaped(args.revenues.rows, args.revenues.columns, (k) => abcLetter(classes[k]) ?? '');
}

export function pareto(state: SavedState, revenues: unknown[][]): Spill {
  const args = argumentsOf(revenueArgs(state.numberLocale), { revenues });
  const shares = paretoCumulativeShares(args.revenues.values);
  if (!shares.some((s) => s === s)) throw noFigure(args.revenues.values, 'KAM.PARETO');
  return shaped(args.revenues.rows, args.revenues.columns, (k) => numberOrBlank(shares[k]));
}

export function gini(state: SavedState, revenues: unknown[][]): number {
  const args = argumentsOf(revenueArgs(state.numberLocale), { revenues });
  return measured(giniOf(args.revenues.values), args.revenues.values, 'KAM.GINI');
}

export function hhi(state: SavedState, revenues: unknown[][]): number {
  const args = argumentsOf(revenueArgs(state.numberLocale), { revenues });
  return measured(hhiOf(args.revenues.values), args.revenues.values, 'KAM.HHI');
}

export function normalize(values: unknown[][], method?: string): Spill {
  const args = argumentsOf(normalizeArgs, { values, method });
  const normalized = normalizedValues(args.values, args.method);
  return shaped(args.values.length, args.values[0].length, (k) => numberOrBlank(normalized[k]));
}

export function weighted(
  state: SavedState,
  values: unknown[][],
  weights: unknown[][],
): number | string {
  const args = argumentsOf(weightedArgs(state.numberLocale), { values, weights });
  return numberOrBlank(weightedScore(args.values, args.weights));
}
