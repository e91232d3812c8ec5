// The row filter (DESIGN 3.3): a model's `filter` and the CLI's --where leave rows out before anything
// is computed; the run sees a view of the table holding only the rows kept, each at its sheet row.
import type { RowFilter } from '../model/schema';
import { fail, type Outcome } from '../outcome';
import { findColumn, headerKey } from './headers';
import { type RawCell, type RawTable, sheetRowOf } from './types';

/** The filter a run applies: the model's, and the request's on top (every column must match). */
export function combinedFilter(
  model: { readonly filter?: RowFilter } | undefined,
  extra: RowFilter | undefined,
): RowFilter | undefined {
  return mergeFilters(model?.filter, extra);
}

/** Two filters as one: every condition of both must hold; two on one column keep the values both allow. */
export function mergeFilters(
  first: RowFilter | undefined,
  second: RowFilter | undefined,
): RowFilter | undefined {
  const combined: Record<string, string[]> = {};
  for (const filter of [first, second]) {
    if (filter === undefined) continue;
    for (const [column, values] of Object.entries(filter)) {
      const key = Object.keys(combined).find((c) => headerKey(c) === headerKey(column)) ?? column;
      const allowed = values.map(headerKey);
      // Two conditions on one column: a row must meet both, so only the values in both remain.
      combined[key] =
        combined[key] === undefined
          ? [...values]
          : combined[key].filter((v) => allowed.includes(headerKey(v)));
    }
  }
  return Object.keys(combined).length === 0 ? undefined : combined;
}

/** A cell as the filter compares it: its text, case and spaces aside (numbers as written, TRUE/FALSE). */
function cellKey(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return headerKey(String(cell));
}

/** Each filter column's index among the headers, with its values as the filter compares them. */
function filterTests(
  headers: readonly string[],
  filter: RowFilter,
  sheet: string,
): Outcome<{ index: number; allowed: ReadonlySet<string> }[]> {
  const tests: { index: number; allowed: ReadonlySet<string> }[] = [];
  for (const [column, values] of Object.entries(filter)) {
    const index = findColumn(headers, column);
    if (index < 0)
      return fail(
        'model-column-missing',
        `The row filter reads the column "${column}", which is not in the table on sheet "${sheet}" (its headers: ${headers.map((h) => `"${h}"`).join(', ')}).`,
      );
    tests.push({ index, allowed: new Set(values.map(headerKey)) });
  }
  return { kind: 'ok', value: tests };
}

/** Whether one row (lined up with the headers) is kept by the filter; an error when a filter column is missing. */
export function rowKept(
  headers: readonly string[],
  row: readonly RawCell[],
  filter: RowFilter | undefined,
): Outcome<boolean> {
  if (filter === undefined) return { kind: 'ok', value: true };
  const tests = filterTests(headers, filter, 'the row');
  if (tests.kind === 'error') return tests;
  return {
    kind: 'ok',
    value: tests.value.every((t) => t.allowed.has(cellKey(row[t.index] ?? null))),
  };
}

export interface FilteredTable {
  /** The rows kept, each at its own sheet row. */
  readonly table: RawTable;
  /** Rows the filter left out. */
  readonly leftOut: number;
}

/**
 * The table with only the rows whose cell in each filter column is one of its values (case and
 * spaces aside). A filter column missing from the table is refused, never ignored.
 */
export function applyFilter(
  table: RawTable,
  filter: RowFilter | undefined,
): Outcome<FilteredTable> {
  if (filter === undefined) return { kind: 'ok', value: { table, leftOut: 0 } };
  const found = filterTests(table.headers, filter, table.sheet);
  if (found.kind === 'error') return found;
  const tests = found.value;
  const rows: (readonly RawCell[])[] = [];
  const sheetRows: number[] = [];
  table.rows.forEach((row, i) => {
    if (tests.every((t) => t.allowed.has(cellKey(row[t.index] ?? null)))) {
      rows.push(row);
      sheetRows.push(sheetRowOf(table, i));
    }
  });
  return {
    kind: 'ok',
    value: { table: { ...table, rows, sheetRows }, leftOut: table.rows.length - rows.length },
  };
}

/** The filter in words: "Type is Customer - Direct or Customer - Channel, and Active is Yes". */
export function describeFilter(filter: RowFilter): string {
  return Object.entries(filter)
    .map(([column, values]) => `${column} is ${values.map(valueText).join(' or ')}`)
    .join(', and ');
}

/** A filter value as the user reads it: the empty value keeps blank cells. */
export function valueText(value: string): string {
  return value.trim() === '' ? '(blank)' : value;
}

/** One value a column can be filtered on: its first spelling in the table ("" for blank cells) and its rows. */
export interface FilterChoice {
  readonly value: string;
  readonly rows: number;
}

/**
 * The values of one column to filter on, in first-seen order with their row counts, as the filter
 * compares them (case and spaces aside); null past `max` values: a column of names is no filter.
 */
export function filterChoices(table: RawTable, index: number, max: number): FilterChoice[] | null {
  const counts = new Map<string, { value: string; rows: number }>();
  for (const row of table.rows) {
    const cell = row[index] ?? null;
    const key = cellKey(cell);
    const seen = counts.get(key);
    if (seen !== undefined) {
      seen.rows++;
      continue;
    }
    if (counts.size === max) return null;
    const value =
      cell === null
        ? ''
        : typeof cell === 'boolean'
          ? cell
            ? 'TRUE'
            : 'FALSE'
          : String(cell).trim();
    counts.set(key, { value, rows: 1 });
  }
  return [...counts.values()];
}
