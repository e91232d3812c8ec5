// The defined names that mark what is ours (result columns, summary sheet): what they hold, shared by every host.
import { absoluteArea, absoluteCell, parseUnion, sameName, type SheetBox } from '../core';

/**
 * Marks our result columns: each column by two cells, its header cell and its last data cell.
 * Excel moves a name's references when the user inserts or deletes rows and columns, so the mark
 * follows our columns (a deleted column turns into #REF! and drops out), and a later run knows
 * which rows it wrote without storing a cell-by-cell range. The file host writes it
 * workbook-scoped; the Excel host writes it sheet-scoped (a union of cells on one sheet is always
 * valid) and reads a workbook-scoped one too, taking it over.
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

/**
 * Our marked columns on a sheet, by column, from the areas of every results marker: a column's
 * topmost marked cell is its header row, its lowest its last row.
 */
export function ownedColumns(areas: readonly SheetBox[], sheet: string): Map<number, OwnedColumn> {
  const extent = new Map<number, { top: number; bottom: number }>();
  for (const area of areas) {
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
  const owned = new Map<number, OwnedColumn>();
  for (const [column, { top, bottom }] of extent)
    owned.set(column, { column, headerRow: top, lastRow: bottom });
  return owned;
}

/** Our marked columns on one header row (the table's), by column. */
export function ownedOnRow(
  areas: readonly SheetBox[],
  sheet: string,
  headerRow: number,
): Map<number, OwnedColumn> {
  return new Map(
    [...ownedColumns(areas, sheet)].filter(([, mark]) => mark.headerRow === headerRow),
  );
}

/**
 * Each column once, with the largest last row any of the lists gives it: what a claim must cover
 * (the columns a plan writes and the old ones of ours it may clear).
 */
export function widest(...lists: readonly (readonly OwnedColumn[])[]): OwnedColumn[] {
  const merged = new Map<number, OwnedColumn>();
  for (const mark of lists.flat()) {
    const seen = merged.get(mark.column);
    merged.set(
      mark.column,
      seen === undefined ? mark : { ...seen, lastRow: Math.max(seen.lastRow, mark.lastRow) },
    );
  }
  return [...merged.values()];
}

/** The two cells that mark one column; the last never sits above the header, so an empty column is one cell. */
export function columnMarks(sheet: string, owned: OwnedColumn): readonly [string, string] {
  return [
    absoluteCell(sheet, owned.headerRow, owned.column),
    absoluteCell(sheet, Math.max(owned.lastRow, owned.headerRow), owned.column),
  ];
}

/** The union formula marking the given columns, or null when there is nothing to mark. */
export function marksFormula(sheet: string, columns: readonly OwnedColumn[]): string | null {
  if (columns.length === 0) return null;
  const cells = [...columns]
    .sort((a, b) => a.column - b.column)
    .flatMap((owned) => columnMarks(sheet, owned));
  return `=${cells.join(',')}`;
}

/** A marker union without its areas on one sheet (null when nothing is left). */
export function withoutSheet(formula: string, sheet: string): string | null {
  const kept = parseUnion(formula).filter((area) => !sameName(area.sheet, sheet));
  if (kept.length === 0) return null;
  return `=${kept.map(absoluteArea).join(',')}`;
}

/** The cell that marks a summary sheet: its A1. */
export function summaryCell(sheet: string): string {
  return absoluteCell(sheet, 1, 1);
}

export function summaryFormula(sheet: string): string {
  return `=${summaryCell(sheet)}`;
}

/** The sheet a summary marker points at (its first area), or null. */
export function markedSheet(areas: readonly SheetBox[]): string | null {
  return areas[0]?.sheet ?? null;
}
