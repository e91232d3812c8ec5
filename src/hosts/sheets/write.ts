// Writes a plan in three steps that each fit one Apps Script execution: begin (checks, marks, headers,
// formats, rules, the summary), rows (values in blocks), finish (marks narrowed to what was written).
import { fail, type Outcome } from '../../core';
import { type OwnedColumn, widest } from '../markers';
import type { WriteNotes } from '../port';
import type { RangeApi, SheetApi, SpreadsheetApi, SpreadsheetAppApi } from './apps-script';
import { cellValue, needsLiteralText, type SerialDates } from './cells';
import {
  columnRuns,
  isTextColumn,
  lastRowOf,
  type PlanFrame,
  type RowBlock,
  type RowsTarget,
} from './frame';
import { inspect, type Inspection } from './inspect';
import { markColumns, markSummary, readMarks, ownedColumnsOn } from './marks';
import { replaceRules, ruleFor } from './rules';
import { charactersToPixels, removeOurCharts, writeSummary } from './summary';

/** Sheets' default column width in pixels, given back to a column we no longer use. */
export const DEFAULT_COLUMN_WIDTH = 100;
/** Sheets' default number format, given back to cells we empty. */
export const DEFAULT_NUMBER_FORMAT = 'General';

export interface WriteContext {
  readonly app: SpreadsheetAppApi;
  readonly spreadsheet: SpreadsheetApi;
  readonly dates: SerialDates;
}

/** The nearest filled header cell left of our first column that is not ours: the look our headers copy. */
function headerTemplate(
  cells: readonly unknown[],
  before: number,
  ours: ReadonlySet<number>,
): number | null {
  for (let c = Math.min(before - 1, cells.length); c >= 1; c--)
    if (!ours.has(c) && cells[c - 1] !== null && cells[c - 1] !== undefined) return c;
  return null;
}

function plannedMarks(frame: PlanFrame): OwnedColumn[] {
  const lastRow = lastRowOf(frame);
  return frame.columns.map((c) => ({ column: c.column, headerRow: frame.headerRow, lastRow }));
}

/** Empties cells of ours in one column, rows [fromRow, toRow]: values go, the number format returns to the default. */
function clearCells(sheet: SheetApi, column: number, fromRow: number, toRow: number): void {
  if (toRow < fromRow) return;
  sheet
    .getRange(fromRow, column, toRow - fromRow + 1, 1)
    .clearContent()
    .setNumberFormat(DEFAULT_NUMBER_FORMAT);
}

/** Removes a header of ours (value and the look we copied) and gives the column its default width. */
function clearHeader(sheet: SheetApi, row: number, column: number): void {
  sheet.getRange(row, column, 1, 1).clear();
  sheet.setColumnWidth(column, DEFAULT_COLUMN_WIDTH);
}

/**
 * Everything but the values, after the checks: first the marks, so whatever a failure later leaves
 * is known as ours (the summary sheet and every cell the plan writes or may clear); then old columns
 * and rows emptied, headers, number formats, widths, rules and the summary sheet.
 */
export function beginWrite(context: WriteContext, frame: PlanFrame): Outcome<WriteNotes> {
  const { app, spreadsheet } = context;
  const marks = readMarks(spreadsheet);
  const checked = inspect(spreadsheet, frame, marks, context.dates);
  if (checked.kind === 'error') return checked;
  const { sheet, owned, headerCells }: Inspection = checked.value;
  let summary = checked.value.summary;

  const rightmost = Math.max(...frame.columns.map((c) => c.column));
  if (rightmost > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), rightmost - sheet.getMaxColumns());
  if (summary === null) {
    // Sheets makes an inserted sheet the active one: the user stays on their data.
    summary = spreadsheet.insertSheet(frame.summary.name);
    sheet.activate();
  }
  markSummary(spreadsheet, summary, marks);
  markColumns(
    spreadsheet,
    sheet,
    marks,
    frame.headerRow,
    widest(plannedMarks(frame), [...owned.values()]),
  );

  const lastRow = lastRowOf(frame);
  const written = new Set(frame.columns.map((c) => c.column));
  for (const mark of owned.values()) {
    if (!written.has(mark.column)) {
      clearCells(sheet, mark.column, frame.firstDataRow, Math.max(mark.lastRow, lastRow));
      clearHeader(sheet, frame.headerRow, mark.column);
    } else if (mark.lastRow > lastRow) clearCells(sheet, mark.column, lastRow + 1, mark.lastRow);
  }

  const template = headerTemplate(
    headerCells,
    Math.min(...written),
    new Set([...written, ...owned.keys()]),
  );
  for (const column of frame.columns) {
    const header = sheet.getRange(frame.headerRow, column.column, 1, 1);
    if (template !== null)
      sheet
        .getRange(frame.headerRow, template, 1, 1)
        .copyTo(header, app.CopyPasteType.PASTE_FORMAT, false);
    header.setNumberFormat('@');
    writeText(app, header, column.header);
    if (frame.rowCount > 0)
      sheet
        .getRange(frame.firstDataRow, column.column, frame.rowCount, 1)
        .setNumberFormat(column.numberFormat);
    sheet.setColumnWidth(column.column, charactersToPixels(column.width));
  }

  const rules =
    frame.rowCount > 0
      ? frame.conditionalFormats.map((plan) =>
          ruleFor(app, sheet, plan, frame.firstDataRow, lastRow),
        )
      : [];
  replaceRules(sheet, new Set(owned.keys()), rules);

  if (checked.value.summary !== null) {
    summary.clear();
    if (frame.summary.chart !== null) removeOurCharts(summary, frame.summary.chart.title);
  }
  writeSummary(app, summary, frame.summary);
  return { kind: 'ok', value: { notes: [] } };
}

/** One cell's text as it is: rich text where setValues() would read it as something else. */
function writeText(app: SpreadsheetAppApi, cell: RangeApi, text: string): void {
  if (needsLiteralText(text)) cell.setRichTextValue(app.newRichTextValue().setText(text).build());
  else cell.setValues([[text]]);
}

/**
 * Writes a block of rows into the frame's columns, sent by the sidebar in an execution of its own.
 * Every target cell must lie under a mark of ours (begin made them): a stale or repeated call can
 * never reach the user's cells.
 */
export function writeRows(
  context: WriteContext,
  frame: RowsTarget,
  block: RowBlock,
): Outcome<void> {
  const count = block.values.length;
  if (count === 0) return { kind: 'ok', value: undefined };
  const sheet = context.spreadsheet.getSheetByName(frame.sheet);
  if (sheet === null)
    return fail('no-sheet', `The sheet "${frame.sheet}" is no longer in the spreadsheet.`);
  const owned = ownedColumnsOn(readMarks(context.spreadsheet), sheet.getName(), frame.headerRow);
  const firstRow = frame.firstDataRow + block.start;
  const lastRow = firstRow + count - 1;
  for (const column of frame.columns) {
    const mark = owned.get(column.column);
    if (
      mark === undefined ||
      mark.lastRow < lastRow ||
      block.start < 0 ||
      lastRow > lastRowOf(frame)
    )
      return fail(
        'bad-plan',
        `Rows ${firstRow}-${lastRow} of column ${column.column} on "${frame.sheet}" are not marked as results of this add-on, so they were not written.`,
      );
  }
  writeBlock(context.app, sheet, frame, block);
  return { kind: 'ok', value: undefined };
}

/**
 * Writes a block of rows, one setValues() per run of adjacent columns; text setValues() would read
 * as something else follows as rich text. The caller made sure the cells are ours.
 */
export function writeBlock(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  frame: RowsTarget,
  block: RowBlock,
): void {
  const count = block.values.length;
  if (count === 0) return;
  const firstRow = frame.firstDataRow + block.start;
  for (const run of columnRuns(frame.columns)) {
    const literal: { row: number; column: number; text: string }[] = [];
    const values: (string | number)[][] = block.values.map((row, i) =>
      run.map(({ column, index }) => {
        const value = cellValue(row[index]);
        if (
          typeof value === 'string' &&
          isTextColumn(frame.columns[index]) &&
          needsLiteralText(value)
        ) {
          literal.push({ row: firstRow + i, column, text: value });
          return '';
        }
        return value;
      }),
    );
    sheet.getRange(firstRow, run[0].column, count, run.length).setValues(values);
    for (const { row, column, text } of literal)
      writeText(app, sheet.getRange(row, column, 1, 1), text);
  }
}

/** Narrows the marks to what the plan wrote (the claim also covered old columns and rows it cleared). */
export function finishWrite(context: WriteContext, frame: PlanFrame): Outcome<WriteNotes> {
  const { spreadsheet } = context;
  const sheet = spreadsheet.getSheetByName(frame.sheet);
  if (sheet === null)
    return fail('no-sheet', `The sheet "${frame.sheet}" is no longer in the spreadsheet.`);
  const marks = readMarks(spreadsheet);
  const planned = plannedMarks(frame);
  const current = ownedColumnsOn(marks, sheet.getName(), frame.headerRow);
  const same =
    current.size === planned.length &&
    planned.every((p) => current.get(p.column)?.lastRow === p.lastRow);
  if (!same) markColumns(spreadsheet, sheet, marks, frame.headerRow, planned);
  return { kind: 'ok', value: { notes: [] } };
}
