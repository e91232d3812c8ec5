// Our very hidden state sheet in Excel: the CLI's saved state (read as a fallback) and what settings cannot hold (the run history).
import { joinedStateText, STATE_CHUNK, STATE_SHEET, stateChunks } from '../state-sheet';

function isItemNotFound(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && Reflect.get(error, 'code') === 'ItemNotFound'
  );
}

/** The text stored under a key in a grid read from the state sheet (see joinedStateText). */
export function stateText(rows: readonly (readonly unknown[])[], key: string): unknown {
  const row = rows.find((r) => r[0] === key);
  return row === undefined ? null : joinedStateText(row.slice(1), key);
}

/**
 * Reads the text under a key from the state sheet: null when the workbook has no such sheet or
 * key. The keys in column A come first, then the key's row (in slices within the request budget:
 * a large table's run history is more than Excel on the web hands back in one response). Asking
 * for the sheet by name (and taking Excel's ItemNotFound as "none") saves a request.
 */
export async function readStateSheet(
  context: Excel.RequestContext,
  key: string,
  budget = Number.POSITIVE_INFINITY,
): Promise<unknown> {
  const sheet = context.workbook.worksheets.getItem(STATE_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex, columnIndex, columnCount');
  // Column A's own used range, in the same request: the keys, without the (large) texts beside them.
  const keys = sheet.getRange('A:A').getUsedRangeOrNullObject(true);
  keys.load('values, rowIndex');
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return null;
    throw error;
  }
  // Keys live in column A: a used range that starts further right holds no key.
  if (used.isNullObject || used.columnIndex !== 0 || keys.isNullObject) return null;
  const found = keys.values.findIndex((r) => r[0] === key);
  if (found < 0) return null;
  const row = keys.rowIndex + found;
  const cells: unknown[] = [];
  const perRequest = Math.max(1, Math.floor(budget / (2 * STATE_CHUNK)));
  for (let start = 1; start < used.columnCount; start += perRequest) {
    const part = sheet.getRangeByIndexes(
      row,
      start,
      1,
      Math.min(perRequest, used.columnCount - start),
    );
    part.load('values');
    await context.sync();
    cells.push(...part.values[0]);
    if (part.values[0].some((v) => v === '' || v === null)) break; // the text ended in this slice
  }
  return stateText([[key, ...cells]], key);
}

/**
 * Stores text under a key on the very hidden state sheet (made when missing): what document
 * settings cannot hold (they are limited to about 2 MB, and a run history of a large table is
 * more). The row is rewritten whole, as text cells, in batches within the request budget.
 */
export async function writeStateSheet(
  context: Excel.RequestContext,
  key: string,
  text: string,
  budget: number,
): Promise<void> {
  const existing = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  await context.sync();
  let sheet: Excel.Worksheet;
  let row = 0;
  if (existing.isNullObject) {
    sheet = context.workbook.worksheets.add(STATE_SHEET);
    sheet.visibility = 'VeryHidden';
  } else {
    sheet = existing;
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('values, rowIndex, rowCount, columnIndex, columnCount');
    await context.sync();
    const rows: readonly (readonly unknown[])[] =
      used.isNullObject || used.columnIndex !== 0 ? [] : used.values;
    const found = rows.findIndex((r) => r[0] === key);
    row =
      found >= 0 ? used.rowIndex + found : used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    if (found >= 0 && used.columnCount > 1)
      sheet.getRangeByIndexes(row, 1, 1, used.columnCount - 1).clear('Contents');
  }
  const head = sheet.getRangeByIndexes(row, 0, 1, 1);
  head.numberFormat = [['@']];
  head.values = [[key]];
  const chunks = stateChunks(text);
  const perRequest = Math.max(1, Math.floor(budget / (2 * STATE_CHUNK)));
  for (let start = 0; start < chunks.length; start += perRequest) {
    const part = chunks.slice(start, start + perRequest);
    const range = sheet.getRangeByIndexes(row, 1 + start, 1, part.length);
    range.numberFormat = [part.map(() => '@')];
    range.values = [part];
    await context.sync();
  }
  if (chunks.length === 0) await context.sync();
}
