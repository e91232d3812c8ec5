// The fake Range: a block of a FakeSheet's cells, with the reads and writes the Sheets host makes.
import type { RangeApi, RichTextValueApi } from '../../../src/hosts/sheets/apps-script';
import { type FakeCell, parseInput } from './cells';
import type { FakeSheet } from './sheet';

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;

export class FakeRichText implements RichTextValueApi {
  constructor(private readonly text: string) {}
  getText(): string {
    return this.text;
  }
}

function letters(column: number): string {
  let s = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export class FakeRange implements RangeApi {
  constructor(
    readonly sheet: FakeSheet,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly columns: number,
  ) {
    if (top < 1 || left < 1 || rows < 1 || columns < 1)
      throw new Error(`Range out of bounds: ${top},${left},${rows},${columns}`);
    if (top + rows - 1 > sheet.maxRows || left + columns - 1 > sheet.maxColumns)
      throw new Error(
        `Range ${this.a1()} is past the sheet's ${sheet.maxRows} rows and ${sheet.maxColumns} columns`,
      );
  }

  get bottom(): number {
    return this.top + this.rows - 1;
  }

  get right(): number {
    return this.left + this.columns - 1;
  }

  private get journal() {
    return this.sheet.spreadsheet.journal;
  }

  private cellsCount(): number {
    return this.rows * this.columns;
  }

  private a1(): string {
    const start = `${letters(this.left)}${this.top}`;
    return this.rows === 1 && this.columns === 1
      ? start
      : `${start}:${letters(this.right)}${this.bottom}`;
  }

  /** Calls fn on every cell of the range (created where missing) with its offsets. */
  private each(fn: (cell: FakeCell, i: number, j: number) => void): void {
    for (let i = 0; i < this.rows; i++)
      for (let j = 0; j < this.columns; j++) fn(this.sheet.cell(this.top + i, this.left + j), i, j);
  }

  private grid<T>(fn: (cell: FakeCell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.rows; i++) {
      const row: T[] = [];
      for (let j = 0; j < this.columns; j++)
        row.push(fn(this.sheet.peek(this.top + i, this.left + j)));
      out.push(row);
    }
    return out;
  }

  private checkShape(values: readonly (readonly unknown[])[], method: string): void {
    if (values.length !== this.rows || values.some((row) => row.length !== this.columns))
      throw new Error(
        `${method}: the data has ${values.length} rows of ${values[0]?.length ?? 0} but the range is ${this.rows} by ${this.columns}`,
      );
  }

  getRow(): number {
    return this.top;
  }
  getColumn(): number {
    return this.left;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.columns;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getA1Notation(): string {
    return this.a1();
  }

  getValues(): unknown[][] {
    this.journal.record('getValues', this.cellsCount());
    return this.grid((cell) => cell?.value ?? '');
  }

  getFormulas(): string[][] {
    this.journal.record('getFormulas', this.cellsCount());
    return this.grid((cell) => cell?.formula ?? '');
  }

  getMergedRanges(): FakeRange[] {
    this.journal.record('getMergedRanges');
    return this.sheet.merges
      .filter(
        (m) =>
          m.top <= this.bottom &&
          m.bottom >= this.top &&
          m.left <= this.right &&
          m.right >= this.left,
      )
      .map(
        (m) => new FakeRange(this.sheet, m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1),
      );
  }

  setValues(values: unknown[][]): FakeRange {
    this.checkShape(values, 'setValues');
    this.journal.record('setValues', this.cellsCount(), this.sheet.name);
    this.each((cell, i, j) => {
      const parsed = parseInput(values[i][j], cell.numberFormat);
      // Formulas are not computed: a test evaluates the ones it checks (test/sheets/formulas.ts).
      cell.value = parsed.value;
      cell.formula = parsed.formula;
    });
    return this;
  }

  setRichTextValue(value: RichTextValueApi): FakeRange {
    this.journal.record('setRichTextValue', this.cellsCount());
    this.each((cell) => {
      cell.value = value.getText();
      cell.formula = '';
    });
    return this;
  }

  setNumberFormat(numberFormat: string): FakeRange {
    this.journal.record('setNumberFormat', this.cellsCount());
    this.each((cell) => (cell.numberFormat = numberFormat));
    return this;
  }

  setNumberFormats(numberFormats: string[][]): FakeRange {
    this.checkShape(numberFormats, 'setNumberFormats');
    this.journal.record('setNumberFormats', this.cellsCount());
    this.each((cell, i, j) => (cell.numberFormat = numberFormats[i][j]));
    return this;
  }

  setFontWeights(fontWeights: (FontWeight | null)[][]): FakeRange {
    this.checkShape(fontWeights, 'setFontWeights');
    this.journal.record('setFontWeights', this.cellsCount());
    this.each((cell, i, j) => (cell.fontWeight = fontWeights[i][j] ?? 'normal'));
    return this;
  }

  setFontStyles(fontStyles: (FontStyle | null)[][]): FakeRange {
    this.checkShape(fontStyles, 'setFontStyles');
    this.journal.record('setFontStyles', this.cellsCount());
    this.each((cell, i, j) => (cell.fontStyle = fontStyles[i][j] ?? 'normal'));
    return this;
  }

  setFontSizes(sizes: number[][]): FakeRange {
    this.checkShape(sizes, 'setFontSizes');
    this.journal.record('setFontSizes', this.cellsCount());
    this.each((cell, i, j) => (cell.fontSize = sizes[i][j]));
    return this;
  }

  setFontColors(colors: (string | null)[][]): FakeRange {
    this.checkShape(colors, 'setFontColors');
    this.journal.record('setFontColors', this.cellsCount());
    this.each((cell, i, j) => (cell.fontColor = colors[i][j] ?? '#000000'));
    return this;
  }

  /** Only PASTE_FORMAT is modelled: the formats of this range's top-left cell onto every destination cell. */
  copyTo(
    destination: RangeApi,
    copyPasteType: GoogleAppsScript.Spreadsheet.CopyPasteType,
    transposed: boolean,
  ): void {
    if (String(copyPasteType) !== 'PASTE_FORMAT' || transposed)
      throw new Error(`copyTo: only PASTE_FORMAT is modelled, not ${String(copyPasteType)}`);
    const target = destination as FakeRange;
    this.journal.record('copyTo', target.cellsCount());
    const source = this.sheet.peek(this.top, this.left);
    target.each((cell) => {
      if (source === undefined) return;
      cell.numberFormat = source.numberFormat;
      cell.fontWeight = source.fontWeight;
      cell.fontStyle = source.fontStyle;
      cell.fontSize = source.fontSize;
      cell.fontColor = source.fontColor;
      cell.background = source.background;
    });
  }

  clear(): FakeRange {
    this.journal.record('clear', this.cellsCount());
    this.sheet.removeCells(this);
    return this;
  }

  clearContent(): FakeRange {
    this.journal.record('clearContent', this.cellsCount());
    this.each((cell) => {
      cell.value = '';
      cell.formula = '';
    });
    return this;
  }

  activate(): FakeRange {
    this.journal.record('activate');
    this.sheet.spreadsheet.active = this.sheet;
    this.sheet.spreadsheet.current = { row: this.top, column: this.left };
    return this;
  }
}
