// The add-in's state kept inside the workbook (model, model list, run statistics): JSON text on a very hidden sheet.
import type { Workbook, Worksheet } from 'exceljs';
import type { NumberLocale } from '../../core';
import { joinedStateText, STATE_SHEET, stateChunks } from '../state-sheet';
import { toRawCell } from './cells';
import type { CellsBook } from './xlsx/book';

/**
 * The number locale a run used, kept so that a CSV from a decimal-comma locale, saved as .xlsx,
 * is read the same way next time (an .xlsx has no locale of its own to tell).
 */
export const NUMBER_LOCALE_KEY = 'kam.numberLocale';

/** The stored number locale, from whichever reader holds the workbook. */
export function numberLocaleOf(stored: unknown): NumberLocale | undefined {
  return stored === 'decimal-comma' || stored === 'decimal-point' ? stored : undefined;
}

/**
 * The stored text under a key, read from the package: the state sheet's row whose column A holds
 * the key, its chunks from column B on. Null when absent (see joinedStateText).
 */
export function readBookState(book: CellsBook, key: string): unknown {
  const sheet = book.sheet(STATE_SHEET);
  if (sheet === undefined) return null;
  const { rows } = book.cells(sheet);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (row?.[0] === key) return joinedStateText(row.slice(1), key);
  }
  return null;
}

function findKeyRow(sheet: Worksheet, key: string): number | null {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (sheet.findRow(r)?.getCell(1).value === key) return r;
  }
  return null;
}

/** The stored text under a key: null when absent (see joinedStateText). */
export function readState(workbook: Workbook, key: string): unknown {
  const sheet = workbook.getWorksheet(STATE_SHEET);
  if (sheet === undefined) return null;
  const r = findKeyRow(sheet, key);
  if (r === null) return null;
  const row = sheet.getRow(r);
  const chunks: unknown[] = [];
  for (let c = 2; c <= row.cellCount; c++) chunks.push(toRawCell(row.getCell(c).value));
  return joinedStateText(chunks, key);
}

/** Stores text under a key, replacing what was there. */
export function writeState(workbook: Workbook, key: string, text: string): void {
  const sheet =
    workbook.getWorksheet(STATE_SHEET) ??
    workbook.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  const r = findKeyRow(sheet, key) ?? sheet.rowCount + 1;
  const row = sheet.getRow(r);
  const previous = row.cellCount;
  row.getCell(1).value = key;
  const parts = stateChunks(text);
  parts.forEach((part, i) => (row.getCell(i + 2).value = part));
  for (let c = parts.length + 2; c <= previous; c++) row.getCell(c).value = null;
}
