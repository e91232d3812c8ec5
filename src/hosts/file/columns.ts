// Cell-level work on result columns: writing values as literal text/numbers, clearing ours, fitting a table around them.
import type { Cell, Style, Worksheet } from 'exceljs';
import { type PlanValue, planValueAt, type ResultColumnPlan } from '../../core';
import { tableFitNotes, type TableFit } from '../plan-checks';
import { isEmptyCell } from './cells';
import { resizeTable, type TableInfo } from './tables';

/** Called after each written row so the caller can report progress. */
export type RowTick = () => void;

/**
 * A copy of a cell's style with a new number format. ExcelJS shares one style object between
 * all loaded cells of the same style, so a style is always replaced, never changed in place.
 */
function withNumFmt(style: Partial<Style>, numFmt: string | undefined): Partial<Style> {
  const copy: Partial<Style> = {};
  for (const [key, value] of Object.entries(style))
    if (key !== 'numFmt' && value !== undefined && value !== null) Reflect.set(copy, key, value);
  if (numFmt !== undefined) copy.numFmt = numFmt;
  return copy;
}

/** Excel's limit on the text in one cell. */
const MAX_CELL_TEXT = 32_767;

/** A plan value as a cell value: non-finite numbers become empty, over-long text is cut to what Excel holds. */
export function cellValue(value: PlanValue): PlanValue {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.length > MAX_CELL_TEXT)
    return value.slice(0, MAX_CELL_TEXT);
  return value;
}

/** The nearest header cell left of a column with something in it, whose look our header copies. */
function headerTemplate(sheet: Worksheet, headerRow: number, column: number): Cell | undefined {
  let template: Cell | undefined;
  let templateColumn = 0;
  // eachCell visits existing cells only; getCell would add empty cells to the user's row.
  sheet.findRow(headerRow)?.eachCell((cell, c) => {
    if (c < column && c > templateColumn && !isEmptyCell(cell)) {
      template = cell;
      templateColumn = c;
    }
  });
  return template;
}

/**
 * Writes one result column: header, values, number format, width. A string is assigned as a plain
 * JS string, which ExcelJS always stores as a text cell: "=HYPERLINK(...)" or "+1" never become formulas.
 */
export function writeResultColumn(
  sheet: Worksheet,
  plan: ResultColumnPlan,
  headerRow: number,
  firstDataRow: number,
  tick: RowTick,
): void {
  const template = headerTemplate(sheet, headerRow, plan.column);
  const header = sheet.getRow(headerRow).getCell(plan.column);
  header.value = plan.header;
  header.style = withNumFmt(template?.style ?? {}, undefined);
  // Unstyled cells (the usual case) share one style object: ExcelJS then finds the style in one
  // lookup when saving instead of comparing a fresh object per cell.
  const plain: Partial<Style> = { numFmt: plan.numberFormat };
  for (let i = 0; i < plan.values.length; i++) {
    const cell = sheet.getRow(firstDataRow + i).getCell(plan.column);
    cell.value = cellValue(planValueAt(plan.values, i));
    cell.style =
      Object.keys(cell.style).length === 0 ? plain : withNumFmt(cell.style, plan.numberFormat);
    tick();
  }
  sheet.getColumn(plan.column).width = plan.width;
}

/** Empties a column of ours over rows [fromRow, toRow]: values and our number format go, nothing else is touched. */
export function clearCells(sheet: Worksheet, column: number, fromRow: number, toRow: number): void {
  for (let r = fromRow; r <= toRow; r++) {
    const row = sheet.findRow(r);
    if (row === undefined) continue;
    const cell = row.getCell(column);
    cell.value = null;
    cell.style = withNumFmt(cell.style, undefined);
  }
}

/** Clears a whole column of ours (header included) and gives the column its default width back. */
export function clearOwnedColumn(
  sheet: Worksheet,
  column: number,
  headerRow: number,
  lastRow: number,
): void {
  clearCells(sheet, column, headerRow + 1, lastRow);
  const header = sheet.findRow(headerRow)?.getCell(column);
  if (header !== undefined) {
    header.value = null;
    header.style = {};
  }
  sheet.getColumn(column).width = undefined;
}

/** Applies a planned fit: the table model covers [left, right], our columns named by their headers. */
export function applyTableFit(
  fit: TableFit<TableInfo>,
  headers: ReadonlyMap<number, string>,
): string[] {
  const { table, right } = fit;
  const names = new Map<number, string>();
  for (const [column, header] of headers)
    if (column >= table.left && column <= right) names.set(column, header);
  if (right !== table.right || names.size > 0) resizeTable(table, right, names);
  return tableFitNotes(fit);
}
