// Workbook defined names that mark what is ours: result columns (_KAM_Results) and the summary sheet (_KAM_Summary).
import type { Workbook } from 'exceljs';
import { columnLetters } from '../../core/types';

/**
 * Marks our result columns. Each column is marked by two cells, its header cell and its last data
 * cell, so Excel keeps the marker right when rows or columns are inserted, and a later run knows
 * which rows it wrote without storing a cell-by-cell range.
 */
export const RESULTS_NAME = '_KAM_Results';
/** Marks the summary sheet we created (its A1), so a user's own sheet of that name is never replaced. */
export const SUMMARY_NAME = '_KAM_Summary';

export interface SheetRange {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One marked result column: the header row and the last row we wrote. */
export interface OwnedColumn {
  readonly column: number;
  readonly headerRow: number;
  readonly lastRow: number;
}

const REF = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses "Sheet!$A$1:$B$2" or "'My sheet'!$A$1" (quotes doubled inside quoted names). */
export function parseSheetRange(text: string): SheetRange | null {
  const m = REF.exec(text.trim());
  if (m === null) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const c1 = lettersToColumn(m[3]);
  const r1 = Number(m[4]);
  const c2 = m[5] !== undefined ? lettersToColumn(m[5]) : c1;
  const r2 = m[6] !== undefined ? Number(m[6]) : r1;
  return {
    sheet,
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

/** "'Sheet name'!$A$1", always quoted so names with spaces or apostrophes work. */
export function cellRef(sheet: string, row: number, column: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${columnLetters(column)}$${row}`;
}

function rangesOf(workbook: Workbook, name: string): SheetRange[] {
  return workbook.definedNames
    .getRanges(name)
    .ranges.map(parseSheetRange)
    .filter((r): r is SheetRange => r !== null);
}

/** Our marked result columns on a sheet, by column. */
export function ownedColumns(workbook: Workbook, sheet: string): Map<number, OwnedColumn> {
  const extent = new Map<number, { top: number; bottom: number }>();
  for (const range of rangesOf(workbook, RESULTS_NAME)) {
    if (range.sheet.toLowerCase() !== sheet.toLowerCase()) continue;
    for (let c = range.left; c <= range.right; c++) {
      const seen = extent.get(c);
      extent.set(
        c,
        seen
          ? { top: Math.min(seen.top, range.top), bottom: Math.max(seen.bottom, range.bottom) }
          : { top: range.top, bottom: range.bottom },
      );
    }
  }
  const owned = new Map<number, OwnedColumn>();
  for (const [column, { top, bottom }] of extent)
    owned.set(column, { column, headerRow: top, lastRow: bottom });
  return owned;
}

/** Removes every result-column mark on a sheet. */
export function unmarkSheet(workbook: Workbook, sheet: string): void {
  for (const owned of ownedColumns(workbook, sheet).values()) unmarkColumn(workbook, sheet, owned);
}

export function unmarkColumn(workbook: Workbook, sheet: string, owned: OwnedColumn): void {
  for (const range of rangesOf(workbook, RESULTS_NAME)) {
    if (
      range.sheet.toLowerCase() !== sheet.toLowerCase() ||
      owned.column < range.left ||
      owned.column > range.right
    )
      continue;
    for (let r = range.top; r <= range.bottom; r++)
      workbook.definedNames.remove(cellRef(range.sheet, r, owned.column), RESULTS_NAME);
  }
}

export function markColumn(
  workbook: Workbook,
  sheet: string,
  column: number,
  headerRow: number,
  lastRow: number,
): void {
  workbook.definedNames.add(cellRef(sheet, headerRow, column), RESULTS_NAME);
  workbook.definedNames.add(cellRef(sheet, Math.max(lastRow, headerRow), column), RESULTS_NAME);
}

/** The sheet our summary marker points at, or null. */
export function markedSummarySheet(workbook: Workbook): string | null {
  const ranges = rangesOf(workbook, SUMMARY_NAME);
  return ranges.length > 0 ? ranges[0].sheet : null;
}

export function markSummary(workbook: Workbook, sheet: string): void {
  unmarkSummary(workbook);
  workbook.definedNames.add(cellRef(sheet, 1, 1), SUMMARY_NAME);
}

export function unmarkSummary(workbook: Workbook): void {
  for (const range of rangesOf(workbook, SUMMARY_NAME)) {
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++)
        workbook.definedNames.remove(cellRef(range.sheet, r, c), SUMMARY_NAME);
  }
}
