// Reads the account table and the sheet layout (our earlier columns, the first free column) from a workbook.
import type { Workbook, Worksheet } from 'exceljs';
import {
  firstFreeColumn,
  headerText,
  type SheetLayout,
  type NumberLocale,
  type RawCell,
  type RawTable,
  type Outcome,
} from '../../core';
import { ownedColumns } from '../markers';
import type { ReadTableResult, TableRequest } from '../port';
import { rowValues, sheetGrid } from './cells';
import { chooseBlock, chooseSheet, type Block } from './locate';
import { resultAreas } from './markers';

/** Our result columns on this sheet whose mark sits on the table's header row, by header text. */
export function layoutOwned(
  workbook: Workbook,
  sheet: Worksheet,
  headerRow: number,
): Record<string, number> {
  const owned: Record<string, number> = {};
  for (const mark of ownedColumns(resultAreas(workbook), sheet.name).values()) {
    if (mark.headerRow !== headerRow) continue;
    const [value] = rowValues(sheet, headerRow, mark.column, mark.column);
    if (typeof value === 'string' && value.trim() !== '') owned[value.trim()] = mark.column;
  }
  return owned;
}

export function locateBlock(workbook: Workbook, request: TableRequest = {}): Outcome<Block> {
  const sheet = chooseSheet(workbook, request.sheet, request.table);
  if (sheet.kind === 'error') return sheet;
  return chooseBlock(sheet.value, request.table);
}

export function readTable(
  workbook: Workbook,
  request: TableRequest = {},
  numberLocale?: NumberLocale,
): Outcome<ReadTableResult> {
  const located = locateBlock(workbook, request);
  if (located.kind === 'error') return located;
  const block = located.value;
  const { sheet, headerRow, firstColumn, lastColumn, rowCount } = block;
  const headerCells = rowValues(sheet, headerRow, firstColumn, lastColumn);
  const headers = headerCells.map((value, j) => {
    // A table's column names are authoritative (Excel keeps them unique and non-blank).
    const tableName = block.table?.model.columns[j]?.name;
    return tableName !== undefined && tableName.trim() !== ''
      ? tableName.trim()
      : headerText(value, firstColumn + j);
  });
  const rows: RawCell[][] = new Array<RawCell[]>(rowCount);
  for (let i = 0; i < rowCount; i++)
    rows[i] = rowValues(sheet, headerRow + 1 + i, firstColumn, lastColumn);
  const table: RawTable = {
    sheet: sheet.name,
    headerRow,
    firstColumn,
    headers,
    rows,
    ...(block.table !== undefined ? { tableName: block.table.name } : {}),
    ...(numberLocale !== undefined ? { numberLocale } : {}),
  };
  const layout: SheetLayout = {
    ownedColumns: layoutOwned(workbook, sheet, headerRow),
    // A table's totals row joins the check: our columns become table columns that cross it.
    firstFreeColumn: firstFreeColumn(
      sheetGrid(sheet),
      headerRow,
      block.table?.bottom ?? headerRow + rowCount,
      lastColumn,
    ),
  };
  return { kind: 'ok', value: { table, layout } };
}
