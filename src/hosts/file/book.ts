// What the read path needs of a workbook, whichever reader holds it: sheets, their tables, their cells, defined names.
import type { Grid, RawCell, SheetBox } from '../../core';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface BookSheet {
  readonly name: string;
  readonly state: SheetState;
}

/** An Excel table (ListObject) as the read path sees it: where it sits and whether it has header and totals rows. */
export interface BookTable {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
  /** The table's column names, left to right (authoritative: Excel keeps them unique and non-blank). */
  readonly columns: readonly string[];
}

/** A formula cell whose file holds no result for it. */
export interface UncachedCell {
  readonly row: number;
  readonly column: number;
}

/**
 * A workbook opened for reading. The package reader (./xlsx) is the one files are read with; the
 * ExcelJS workbook answers the same questions once a write has loaded it (./exceljs-book).
 */
export interface SheetBook<S extends BookSheet = BookSheet, T extends BookTable = BookTable> {
  /** Every sheet, in tab order, hidden ones included. */
  sheets(): readonly S[];
  tables(sheet: S): readonly T[];
  grid(sheet: S): Grid;
  /** The row's values over columns [first, last] (1-based, inclusive), empty cells as null. */
  rowValues(sheet: S, row: number, first: number, last: number): RawCell[];
  /** The areas a defined name refers to, whatever its scope ([] when there is no such name). */
  definedAreas(name: string): SheetBox[];
  /** Formula cells of the sheet without a saved result (they read as empty). */
  uncachedFormulas(sheet: S): readonly UncachedCell[];
}
