// The add-in's state kept inside the workbook (model, model list, run statistics): JSON text on a very hidden sheet.
import type { Workbook, Worksheet } from 'exceljs';
import type { NumberLocale } from '../../core';
import { MAX_STATE_TEXT } from '../state';
import { toRawCell } from './cells';

/**
 * The very hidden sheet holding our state (users cannot unhide it from Excel's menus by accident).
 * One row per key: the key in column A, the JSON text from column B on, split into chunks because
 * an Excel cell holds at most 32,767 characters.
 */
export const STATE_SHEET = '_KAM_State';
const CHUNK = 32_000;

/**
 * The number locale a run used, kept so that a CSV from a decimal-comma locale, saved as .xlsx,
 * is read the same way next time (an .xlsx has no locale of its own to tell).
 */
export const NUMBER_LOCALE_KEY = 'kam.numberLocale';

export function readNumberLocale(workbook: Workbook): NumberLocale | undefined {
  const stored = readState(workbook, NUMBER_LOCALE_KEY);
  return stored === 'decimal-comma' || stored === 'decimal-point' ? stored : undefined;
}

function findKeyRow(sheet: Worksheet, key: string): number | null {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (sheet.findRow(r)?.getCell(1).value === key) return r;
  }
  return null;
}

/**
 * The stored text under a key: null when absent. Anything that is not text comes back as is, and
 * text longer than the store accepts is cut just past the limit, so the WorkbookState readers refuse it.
 */
export function readState(workbook: Workbook, key: string): unknown {
  const sheet = workbook.getWorksheet(STATE_SHEET);
  if (sheet === undefined) return null;
  const r = findKeyRow(sheet, key);
  if (r === null) return null;
  const row = sheet.getRow(r);
  let text = '';
  for (let c = 2; c <= row.cellCount; c++) {
    const value = toRawCell(row.getCell(c).value);
    if (value === null) break;
    if (typeof value !== 'string') return value;
    text += value;
    if (text.length > MAX_STATE_TEXT) break;
  }
  return text === '' ? null : text;
}

/** Splits text into chunks without cutting a surrogate pair (a lone half is not valid text in the file). */
function chunks(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
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
  const parts = chunks(text);
  parts.forEach((part, i) => (row.getCell(i + 2).value = part));
  for (let c = parts.length + 2; c <= previous; c++) row.getCell(c).value = null;
}
