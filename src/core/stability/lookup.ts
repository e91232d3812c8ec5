// KAM.STABILITY's core: one account's tier stability as the last run stored it, found by its id.
import type { Calibration } from '../score/calibration';
import type { RunSnapshot } from '../history/snapshot';
import { fail, type Outcome } from '../outcome';
import { idText } from '../parse/ids';
import { findColumn } from '../table/headers';
import type { RawCell } from '../table/types';

/**
 * The stored stability of the account in `row` (a row of the run's input columns, as KAM.SCORE
 * takes it): null when the run gave it no tier; an error when the row does not name an account of
 * the last run, or that run did not measure stability.
 */
export function storedStability(
  calibration: Calibration,
  snapshot: RunSnapshot | null,
  row: readonly RawCell[],
): Outcome<number | null> {
  if (snapshot === null)
    return fail(
      'no-run',
      'No run is saved in this workbook yet: run "Identify key accounts" first.',
    );
  if (snapshot.stability === null)
    return fail(
      'no-stability',
      'The last run saved in this workbook did not measure tier stability: run "Identify key accounts" again.',
    );
  const column =
    calibration.idColumn === undefined ? -1 : findColumn(calibration.headers, calibration.idColumn);
  if (column < 0)
    return fail(
      'no-id-column',
      'The last run had no account-name column, so its accounts cannot be found by name: name one in the model ("idColumn") and run again.',
    );
  if (row.length !== calibration.headers.length)
    return fail(
      'row-shape',
      `Pass one row of the ${calibration.headers.length} input columns (${calibration.headers[0]} to ${calibration.headers[calibration.headers.length - 1]}); got ${row.length} cells.`,
    );
  const cell = row[column] ?? null;
  const id = cell === null ? '' : idText(cell);
  const at = id === '' ? -1 : snapshot.ids.indexOf(id);
  if (at < 0)
    return fail(
      'unknown-account',
      `"${id}" is not an account of the last run (${snapshot.date.slice(0, 10)}): run "Identify key accounts" again after adding it.`,
    );
  if (snapshot.ids.indexOf(id, at + 1) >= 0)
    return fail('duplicate-account', `"${id}" names more than one account of the last run.`);
  const share = snapshot.stability[at];
  return { kind: 'ok', value: share === share ? share : null };
}
