// The checks before a plan is written: the sheet is there, the summary name is ours, no planned cell
// holds the user's data or a merge, and the spreadsheet stays within Google's 10 million cells.
import { cellAddress, fail, type Outcome, type RawCell, sameName } from '../../core';
import type { OwnedColumn } from '../markers';
import { summaryConflict } from '../plan-checks';
import type { SheetApi, SpreadsheetApi } from './apps-script';
import { rawRows, type SerialDates } from './cells';
import { frameProblem, lastRowOf, type PlanFrame } from './frame';
import { markedSummarySheet, type Marks, ownedColumnsOn } from './marks';

/** Google Sheets holds at most this many cells in a spreadsheet, over all its sheets. */
export const MAX_SPREADSHEET_CELLS = 10_000_000;
/** The cells of a sheet Sheets inserts: 1,000 rows by 26 columns. */
export const NEW_SHEET_CELLS = 1_000 * 26;

/** What the checks found: enough to write without asking again. */
export interface Inspection {
  readonly sheet: SheetApi;
  readonly owned: ReadonlyMap<number, OwnedColumn>;
  /** Our summary sheet as it is now (kept and rewritten), or null when there is none yet. */
  readonly summary: SheetApi | null;
  /** The header row's cells from column A to our last planned column (the look our headers copy). */
  readonly headerCells: readonly RawCell[];
}

/** Cells of the spreadsheet now, and after the columns and the summary sheet a plan adds. */
export function capacityProblem(
  spreadsheet: SpreadsheetApi,
  sheet: SheetApi,
  rightmost: number,
  newSummary: boolean,
): string | null {
  let cells = 0;
  for (const s of spreadsheet.getSheets()) cells += s.getMaxRows() * s.getMaxColumns();
  const addedColumns = Math.max(0, rightmost - sheet.getMaxColumns());
  const added = addedColumns * sheet.getMaxRows() + (newSummary ? NEW_SHEET_CELLS : 0);
  if (cells + added <= MAX_SPREADSHEET_CELLS) return null;
  const n = (x: number): string => x.toLocaleString('en-US');
  return `This spreadsheet has ${n(cells)} cells and the results need ${n(added)} more, past Google Sheets' limit of ${n(MAX_SPREADSHEET_CELLS)}. Delete empty rows and columns (or sheets you no longer need) and run again. Nothing was changed.`;
}

/** Reads what the checks need: the planned columns' cells, merges, the header row; refuses before any write. */
export function inspect(
  spreadsheet: SpreadsheetApi,
  frame: PlanFrame,
  marks: Marks,
  dates: SerialDates,
): Outcome<Inspection> {
  const problem = frameProblem(frame);
  if (problem !== null)
    return fail('bad-plan', `The write plan does not add up (${problem}). Nothing was changed.`);
  const sheet = spreadsheet.getSheets().find((s) => sameName(s.getName(), frame.sheet));
  if (sheet === undefined)
    return fail(
      'no-sheet',
      `The sheet "${frame.sheet}" is no longer in the spreadsheet. Nothing was changed.`,
    );
  const name = sheet.getName();
  const marked = markedSummarySheet(marks);
  const existing = spreadsheet.getSheetByName(frame.summary.name);
  const conflict = summaryConflict(existing?.getName() ?? null, marked, 'add-on');
  if (conflict !== null) return fail('summary-sheet-exists', conflict);

  const owned = ownedColumnsOn(marks, name, frame.headerRow);
  const rightmost = Math.max(...frame.columns.map((c) => c.column));
  const capacity = capacityProblem(spreadsheet, sheet, rightmost, existing === null);
  if (capacity !== null) return fail('too-many-cells', capacity);

  // Only columns the sheet already has can hold anything; added ones start empty.
  const checkedRight = Math.min(rightmost, sheet.getMaxColumns());
  const left = Math.min(...frame.columns.map((c) => c.column));
  const bottom = Math.min(lastRowOf(frame), sheet.getMaxRows());
  let headerCells: RawCell[] = [];
  if (checkedRight >= 1) {
    const header = sheet.getRange(frame.headerRow, 1, 1, checkedRight).getValues();
    headerCells = rawRows(header, dates)[0] ?? [];
  }
  if (checkedRight >= left) {
    const block = sheet.getRange(
      frame.headerRow,
      left,
      bottom - frame.headerRow + 1,
      checkedRight - left + 1,
    );
    const values = block.getValues();
    const formulas = block.getFormulas();
    for (const column of frame.columns) {
      if (owned.has(column.column) || column.column > checkedRight) continue;
      const j = column.column - left;
      for (let i = 0; i < values.length; i++) {
        if (values[i][j] === '' && formulas[i][j] === '') continue;
        return fail(
          'unsafe-plan',
          `Cell ${cellAddress(frame.headerRow + i, column.column)} on "${name}" holds your data, and the results would overwrite it. Nothing was changed; read the table again and retry.`,
        );
      }
    }
    const merged = block.getMergedRanges()[0];
    if (merged !== undefined)
      return fail(
        'unsafe-plan',
        `The results would be written into merged cells (${merged.getA1Notation()} on "${name}"). Unmerge them or move them away, then run again. Nothing was changed.`,
      );
  }
  const summary = existing !== null && marked !== null ? existing : null;
  return { kind: 'ok', value: { sheet, owned, summary, headerCells } };
}
