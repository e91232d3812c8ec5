// What is ours in a spreadsheet, marked with named ranges: one per result column (header cell to last
// data cell) and one on the summary sheet's A1. Sheets moves a named range with the cells when rows or
// columns are inserted or deleted, as Excel moves a defined name, so the marks follow our columns.
import type { SheetBox } from '../../core';
import { type OwnedColumn, ownedOnRow, RESULTS_NAME, SUMMARY_NAME } from '../markers';
import type { NamedRangeApi, RangeApi, SheetApi, SpreadsheetApi } from './apps-script';

/** Result columns are named `_KAM_Results_<sheet id>_<header row>_<column>`: unique in the spreadsheet. */
const RESULTS_PREFIX = `${RESULTS_NAME}_`;

/** One mark of ours as found: the named range and the cells it covers now. */
export interface FoundMark {
  readonly named: NamedRangeApi;
  readonly area: SheetBox;
}

/** Our marks (and the user's named ranges) in the spreadsheet, read in one getNamedRanges() call. */
export interface Marks {
  readonly results: readonly FoundMark[];
  readonly summary: FoundMark | null;
  /** The user's own named ranges: a table can be read through one, as through an Excel table. */
  readonly user: readonly (FoundMark & { readonly name: string })[];
  /** Marks whose cells are gone (a deleted sheet or column): removed whenever marks are rewritten. */
  readonly broken: readonly NamedRangeApi[];
}

function areaOf(range: RangeApi): SheetBox {
  const top = range.getRow();
  const left = range.getColumn();
  return {
    sheet: range.getSheet().getName(),
    top,
    left,
    bottom: top + range.getNumRows() - 1,
    right: left + range.getNumColumns() - 1,
  };
}

export function readMarks(spreadsheet: SpreadsheetApi): Marks {
  const results: FoundMark[] = [];
  const broken: NamedRangeApi[] = [];
  const user: (FoundMark & { name: string })[] = [];
  let summary: FoundMark | null = null;
  for (const named of spreadsheet.getNamedRanges()) {
    const name = named.getName();
    const isResult = name.startsWith(RESULTS_PREFIX);
    const ours = isResult || name === SUMMARY_NAME;
    let area: SheetBox;
    try {
      area = areaOf(named.getRange());
    } catch {
      if (ours) broken.push(named);
      continue;
    }
    if (isResult) results.push({ named, area });
    else if (ours) summary = { named, area };
    else user.push({ named, area, name });
  }
  return { results, summary, broken, user };
}

/** Our columns on one header row of a sheet, by column. */
export function ownedColumnsOn(
  marks: Marks,
  sheet: string,
  headerRow: number,
): Map<number, OwnedColumn> {
  return ownedOnRow(
    marks.results.map((m) => m.area),
    sheet,
    headerRow,
  );
}

/** The sheet our summary mark points at, or null. */
export function markedSummarySheet(marks: Marks): string | null {
  return marks.summary?.area.sheet ?? null;
}

/**
 * Replaces our marks on a sheet's header row by one named range per column (header cell to its last
 * row). Marks on other header rows of the sheet (a second table) and on other sheets stay.
 */
export function markColumns(
  spreadsheet: SpreadsheetApi,
  sheet: SheetApi,
  marks: Marks,
  headerRow: number,
  columns: readonly OwnedColumn[],
): void {
  const name = sheet.getName();
  for (const mark of marks.results)
    if (mark.area.sheet === name && mark.area.top === headerRow) mark.named.remove();
  for (const named of marks.broken) named.remove();
  const id = sheet.getSheetId();
  for (const owned of columns) {
    const rows = Math.max(owned.lastRow, owned.headerRow) - owned.headerRow + 1;
    spreadsheet.setNamedRange(
      `${RESULTS_PREFIX}${id}_${owned.headerRow}_${owned.column}`,
      sheet.getRange(owned.headerRow, owned.column, rows, 1),
    );
  }
}

/** Removes every result mark on a sheet. */
export function unmarkSheet(marks: Marks, sheet: string): void {
  for (const mark of marks.results) if (mark.area.sheet === sheet) mark.named.remove();
}

/** Marks a sheet as our summary (its A1), replacing the old mark. */
export function markSummary(spreadsheet: SpreadsheetApi, sheet: SheetApi, marks: Marks): void {
  marks.summary?.named.remove();
  spreadsheet.setNamedRange(SUMMARY_NAME, sheet.getRange(1, 1, 1, 1));
}
