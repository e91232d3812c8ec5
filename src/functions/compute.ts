// What the KAM.* functions do between their checked arguments and their cells: the saved model
// applied to a row or a table, normalisation and weighted scores, all through the core.
import {
  cellParserFor,
  type CriterionMath,
  extractModeFor,
  type NormalizeSpec,
  normalizeColumn,
  type Outcome,
  type RawCell,
  type RawTable,
  type RowScore,
  type RunSnapshot,
  scoreAccounts,
  scoreRow,
  storedStability,
  scoreTable,
} from '../core';
import type { SavedState } from '../hosts/state';
import { TABLE_SHEET } from './arguments';
import { type FunctionErrorCode, INVALID_VALUE, NOT_AVAILABLE, orThrow } from './errors';

export const SETTINGS_UNAVAILABLE_MESSAGE =
  'The model saved in this workbook cannot be read yet (the add-in is still starting). Recalculate in a moment (Ctrl+Alt+F9).';

/** Anything about the saved model or run is #N/A: the formula is right, the workbook is not ready. */
function fromSavedState<T>(outcome: Outcome<T>): T {
  if (outcome.kind === 'error' && outcome.code === 'settings-unavailable')
    return orThrow({ ...outcome, message: SETTINGS_UNAVAILABLE_MESSAGE }, () => NOT_AVAILABLE);
  return orThrow(outcome, () => NOT_AVAILABLE);
}

/** scoreRow: a row of the wrong width is the formula's fault; the rest is the saved run's. */
const rowProblem = (code: string): FunctionErrorCode =>
  code === 'row-shape' ? INVALID_VALUE : NOT_AVAILABLE;

/** One row of input cells scored with the saved model and the saved run's statistics. */
export function scoreSavedRow(state: SavedState, row: readonly RawCell[]): RowScore {
  const { model, calibration } = fromSavedState(state.run);
  return orThrow(scoreRow(model, calibration, row), rowProblem);
}

/** A row's criteria, the largest contribution first; criteria that do not count follow, in model order. */
export function mathOfRow(score: RowScore): CriterionMath[] {
  const counted = score.contributions.filter((c) => c.points === c.points);
  const rest = score.contributions.filter((c) => c.points !== c.points);
  return [...counted.sort((a, b) => b.points - a.points), ...rest];
}

/**
 * Every account of a table scored with the saved model as a run over that table scores them: the
 * same columns and arithmetic, with statistics (ranges, percentiles) taken fresh from this table.
 */
export function scoreSavedTable(state: SavedState, table: RawTable): Float64Array {
  const model = fromSavedState(state.model);
  return orThrow(inRange(scoreTable(table, model)));
}

/** The core's messages name the table's sheet; a table passed to a formula is "the range". */
function inRange<T>(outcome: Outcome<T>): Outcome<T> {
  if (outcome.kind === 'ok') return outcome;
  return {
    ...outcome,
    message: outcome.message.replaceAll(`on sheet "${TABLE_SHEET}"`, 'in the range'),
  };
}

/** Values of a range (row-major) normalised to [0,1] over its non-missing values; NaN = missing. */
export function normalizedValues(
  cells: readonly (readonly RawCell[])[],
  spec: NormalizeSpec,
): Float64Array {
  const parse = cellParserFor(extractModeFor(spec), undefined);
  const values = new Float64Array(cells.length * cells[0].length);
  let k = 0;
  for (const row of cells) {
    for (const cell of row) {
      const parsed = parse(cell);
      values[k++] =
        parsed.kind === 'value' || parsed.kind === 'value-with-warning' ? parsed.value : NaN;
    }
  }
  return normalizeColumn(values, spec, 'higher');
}

/** 100 * sum(w v) / sum(w) over the values present (the core's `reweight` score); NaN when none is. */
export function weightedScore(values: Float64Array, weights: readonly number[]): number {
  const columns = Array.from(values, (v) => Float64Array.of(v));
  return scoreAccounts(columns, weights, 'reweight').scores[0];
}

/** The last run's stored tier stability of the account a row names (KAM.STABILITY). */
export function stabilityOfRow(
  state: SavedState,
  latest: Outcome<RunSnapshot | null>,
  row: readonly RawCell[],
): number | null {
  const { calibration } = fromSavedState(state.run);
  return orThrow(
    storedStability(
      calibration,
      orThrow(latest, () => NOT_AVAILABLE),
      row,
    ),
    rowProblem,
  );
}
