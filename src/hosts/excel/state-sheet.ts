// The CLI's saved state (model, model list, run statistics) on its very hidden "_KAM_State" sheet, read (never written) by the Excel host.
import { MAX_STATE_TEXT } from '../state';

/**
 * The sheet the file host (the CLI) keeps its state on, because ExcelJS cannot write Office
 * document settings. One row per key: the key in column A, the JSON text from column B on, in
 * chunks of at most 32,000 characters. The same name as STATE_SHEET in ../file/state-store,
 * which this adapter cannot import (it loads ExcelJS into the add-in); a test reads a workbook the
 * file host saved, so the two cannot drift apart unnoticed.
 */
export const STATE_SHEET = '_KAM_State';

function isItemNotFound(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && Reflect.get(error, 'code') === 'ItemNotFound'
  );
}

/**
 * The text stored under a key in a grid read from the state sheet, as the file host reads it: the
 * chunks joined up to the first empty cell; a cell that is not text comes back as is (the
 * WorkbookState readers refuse it); text is cut just past the longest the readers accept.
 */
export function stateText(rows: readonly (readonly unknown[])[], key: string): unknown {
  const row = rows.find((r) => r[0] === key);
  if (row === undefined) return null;
  let text = '';
  for (const value of row.slice(1)) {
    if (value === '' || value === null || value === undefined) break;
    if (typeof value !== 'string') return value;
    text += value;
    if (text.length > MAX_STATE_TEXT) break;
  }
  return text === '' ? null : text;
}

/**
 * Reads the text under a key from the state sheet in one request: null when the workbook has no
 * such sheet or key. Asking for the sheet by name (and taking Excel's ItemNotFound as "none")
 * keeps it to one request, where listing the sheets first would take two.
 */
export async function readStateSheet(context: Excel.RequestContext, key: string): Promise<unknown> {
  const used = context.workbook.worksheets.getItem(STATE_SHEET).getUsedRangeOrNullObject(true);
  used.load('values, columnIndex');
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return null;
    throw error;
  }
  // Keys live in column A: a used range that starts further right holds no key.
  if (used.isNullObject || used.columnIndex !== 0) return null;
  const values: readonly (readonly unknown[])[] = used.values;
  return stateText(values, key);
}
