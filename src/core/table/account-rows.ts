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

/** The indexes of the columns that are the user's own (not our result columns). */
function ownColumns(headers: readonly string[]): number[] {
  const own: number[] = [];
  headers.forEach((header, j) => {
    if (!isResultHeader(header)) own.push(j);
  });
  return own;
}

function holdsDataIn(own: readonly number[], row: readonly RawCell[]): boolean {
  return own.some((j) => !isEmpty(row[j] ?? null));
}

/** Whether a row (lined up with the headers) holds anything outside our result columns. */
export function holdsOwnData(headers: readonly string[], row: readonly RawCell[]): boolean {
  return holdsDataIn(ownColumns(headers), row);
}

/**
 * The table without its rows that hold nothing outside our result columns; the same table, with
 * nothing copied, when there are none (the usual case, and a million rows at a full sheet).
 */
export function rowsWithData(table: RawTable): { table: RawTable; withoutData: number[] } {
  const own = ownColumns(table.headers);
  const without: number[] = [];
  table.rows.forEach((row, i) => {
    if (!holdsDataIn(own, row)) without.push(i);
  });
  const withoutData = without.map((i) => sheetRowOf(table, i));
  if (without.length === 0) return { table, withoutData };
  const rows: (readonly RawCell[])[] = [];
  const sheetRows: number[] = [];
  let next = 0;
  table.rows.forEach((row, i) => {
    if (i === without[next]) {
      next++;
      return;
    }
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
