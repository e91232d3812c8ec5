// Scores alone for a whole table (KAM.SCORES): the run's columns and arithmetic without the
// account names, ranks, tiers and concentration a run also computes, so a large spill stays fast.
import { emptyTable, prepareCriteria } from './prepare';
import type { Model } from '../model/schema';
import { normalizeAll } from './pipeline';
import { scoreAccounts } from '../score/score';
import type { Outcome } from '../outcome';
import { type RawTable, sheetRowOf } from '../table/types';
import { accountRows } from '../table/account-rows';

/**
 * Every account's score (NaN = no score), as `identify` scores the same table with the same model:
 * the same extraction, normalisation and weighted sum, so the numbers are equal to the bit.
 * Only the criterion columns are needed; the account and revenue columns do not affect scores.
 */
export function scoreTable(table: RawTable, model: Model): Outcome<Float64Array> {
  if (table.rows.length === 0) return emptyTable(table);
  const filtered = accountRows(table, model.filter);
  if (filtered.kind === 'error') return filtered;
  const view = filtered.value.table;
  const read = prepareCriteria(view, model);
  if (read.kind === 'error') return read;
  const prepared = read.value.prepared;
  const weights = prepared.map((c) => c.weight);
  const scores = scoreAccounts(normalizeAll(prepared), weights, model.missing).scores;
  if (view.rows.length === table.rows.length) return { kind: 'ok', value: scores };
  // Rows the run leaves out (by the filter, or with nothing of their own) have no score, in their place.
  const all = new Float64Array(table.rows.length).fill(NaN);
  for (let i = 0; i < view.rows.length; i++)
    all[sheetRowOf(view, i) - table.headerRow - 1] = scores[i];
  return { kind: 'ok', value: all };
}
