// "Clear results": removes exactly what a write put there: our marked columns (values, formats,
// headers, widths), their rules, our summary sheet, the marks and an unfinished write's resume point.
import { fail, type Outcome, sameName, SUMMARY_SHEET_NAME } from '../../core';
import { ownedColumns } from '../markers';
import type { TableRequest, WriteNotes } from '../port';
import type { PropertiesApi, SheetApi, SpreadsheetApi } from './apps-script';
import { RESUME_KEY } from './apply';
import { markedSummarySheet, readMarks, unmarkSheet } from './marks';
import { replaceRules } from './rules';
import { deleteStoredText } from './state-store';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_NUMBER_FORMAT } from './write';

/** The sheets a clear looks at: the named range's or the requested sheet, else every sheet. */
function targets(
  spreadsheet: SpreadsheetApi,
  request: TableRequest,
  user: readonly { name: string; area: { sheet: string } }[],
): Outcome<SheetApi[]> {
  const sheets = spreadsheet.getSheets();
  const wanted =
    request.table !== undefined
      ? user.find((m) => sameName(m.name, request.table ?? ''))?.area.sheet
      : request.sheet;
  if (request.table !== undefined && wanted === undefined)
    return fail('no-table', `There is no named range called "${request.table}".`);
  if (wanted === undefined) return { kind: 'ok', value: sheets };
  const sheet = sheets.find((s) => sameName(s.getName(), wanted));
  if (sheet === undefined) return fail('no-sheet', `There is no sheet called "${wanted}".`);
  return { kind: 'ok', value: [sheet] };
}

export function clearResults(
  spreadsheet: SpreadsheetApi,
  properties: PropertiesApi,
  request: TableRequest,
): Outcome<WriteNotes> {
  const marks = readMarks(spreadsheet);
  const chosen = targets(spreadsheet, request, marks.user);
  if (chosen.kind === 'error') return chosen;
  for (const sheet of chosen.value) {
    const name = sheet.getName();
    const owned = ownedColumns(
      marks.results.map((m) => m.area),
      name,
    );
    if (owned.size === 0) continue;
    replaceRules(sheet, new Set(owned.keys()), []);
    for (const mark of owned.values()) {
      if (mark.lastRow > mark.headerRow)
        sheet
          .getRange(mark.headerRow + 1, mark.column, mark.lastRow - mark.headerRow, 1)
          .clearContent()
          .setNumberFormat(DEFAULT_NUMBER_FORMAT);
      sheet.getRange(mark.headerRow, mark.column, 1, 1).clear();
      sheet.setColumnWidth(mark.column, DEFAULT_COLUMN_WIDTH);
    }
    unmarkSheet(marks, name);
  }
  // Our summary goes only while it has our name: a renamed one is the user's now and only loses the mark.
  const summary = markedSummarySheet(marks);
  if (marks.summary !== null) {
    const sheet =
      summary !== null && sameName(summary, SUMMARY_SHEET_NAME)
        ? spreadsheet.getSheetByName(summary)
        : null;
    marks.summary.named.remove();
    if (sheet !== null) spreadsheet.deleteSheet(sheet);
  }
  for (const named of marks.broken) named.remove();
  deleteStoredText(properties, RESUME_KEY);
  return { kind: 'ok', value: { notes: [] } };
}
