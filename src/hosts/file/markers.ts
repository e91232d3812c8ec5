// The marker names in an ExcelJS workbook: reading, adding and removing their cells (what they hold is in ../markers).
import type { Workbook } from 'exceljs';
import { absoluteCell, parseUnion, sameName, type SheetBox } from '../../core';
import {
  columnMarks,
  markedSheet,
  RESULTS_NAME,
  summaryCell,
  SUMMARY_NAME,
  type OwnedColumn,
} from '../markers';

/** The areas a workbook-level defined name refers to. */
export function areasOf(workbook: Workbook, name: string): SheetBox[] {
  // ExcelJS keeps a name as cells and hands it back as one reference per area.
  return workbook.definedNames.getRanges(name).ranges.flatMap(parseUnion);
}

/** The areas of the results marker, for `ownedColumns` and `ownedOnRow`. */
export function resultAreas(workbook: Workbook): SheetBox[] {
  return areasOf(workbook, RESULTS_NAME);
}

export function unmarkColumn(workbook: Workbook, sheet: string, owned: OwnedColumn): void {
  for (const area of resultAreas(workbook)) {
    if (!sameName(area.sheet, sheet) || owned.column < area.left || owned.column > area.right)
      continue;
    for (let r = area.top; r <= area.bottom; r++)
      workbook.definedNames.remove(absoluteCell(area.sheet, r, owned.column), RESULTS_NAME);
  }
}

export function markColumn(
  workbook: Workbook,
  sheet: string,
  column: number,
  headerRow: number,
  lastRow: number,
): void {
  for (const cell of columnMarks(sheet, { column, headerRow, lastRow }))
    workbook.definedNames.add(cell, RESULTS_NAME);
}

/** The sheet our summary marker points at, or null. */
export function markedSummarySheet(workbook: Workbook): string | null {
  return markedSheet(areasOf(workbook, SUMMARY_NAME));
}

export function markSummary(workbook: Workbook, sheet: string): void {
  unmarkSummary(workbook);
  workbook.definedNames.add(summaryCell(sheet), SUMMARY_NAME);
}

export function unmarkSummary(workbook: Workbook): void {
  for (const area of areasOf(workbook, SUMMARY_NAME)) {
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++)
        workbook.definedNames.remove(absoluteCell(area.sheet, r, c), SUMMARY_NAME);
  }
}
