// Removes exactly what apply wrote: our marked columns, their rules, table columns, the summary sheet and the markers.
import type { Workbook, Worksheet } from 'exceljs';
import { SUMMARY_SHEET_NAME } from '../../core';
import { ownedColumns } from '../markers';
import { planTableFit } from '../plan-checks';
import { applyTableFit, clearCells, clearOwnedColumn } from './columns';
import { removeRulesOn } from './formats';
import { resultAreas, unmarkColumn } from './markers';
import { removeSummary } from './summary';
import { sheetTables } from './tables';

/** Clears our result columns on one sheet; returns notes about table columns that had to stay. */
export function clearSheet(workbook: Workbook, sheet: Worksheet): string[] {
  const owned = ownedColumns(resultAreas(workbook), sheet.name);
  if (owned.size === 0) return [];
  removeRulesOn(sheet, new Set(owned.keys()));
  const notes: string[] = [];
  const stuck = new Set<number>();
  for (const table of sheetTables(sheet)) {
    // Only our columns on this table's header row can be part of it.
    const mine = new Set(
      [...owned.values()].filter((m) => m.headerRow === table.top).map((m) => m.column),
    );
    if (mine.size === 0) continue;
    const fit = planTableFit(table, table, new Set(), mine);
    fit.stuck.forEach((c) => stuck.add(c));
    notes.push(...applyTableFit(fit, new Map()));
  }
  for (const mark of owned.values()) {
    if (stuck.has(mark.column)) clearCells(sheet, mark.column, mark.headerRow + 1, mark.lastRow);
    else clearOwnedColumn(sheet, mark.column, mark.headerRow, mark.lastRow);
    unmarkColumn(workbook, sheet.name, mark);
  }
  return notes;
}

/** Clears our columns on the given sheets (all sheets when none is given) and removes our summary sheet. */
export function clearResults(
  workbook: Workbook,
  sheets: readonly Worksheet[] = workbook.worksheets,
): string[] {
  const notes = sheets.flatMap((sheet) => clearSheet(workbook, sheet));
  removeSummary(workbook, SUMMARY_SHEET_NAME);
  return notes;
}
