// Defined names that mark what is ours: result columns (_KAM_Results) and the summary sheet (_KAM_Summary).
import { absoluteArea, absoluteCell, parseUnion, sameName, type SheetBox } from './a1';

/**
 * Marks our result columns, as the file host does: each column by two cells, its header cell and
 * its last data cell. Excel moves a name's references when the user inserts or deletes rows and
 * columns, so the mark follows our columns; a deleted column turns into #REF! and drops out.
 * The Excel host writes it sheet-scoped (a union of cells on one sheet is always valid); a
 * workbook-scoped name of the same name (written by the file host) is read too and taken over.
 */
export const RESULTS_NAME = '_KAM_Results';
/** Marks the summary sheet we created (its A1), so a user's own sheet of that name is never replaced. */
export const SUMMARY_NAME = '_KAM_Summary';

/** One marked result column: the header row and the last row we wrote. */
export interface OwnedColumn {
  readonly column: number;
  readonly headerRow: number;
  readonly lastRow: number;
}

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

/** Our marked columns on a sheet, by column, from every marker name given (sheet- and workbook-scoped). */
export function ownedColumns(formulas: readonly string[], sheet: string): Map<number, OwnedColumn> {
  const extent = new Map<number, { top: number; bottom: number }>();
  for (const formula of formulas) {
    for (const area of parseUnion(formula)) {
      if (!sameName(area.sheet, sheet)) continue;
      for (let c = area.left; c <= area.right; c++) {
        const seen = extent.get(c);
        extent.set(
          c,
          seen === undefined
            ? { top: area.top, bottom: area.bottom }
            : { top: Math.min(seen.top, area.top), bottom: Math.max(seen.bottom, area.bottom) },
        );
      }
    }
  }
  const owned = new Map<number, OwnedColumn>();
  for (const [column, { top, bottom }] of extent)
    owned.set(column, { column, headerRow: top, lastRow: bottom });
  return owned;
}

/** Our marked columns on one header row (the table's), by column. */
export function ownedOnRow(
  formulas: readonly string[],
  sheet: string,
  headerRow: number,
): Map<number, OwnedColumn> {
  return new Map(
    [...ownedColumns(formulas, sheet)].filter(([, mark]) => mark.headerRow === headerRow),
  );
}

/** The union formula marking the given columns, or null when there is nothing to mark. */
export function marksFormula(sheet: string, columns: readonly OwnedColumn[]): string | null {
  if (columns.length === 0) return null;
  const cells = [...columns]
    .sort((a, b) => a.column - b.column)
    .flatMap((c) => [
      absoluteCell(sheet, c.headerRow, c.column),
      absoluteCell(sheet, Math.max(c.lastRow, c.headerRow), c.column),
    ]);
  return `=${cells.join(',')}`;
}

/** The workbook-scoped union without the areas on one sheet (null when nothing is left). */
export function withoutSheet(formula: string, sheet: string): string | null {
  const kept: SheetBox[] = parseUnion(formula).filter((area) => !sameName(area.sheet, sheet));
  if (kept.length === 0) return null;
  return `=${kept.map(absoluteArea).join(',')}`;
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
    // Set even when the text is unchanged: the name may point at a sheet deleted in this same batch.
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
  if (!summary.exists) return null;
  const [area] = parseUnion(summary.formula);
  return area?.sheet ?? null;
}

export function summaryFormula(sheet: string): string {
  return `=${absoluteCell(sheet, 1, 1)}`;
}
