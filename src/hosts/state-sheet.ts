// The very hidden "_KAM_State" sheet the file host (the CLI) keeps the add-in's state on, because its
// file library cannot write Office document settings; the Excel host reads it as a fallback.
import { stateTextLimit } from './state';

/**
 * One row per key: the key in column A, the JSON text from column B on, split into chunks because
 * an Excel cell holds at most 32,767 characters. Very hidden, so users cannot unhide it from Excel's
 * menus by accident.
 */
export const STATE_SHEET = '_KAM_State';
export const STATE_CHUNK = 32_000;

/**
 * The text stored in one row, from its chunk cells (column B on): the chunks joined up to the first
 * empty cell; a cell that is not text comes back as is (the WorkbookState readers refuse it); text
 * is cut just past the longest the readers accept; null when the row holds nothing.
 */
export function joinedStateText(chunks: readonly unknown[], key: string): unknown {
  const limit = stateTextLimit(key);
  let text = '';
  for (const value of chunks) {
    if (value === '' || value === null || value === undefined) break;
    if (typeof value !== 'string') return value;
    text += value;
    if (text.length > limit) break;
  }
  return text === '' ? null : text;
}

/** Splits text into chunks without cutting a surrogate pair (a lone half is not valid text in the file). */
export function stateChunks(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + STATE_CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}
