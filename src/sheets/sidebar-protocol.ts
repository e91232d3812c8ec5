// What the sidebar's page and the server agree on besides the function types: the functions' names
// (a value the page can enumerate, checked against SidebarApi), and how a large table is paged.
import type { RawTable, SheetLayout } from '../core';
import type { SidebarApi } from './sidebar-api';

/** Cells one read call returns at most: a large table comes in pages, each one execution and one getValues(). */
export const PAGE_CELLS = 100_000;

/** Rows per page for a table of this width. */
export function pageRows(width: number): number {
  return Math.max(1, Math.floor(PAGE_CELLS / Math.max(1, width)));
}

/** The table's first page, with what the sidebar needs to ask for the rest. */
export interface TablePage {
  readonly table: RawTable;
  readonly layout: SheetLayout;
  /** All data rows of the table; table.rows holds the first `table.rows.length` of them. */
  readonly totalRows: number;
}

/** Rows of a table beyond its first page: `count` sheet rows from `top`, columns left..right. */
export interface RowsRequest {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly count: number;
}

export const SIDEBAR_FUNCTIONS = [
  'kamCapabilities',
  'kamReadTable',
  'kamReadRows',
  'kamBeginWrite',
  'kamWriteRows',
  'kamFinishWrite',
  'kamClearResults',
  'kamReadState',
  'kamWriteState',
  'kamSelectCell',
  'kamShowMethodology',
] as const satisfies readonly (keyof SidebarApi)[];

type Listed = (typeof SIDEBAR_FUNCTIONS)[number];
/** Fails to compile when SidebarApi gains a function this list does not name. */
export const EVERY_FUNCTION_LISTED: Exclude<keyof SidebarApi, Listed> extends never ? true : never =
  true;
