// Scores alone for a whole table (KAM.SCORES): the run's columns and arithmetic without the
// account names, ranks, tiers and concentration a run also computes, so a large spill stays fast.
import { findColumn } from './columns';
import { extractColumn } from './extract';
import { modeFor } from './identify';
import type { Model } from './model';
import { normalizeAll, type PreparedCriterion } from './pipeline';
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
  const prepared: PreparedCriterion[] = [];
  for (const criterion of model.criteria) {
    const index = findColumn(table.headers, criterion.column);
    if (index < 0) {
      return {
        kind: 'error',
        code: 'model-column-missing',
        message: `The criterion "${criterion.id}" reads the column "${criterion.column}", which is not in the table on sheet "${table.sheet}" (its headers: ${table.headers.map((h) => `"${h}"`).join(', ')}).`,
      };
    }
    prepared.push({
      id: criterion.id,
      label: criterion.label ?? table.headers[index],
      weight: criterion.weight,
      direction: criterion.direction,
      normalize: criterion.normalize,
      values: extractColumn(table, index, modeFor(criterion)).values,
    });
  }
  const weights = prepared.map((c) => c.weight);
  return {
    kind: 'ok',
    value: scoreAccounts(normalizeAll(prepared), weights, model.missing).scores,
  };
}
