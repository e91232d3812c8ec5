// The marker names through Office.js: loading them, and queueing their update (what they hold is in ../markers).
import { parseUnion } from '../../core';
import { markedSheet } from '../markers';

/** A name as loaded: whether it exists and its formula. */
export interface LoadedName {
  readonly item: Excel.NamedItem;
  readonly exists: boolean;
  readonly formula: string;
}

/** Queues loading a name (workbook- or sheet-scoped); read it with `loadedName` after the sync. */
export function requestName(names: Excel.NamedItemCollection, name: string): Excel.NamedItem {
  const item = names.getItemOrNullObject(name);
  item.load('formula');
  return item;
}

export function loadedName(item: Excel.NamedItem): LoadedName {
  if (item.isNullObject) return { item, exists: false, formula: '' };
  const formula: unknown = item.formula;
  return { item, exists: true, formula: typeof formula === 'string' ? formula : '' };
}

/**
 * Queues setting a name to a formula: updates it, adds it (hidden, so it does not clutter the
 * Name Manager), or deletes it when the formula is null.
 */
export function queueName(
  names: Excel.NamedItemCollection,
  name: string,
  loaded: LoadedName | null,
  formula: string | null,
): void {
  if (loaded !== null && loaded.exists) {
    // Set even when the text is unchanged: one write, and no comparing Excel's spelling of a reference with ours.
    if (formula === null) loaded.item.delete();
    else loaded.item.formula = formula;
    return;
  }
  if (formula === null) return;
  const added = names.add(name, formula);
  added.visible = false;
}

/** The sheet our summary marker points at, or null. */
export function markedSummarySheet(summary: LoadedName): string | null {
  return summary.exists ? markedSheet(parseUnion(summary.formula)) : null;
}
