// State of RowFilter: the columns one can filter on (few distinct values), each condition's ticks, rows left out.
import { useMemo } from 'react';
import {
  applyFilter,
  type FilterChoice,
  filterChoices,
  findColumn,
  headerKey,
  isResultHeader,
  type RowFilter,
  rowsWithData,
} from '../../../core';
import type { RowFilterProps } from './RowFilter.types';

/** A column with more values than this is not a category to filter on (names, amounts). */
export const MAX_FILTER_VALUES = 40;

export interface ConditionView {
  readonly column: string;
  readonly choices: readonly (FilterChoice & { readonly kept: boolean })[];
}

export function useRowFilter({ table: source, filter, onChange }: RowFilterProps) {
  // The rows a run scores before any filter: rows with nothing of their own are no accounts.
  const table = useMemo(() => rowsWithData(source).table, [source]);
  const columns = useMemo(() => {
    const found = new Map<string, FilterChoice[]>();
    table.headers.forEach((header, index) => {
      if (header.trim() === '' || isResultHeader(header)) return;
      const choices = filterChoices(table, index, MAX_FILTER_VALUES);
      if (choices !== null && choices.length >= 2) found.set(header, choices);
    });
    return found;
  }, [table]);

  const conditions: ConditionView[] = Object.entries(filter ?? {}).map(([column, values]) => {
    const keys = new Set(values.map(headerKey));
    const index = findColumn(table.headers, column);
    const choices =
      index < 0
        ? []
        : (columns.get(table.headers[index]) ?? filterChoices(table, index, Infinity) ?? []);
    return {
      column,
      choices: choices.map((c) => ({ ...c, kept: keys.has(headerKey(c.value)) })),
    };
  });
  const filtered = filter === undefined ? null : applyFilter(table, filter);
  const leftOut = filtered?.kind === 'ok' ? filtered.value.leftOut : 0;
  const used = new Set(Object.keys(filter ?? {}).map(headerKey));

  const set = (next: RowFilter): void =>
    onChange(Object.keys(next).length === 0 ? undefined : next);
  return {
    conditions,
    /** Columns a condition can still be added on. */
    available: [...columns.keys()].filter((h) => !used.has(headerKey(h))),
    leftOut,
    rows: table.rows.length,
    /** A new condition keeps every value: nothing is left out until the user unticks some. */
    add: (column: string) =>
      set({ ...filter, [column]: (columns.get(column) ?? []).map((c) => c.value) }),
    remove: (column: string) => {
      const { [column]: _removed, ...rest } = filter ?? {};
      set(rest);
    },
    toggle: (column: string, value: string, kept: boolean) => {
      const current = filter?.[column] ?? [];
      const key = headerKey(value);
      const values = kept ? [...current, value] : current.filter((v) => headerKey(v) !== key);
      set({ ...filter, [column]: values });
    },
  };
}
