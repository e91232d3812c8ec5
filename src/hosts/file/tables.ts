// Excel tables (ListObjects) through ExcelJS: typed access to loaded table models, and growing/shrinking them.
import type { Worksheet } from 'exceljs';
import { columnLetters, parseCellArea } from '../../core';
import type { BookTable } from './book';

/** The parts of a loaded ExcelJS table model we use (ExcelJS's own typings describe the creation API only). */
export interface TableColumnModel {
  name: string;
  filterButton?: boolean;
  [key: string]: unknown;
}

export interface TableModel {
  name: string;
  displayName?: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: TableColumnModel[];
}

export interface TableInfo extends BookTable {
  readonly model: TableModel;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isTableModel(value: unknown): value is TableModel {
  if (!isRecord(value)) return false;
  return (
    typeof value.name === 'string' &&
    typeof value.tableRef === 'string' &&
    Array.isArray(value.columns) &&
    value.columns.every((c: unknown) => isRecord(c) && typeof c.name === 'string')
  );
}

/** The tables of a sheet, in file order, with their position. Tables ExcelJS did not load fully are skipped. */
export function sheetTables(sheet: Worksheet): TableInfo[] {
  const list: unknown = sheet.getTables();
  if (!Array.isArray(list)) return [];
  const tables: TableInfo[] = [];
  for (const table of list) {
    const model: unknown = isRecord(table) ? table.model : undefined;
    if (!isTableModel(model)) continue;
    const range = parseCellArea(model.tableRef);
    if (range === null) continue;
    tables.push({
      name: model.name,
      model,
      headerRow: model.headerRow,
      totalsRow: model.totalsRow,
      columns: model.columns.map((c) => c.name),
      top: range.top,
      left: range.left,
      bottom: range.bottom,
      right: range.right,
    });
  }
  return tables;
}

export function findTable(sheet: Worksheet, name: string): TableInfo | undefined {
  return sheetTables(sheet).find((t) => t.name.toLowerCase() === name.toLowerCase());
}

function rangeText(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
}

/**
 * Sets a table's columns to [left, newRight] with the given names (index 0 = table's first column).
 * Existing column definitions are kept (totals, styles); new ones copy the filter button of the last one.
 * ExcelJS writes the table part from this model, so the saved table covers our columns.
 */
export function resizeTable(
  table: TableInfo,
  newRight: number,
  names: ReadonlyMap<number, string>,
): void {
  const { model } = table;
  const width = newRight - table.left + 1;
  const template = model.columns[model.columns.length - 1];
  const columns: TableColumnModel[] = [];
  for (let i = 0; i < width; i++) {
    const existing = model.columns[i];
    const name = names.get(table.left + i);
    if (existing !== undefined) {
      columns.push(name !== undefined ? { ...existing, name } : existing);
    } else {
      columns.push({
        name: name ?? `Column${i + 1}`,
        filterButton: template?.filterButton ?? true,
      });
    }
  }
  model.columns = columns;
  model.tableRef = rangeText(table.top, table.left, table.bottom, newRight);
  if (model.autoFilterRef !== undefined) {
    const filterBottom = model.totalsRow ? table.bottom - 1 : table.bottom;
    model.autoFilterRef = rangeText(table.top, table.left, filterBottom, newRight);
  }
}

/**
 * Repairs what ExcelJS would otherwise change in a user's table when the workbook is saved.
 * - ExcelJS reads filter buttons only from <filterColumn> entries, which Excel writes just for
 *   filtered columns, then writes "hidden button" for every other column: buttons without an
 *   explicit setting are shown, as Excel showed them.
 * - A table without filter buttons has no <autoFilter>; ExcelJS would write one without a range.
 *   A range with every button hidden looks the same in Excel and is valid.
 */
export function keepFilterButtons(sheet: Worksheet): void {
  for (const table of sheetTables(sheet)) {
    const { model } = table;
    if (model.autoFilterRef === undefined) {
      const bottom = model.totalsRow ? table.bottom - 1 : table.bottom;
      model.autoFilterRef = rangeText(table.top, table.left, bottom, table.right);
      for (const column of model.columns) column.filterButton = false;
    } else {
      for (const column of model.columns) column.filterButton ??= true;
    }
  }
}
