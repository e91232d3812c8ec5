// A sheet of generated accounts for full-sheet tests: the data rows are computed, not stored, so
// 1,048,575 rows fit the fake without fifteen million cell objects. Writes to data rows reach Excel
// as usual (sizes checked, bytes counted by the context) but are kept only on the rows a test names.
import { FakeSheet } from './sheet';
import type { Box, FakeCell, Scalar } from './types';

export class GeneratedSheet extends FakeSheet {
  /** Cells written in data rows that were not kept (the run's values there are dropped). */
  dropped = 0;
  private readonly scratch: FakeCell = { value: null, formula: null, numberFormat: '', style: {} };

  /**
   * `rows` data rows under a header on row 1; `generated(i, j)` is the value of data row i (0-based)
   * in column j (0-based, below `header[j]`); writes are kept on `keptRows` (sheet rows) only.
   */
  constructor(
    name: string,
    private readonly header: readonly string[],
    private readonly rows: number,
    private readonly generated: (i: number, j: number) => Scalar,
    private readonly keptRows: ReadonlySet<number>,
  ) {
    super(name);
    header.forEach((title, j) => (super.ensure(1, j + 1).value = title));
  }

  private isDataRow(row: number): boolean {
    return row >= 2 && row <= this.rows + 1;
  }

  private isInput(row: number, column: number): boolean {
    return this.isDataRow(row) && column >= 1 && column <= this.header.length;
  }

  override cell(row: number, column: number): FakeCell | undefined {
    if (!this.isInput(row, column)) return super.cell(row, column);
    return {
      value: this.generated(row - 2, column - 1),
      formula: null,
      numberFormat: 'General',
      style: {},
    };
  }

  override ensure(row: number, column: number): FakeCell {
    // The user's data is never written: a write there is a bug the test must see.
    if (this.isInput(row, column))
      throw new Error(`the run wrote the user's cell at row ${row}, column ${column}`);
    if (!this.isDataRow(row) || this.keptRows.has(row)) return super.ensure(row, column);
    this.dropped++;
    // One reused cell: what is written to it is dropped (ten million writes would not fit otherwise).
    const scratch = this.scratch;
    scratch.value = null;
    scratch.formula = null;
    scratch.numberFormat = 'General';
    return scratch;
  }

  override valueAt(row: number, column: number): Scalar {
    if (this.isInput(row, column)) return this.generated(row - 2, column - 1);
    // Nothing is kept on the other data rows: no need to look.
    if (this.isDataRow(row) && !this.keptRows.has(row)) return '';
    return super.valueAt(row, column);
  }

  override hasValue(row: number, column: number): boolean {
    return this.isInput(row, column) || super.hasValue(row, column);
  }

  override usedBox(within?: Box): Box | null {
    const stored = super.usedBox(within);
    const generated: Box = { top: 1, left: 1, bottom: this.rows + 1, right: this.header.length };
    const clipped =
      within === undefined
        ? generated
        : {
            top: Math.max(generated.top, within.top),
            left: Math.max(generated.left, within.left),
            bottom: Math.min(generated.bottom, within.bottom),
            right: Math.min(generated.right, within.right),
          };
    const box = clipped.top <= clipped.bottom && clipped.left <= clipped.right ? clipped : null;
    if (box === null || stored === null) return box ?? stored;
    return {
      top: Math.min(box.top, stored.top),
      left: Math.min(box.left, stored.left),
      bottom: Math.max(box.bottom, stored.bottom),
      right: Math.max(box.right, stored.right),
    };
  }
}
