// The CLI's saved state (model, model list, run statistics) on its very hidden state sheet, read (never written) by the Excel host.
import { joinedStateText, STATE_SHEET } from '../state-sheet';

function isItemNotFound(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && Reflect.get(error, 'code') === 'ItemNotFound'
  );
}

/** The text stored under a key in a grid read from the state sheet (see joinedStateText). */
export function stateText(rows: readonly (readonly unknown[])[], key: string): unknown {
  const row = rows.find((r) => r[0] === key);
  return row === undefined ? null : joinedStateText(row.slice(1));
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
