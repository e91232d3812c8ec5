// The columns a model reads, found in the table and parsed into typed columns: the part of a run KAM.SCORES also needs.
import type { Diagnostic } from '../diagnostics';
import type { Criterion, Model } from '../model/schema';
import type { Outcome } from '../outcome';
import { extractColumn, extractModeFor } from '../parse/extract';
import { findColumn } from '../table/headers';
import type { RawTable } from '../table/types';
import type { PreparedCriterion } from './pipeline';

export interface ResolvedColumn {
  readonly header: string;
  /** 0-based index into the table's headers. */
  readonly index: number;
}

export interface ResolvedCriterion extends ResolvedColumn {
  readonly criterion: Criterion;
  readonly label: string;
}

export interface PreparedCriteria {
  readonly criteria: readonly ResolvedCriterion[];
  readonly prepared: readonly PreparedCriterion[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The column a model names, case- and space-insensitively; null when the table has none. */
export function resolveColumn(table: RawTable, name: string): ResolvedColumn | null {
  const index = findColumn(table.headers, name);
  return index < 0 ? null : { header: table.headers[index], index };
}

export function missingColumn(what: string, name: string, table: RawTable): Outcome<never> {
  return {
    kind: 'error',
    code: 'model-column-missing',
    message: `${what} reads the column "${name}", which is not in the table on sheet "${table.sheet}" (its headers: ${table.headers.map((h) => `"${h}"`).join(', ')}).`,
  };
}

export function emptyTable(table: RawTable): Outcome<never> {
  return {
    kind: 'error',
    code: 'empty-table',
    message: `The table on sheet "${table.sheet}" has a header row but no accounts below it.`,
  };
}

/**
 * Resolves each criterion's column and reads it: one place, so a run and a formula read a table
 * the same way and refuse a missing column alike.
 */
export function prepareCriteria(table: RawTable, model: Model): Outcome<PreparedCriteria> {
  const criteria: ResolvedCriterion[] = [];
  for (const criterion of model.criteria) {
    const column = resolveColumn(table, criterion.column);
    if (column === null)
      return missingColumn(`The criterion "${criterion.id}"`, criterion.column, table);
    criteria.push({ ...column, criterion, label: criterion.label ?? column.header });
  }
  const diagnostics: Diagnostic[] = [];
  const prepared: PreparedCriterion[] = criteria.map((c) => {
    const extracted = extractColumn(
      table,
      c.index,
      extractModeFor(c.criterion.normalize, table.numberLocale),
      model.currencies,
    );
    diagnostics.push(...extracted.diagnostics);
    return {
      id: c.criterion.id,
      label: c.label,
      weight: c.criterion.weight,
      direction: c.criterion.direction,
      normalize: c.criterion.normalize,
      values: extracted.values,
    };
  });
  return { kind: 'ok', value: { criteria, prepared, diagnostics } };
}
