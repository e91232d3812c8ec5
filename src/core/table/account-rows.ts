// The rows a run scores: rows that hold something of the user's own, kept by the row filter. A row
// whose own cells are empty (an account the user cleared, beside our results of an earlier run, or
// a blank row inside an Excel table) is no account: it gets no result cells and is in no figure.
import type { RowFilter } from '../model/schema';
import type { Outcome } from '../outcome';
import { applyFilter } from './filter';
import { isResultHeader } from './headers';
import { type RawCell, type RawTable, sheetRowOf } from './types';

export interface AccountRows {
  /** The rows of the run, each at its own sheet row. */
  readonly table: RawTable;
  /** Rows the filter left out. */
  readonly leftOut: number;
  /** Sheet rows with nothing of the user's own, in order. */
  readonly withoutData: readonly number[];
}

function isEmpty(cell: RawCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Whether a row (lined up with the headers) holds anything outside our result columns. */
export function holdsOwnData(headers: readonly string[], row: readonly RawCell[]): boolean {
  return headers.some((header, j) => !isResultHeader(header) && !isEmpty(row[j] ?? null));
}

/** The table without its rows that hold nothing outside our result columns; the same table when there are none. */
export function rowsWithData(table: RawTable): { table: RawTable; withoutData: number[] } {
  const own: number[] = [];
  table.headers.forEach((header, j) => {
    if (!isResultHeader(header)) own.push(j);
  });
  const holdsData = (row: readonly RawCell[]): boolean => own.some((j) => !isEmpty(row[j]));
  const withoutData: number[] = [];
  table.rows.forEach((row, i) => {
    if (!holdsData(row)) withoutData.push(sheetRowOf(table, i));
  });
  if (withoutData.length === 0) return { table, withoutData };
  const rows: (readonly RawCell[])[] = [];
  const sheetRows: number[] = [];
  table.rows.forEach((row, i) => {
    if (!holdsData(row)) return;
    rows.push(row);
    sheetRows.push(sheetRowOf(table, i));
  });
  return { table: { ...table, rows, sheetRows }, withoutData };
}

/** The rows a run scores: those holding data of the user's own, then those the filter keeps. */
export function accountRows(source: RawTable, filter: RowFilter | undefined): Outcome<AccountRows> {
  const { table, withoutData } = rowsWithData(source);
  const filtered = applyFilter(table, filter);
  if (filtered.kind === 'error') return filtered;
  return { kind: 'ok', value: { ...filtered.value, withoutData } };
}
