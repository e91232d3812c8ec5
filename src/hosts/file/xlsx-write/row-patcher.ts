// Puts our result cells into the rows of the data sheet, one row at a time, in column order, removing our old cells and nothing else.
import { cellAddress, columnLetters, planValueAt, type PlanValues } from '../../../core';
import {
  referenceColumn,
  splitRow,
  textCell,
  ColumnCells,
  type RowCell,
  type SplitRow,
} from './sheet-cells';

export interface WrittenColumn {
  readonly column: number;
  readonly header: string;
  /** cellXfs index of its data cells (the column's number format). */
  readonly style: number;
  readonly values: PlanValues;
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

/** A row's start tag without its `spans` hint, which our cells would make wrong. */
export function withoutSpans(open: string): string {
  return open.replace(/\sspans="[^"]*"/, '');
}

export class RowPatcher {
  private nextSynthetic: number;
  private readonly letters: string[];
  /** Each written column's data cells, in the order of `columns`. */
  private readonly cells: ColumnCells[];
  /** Written columns sorted by column. */
  private readonly columns: WrittenColumn[];

  private readonly firstTouched: number;
  /** The left-most column we write or clear: cells left of it are never ours. */
  private readonly firstColumn: number;
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
    this.cells = this.columns.map((c, i) => new ColumnCells(this.letters[i], c.style));
    const ranges = [...edit.replaced.values()];
    if (this.columns.length > 0) ranges.push({ from: edit.headerRow, to: edit.lastRow });
    this.firstTouched = Math.min(...ranges.map((r) => r.from));
    this.firstColumn = Math.min(...this.columns.map((c) => c.column), ...edit.replaced.keys());
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
          : this.cells[i].cell(row, planValueAt(column.values, row - firstDataRow));
      if (xml !== '') cells.push({ column: column.column, xml, filled: true, style: null });
    }
    return cells;
  }

  /** A row element of the sheet with our cells in place. */
  patch(rowXml: string, number: number): string {
    const appended = this.appendOnly(rowXml, number);
    return appended ?? this.patchSplit(splitRow(rowXml, number));
  }

  /**
   * The usual data row, done without splitting it into cells: when its last cell lies left of every
   * column we write or clear, our cells simply go at its end. Null when the row needs splitting.
   */
  private appendOnly(rowXml: string, number: number): string | null {
    const tagEnd = rowXml.indexOf('>');
    if (rowXml[tagEnd - 1] === '/') return null;
    const last = rowXml.lastIndexOf('<c ');
    let lastColumn = 0;
    if (last !== -1) {
      const reference = /^<c [^>]*?\br="([A-Z]+)/.exec(rowXml.slice(last, last + 200));
      lastColumn = reference === null ? Number.POSITIVE_INFINITY : referenceColumn(reference[1]);
    }
    if (!this.appendsAfter(number, lastColumn)) return null;
    const body = rowXml.slice(tagEnd + 1, rowXml.length - '</row>'.length);
    return withoutSpans(rowXml.slice(0, tagEnd + 1)) + body + this.appendedCells(number);
  }

  /**
   * Whether a row (not self-closed) whose last cell is in `lastColumn` (0 when it has none, infinite
   * when its reference is unknown) takes our cells at its end: not the header row, whose style our
   * headers copy, and not a row with a cell of ours or right of ours.
   */
  appendsAfter(number: number, lastColumn: number): boolean {
    return number !== this.edit.headerRow && lastColumn < this.firstColumn;
  }

  /**
   * Whether a cell in `column` of row `number` is an old one of ours that simply goes (in a column
   * we own, over the rows we replace). Cells in columns new to the sheet are not: whether they
   * hold the user's data is for `patch` to check.
   */
  dropsOwnCell(number: number, column: number): boolean {
    const range = this.edit.replaced.get(column);
    return (
      range !== undefined &&
      number >= range.from &&
      number <= range.to &&
      !this.edit.fresh.has(column)
    );
  }

  /** Our cells for a row that `appendsAfter` allows (once old cells of ours at its end are cut off), and the row's end tag. */
  appendedCells(number: number): string {
    this.report(number);
    this.nextSynthetic = Math.max(this.nextSynthetic, number + 1);
    // The data cells made straight into one string: no cell objects for the most frequent row.
    const { headerRow, firstDataRow, lastRow } = this.edit;
    let out = '';
    if (number > headerRow && number <= lastRow)
      for (let i = 0; i < this.columns.length; i++) {
        const value = planValueAt(this.columns[i].values, number - firstDataRow);
        out += this.cells[i].cell(number, value);
      }
    return `${out}</row>`;
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
