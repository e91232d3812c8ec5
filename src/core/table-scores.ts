// Scores alone for a whole table (KAM.SCORES): the run's columns and arithmetic without the
// account names, ranks, tiers and concentration a run also computes, so a large spill stays fast.
import { prepareCriteria } from './identify';
import type { Model } from './model';
import { normalizeAll } from './pipeline';
import { scoreAccounts } from './score';
import type { Outcome, RawTable } from './types';

/**
 * Every account's score (NaN = no score), as `identify` scores the same table with the same model:
 * the same extraction, normalisation and weighted sum, so the numbers are equal to the bit.
 * Only the criterion columns are needed; the account and revenue columns do not affect scores.
 */
export function scoreTable(table: RawTable, model: Model): Outcome<Float64Array> {
  if (table.rows.length === 0) {
    return {
      kind: 'error',
      code: 'empty-table',
      message: `The table on sheet "${table.sheet}" has a header row but no accounts below it.`,
    };
  }
  const read = prepareCriteria(table, model);
  if (read.kind === 'error') return read;
  const prepared = read.value.prepared;
  const weights = prepared.map((c) => c.weight);
  return {
    kind: 'ok',
    value: scoreAccounts(normalizeAll(prepared), weights, model.missing).scores,
  };
}
