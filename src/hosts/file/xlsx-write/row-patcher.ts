// Puts our result cells into the rows of the data sheet, one row at a time, in column order, removing our old cells and nothing else.
import { cellAddress, columnLetters, type PlanValue } from '../../../core';
import { splitRow, textCell, valueCell, type RowCell, type SplitRow } from './sheet-cells';

export interface WrittenColumn {
  readonly column: number;
  readonly header: string;
  /** cellXfs index of its data cells (the column's number format). */
  readonly style: number;
  readonly values: readonly PlanValue[];
}

/** What changes on the data sheet's rows. */
export interface RowEdit {
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastRow: number;
  readonly columns: readonly WrittenColumn[];
  /** Columns new to the sheet: a cell with content there is the user's, and stops the write. */
  readonly fresh: ReadonlySet<number>;
  /**
   * The rows, per column, whose existing cells go: our written columns over the rows we write and
   * the rows an earlier run wrote; cleared columns of ours over the rows they held (without their
   * header when it stays inside a table).
   */
  readonly replaced: ReadonlyMap<number, { readonly from: number; readonly to: number }>;
}

/** Thrown while streaming when a cell the plan would overwrite holds the user's data. */
export class OccupiedCellError extends Error {
  constructor(readonly address: string) {
    super(`cell ${address} is not empty`);
  }
}

export class RowPatcher {
  private nextSynthetic: number;
  private readonly letters: string[];
  /** Written columns sorted by column. */
  private readonly columns: WrittenColumn[];

  private readonly firstTouched: number;
  private readonly lastTouched: number;

  /** Rows between two progress reports (a twentieth of the plan's rows). */
  private readonly progressStep: number;

  constructor(
    private readonly edit: RowEdit,
    private readonly onProgress?: (fraction: number, label: string) => void,
  ) {
    this.progressStep = Math.max(1, Math.floor((edit.lastRow - edit.headerRow) / 20));
    this.nextSynthetic = edit.headerRow;
    this.columns = [...edit.columns].sort((a, b) => a.column - b.column);
    this.letters = this.columns.map((c) => columnLetters(c.column));
    const ranges = [...edit.replaced.values()];
    if (this.columns.length > 0) ranges.push({ from: edit.headerRow, to: edit.lastRow });
    this.firstTouched = Math.min(...ranges.map((r) => r.from));
    this.lastTouched = Math.max(...ranges.map((r) => r.to));
  }

  /** Whether a row needs its cells looked at (else it is copied as it is). */
  touches(row: number): boolean {
    return row >= this.firstTouched && row <= this.lastTouched;
  }

  /** Our rows that have no row element in the sheet, up to (not including) `before`. */
  missingRows(before: number): string {
    let out = '';
    const last = Math.min(before - 1, this.edit.lastRow);
    for (let r = this.nextSynthetic; r <= last; r++) {
      this.report(r);
      const cells = this.ourCells(r, null);
      if (cells.length > 0) out += `<row r="${r}">${cells.map((c) => c.xml).join('')}</row>`;
    }
    this.nextSynthetic = Math.max(this.nextSynthetic, before + 1);
    return out;
  }

  /** Our cells for a row, in column order. `headerStyle` is the style our header cells copy. */
  private ourCells(row: number, headerStyle: string | null): RowCell[] {
    const { headerRow, firstDataRow, lastRow } = this.edit;
    if (row < headerRow || row > lastRow || this.columns.length === 0) return [];
    const cells: RowCell[] = [];
    for (let i = 0; i < this.columns.length; i++) {
      const column = this.columns[i];
      const reference = `${this.letters[i]}${row}`;
      const xml =
        row === headerRow
          ? textCell(reference, headerStyle === null ? null : Number(headerStyle), column.header)
          : valueCell(reference, column.style, column.values[row - firstDataRow]);
      if (xml !== null) cells.push({ column: column.column, xml, filled: true, style: null });
    }
    return cells;
  }

  /** A row element of the sheet with our cells in place. */
  patch(rowXml: string, number: number): string {
    const row = splitRow(rowXml, number);
    return this.patchSplit(row);
  }

  private report(row: number): void {
    const done = row - this.edit.headerRow;
    if (
      this.onProgress !== undefined &&
      done > 0 &&
      done % this.progressStep === 0 &&
      row <= this.edit.lastRow
    )
      this.onProgress(done / (this.edit.lastRow - this.edit.headerRow), 'Writing results');
  }

  patchSplit(row: SplitRow): string {
    this.report(row.number);
    this.nextSynthetic = Math.max(this.nextSynthetic, row.number + 1);
    const { replaced, fresh, headerRow } = this.edit;
    const isHeader = row.number === headerRow;
    const kept: RowCell[] = [];
    let headerStyle: string | null = null;
    for (const cell of row.cells) {
      const range = replaced.get(cell.column);
      if (range !== undefined && row.number >= range.from && row.number <= range.to) {
        if (cell.filled && fresh.has(cell.column))
          throw new OccupiedCellError(cellAddress(row.number, cell.column));
        continue;
      }
      if (
        isHeader &&
        cell.filled &&
        this.columns.length > 0 &&
        cell.column < this.columns[0].column
      )
        headerStyle = cell.style;
      kept.push(cell);
    }
    const ours = this.ourCells(row.number, headerStyle);
    if (ours.length === 0 && kept.length === row.cells.length && row.cells.length === 0)
      return `${row.open.slice(0, -1)}/>`;
    let out = row.open;
    let k = 0;
    for (const cell of ours) {
      while (k < kept.length && kept[k].column < cell.column) out += kept[k++].xml;
      out += cell.xml;
    }
    while (k < kept.length) out += kept[k++].xml;
    return `${out}</row>`;
  }
}
