// A fake worksheet: its cells, and how Excel takes what is written to them (values, formulas, typed values).
import {
  FakeOfficeError,
  type Box,
  type FakeCell,
  type FakeChart,
  type FakeName,
  type Scalar,
} from './types';

const key = (row: number, column: number): string => `${row}:${column}`;

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly widths = new Map<number, number>();
  readonly names = new Map<string, FakeName>();
  readonly charts: FakeChart[] = [];
  standardWidth = 8.43;

  constructor(public name: string) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(key(row, column));
  }

  ensure(row: number, column: number): FakeCell {
    let cell = this.cells.get(key(row, column));
    if (cell === undefined) {
      cell = { value: null, formula: null, numberFormat: 'General', style: {} };
      this.cells.set(key(row, column), cell);
    }
    return cell;
  }

  /** What Range.values returns for a cell: "" when empty. */
  valueAt(row: number, column: number): Scalar {
    return this.cell(row, column)?.value ?? '';
  }

  hasValue(row: number, column: number): boolean {
    const cell = this.cell(row, column);
    return cell !== undefined && (cell.value !== null || cell.formula !== null);
  }

  /** The bounding box of cells holding a value or formula (Worksheet.getUsedRange(true)). */
  usedBox(within?: Box): Box | null {
    let box: Box | null = null;
    for (const [k, cell] of this.cells) {
      if (cell.value === null && cell.formula === null) continue;
      const [row, column] = k.split(':').map(Number);
      if (
        within &&
        (row < within.top || row > within.bottom || column < within.left || column > within.right)
      )
        continue;
      box =
        box === null
          ? { top: row, left: column, bottom: row, right: column }
          : {
              top: Math.min(box.top, row),
              left: Math.min(box.left, column),
              bottom: Math.max(box.bottom, row),
              right: Math.max(box.right, column),
            };
    }
    return box;
  }

  /** Excel's current region: grows while a neighbouring row or column (diagonals included) holds something. */
  region(row: number, column: number): Box {
    const box: Box = { top: row, left: column, bottom: row, right: column };
    const any = (r1: number, c1: number, r2: number, c2: number): boolean => {
      for (let r = Math.max(1, r1); r <= r2; r++)
        for (let c = Math.max(1, c1); c <= c2; c++) if (this.hasValue(r, c)) return true;
      return false;
    };
    // Rows first until they stop growing, then columns: each side's check spans the box, so this is linear enough.
    for (let changed = true; changed;) {
      changed = false;
      while (box.top > 1 && any(box.top - 1, box.left - 1, box.top - 1, box.right + 1)) {
        box.top--;
        changed = true;
      }
      while (any(box.bottom + 1, box.left - 1, box.bottom + 1, box.right + 1)) {
        box.bottom++;
        changed = true;
      }
      while (box.left > 1 && any(box.top - 1, box.left - 1, box.bottom + 1, box.left - 1)) {
        box.left--;
        changed = true;
      }
      while (any(box.top - 1, box.right + 1, box.bottom + 1, box.right + 1)) {
        box.right++;
        changed = true;
      }
    }
    return box;
  }

  /** Writes one cell as Excel takes an entry in `values`: formulas from "=", "+", "-", "@" unless the cell is text ("@"). */
  enter(row: number, column: number, value: unknown): void {
    if (value === null || value === undefined) return;
    const cell = this.ensure(row, column);
    cell.formula = null;
    if (value === '') cell.value = null;
    else if (typeof value === 'number' || typeof value === 'boolean') cell.value = value;
    else if (typeof value === 'string') {
      if (cell.numberFormat === '@') cell.value = value;
      else if (value.startsWith("'")) cell.value = value.slice(1);
      else if (/^[-+]?\d+(\.\d+)?$/.test(value)) cell.value = Number(value);
      else if (/^[=+\-@]/.test(value)) {
        cell.formula = value.startsWith('=') ? value : `=${value}`;
        cell.value = '#NAME?';
      } else cell.value = value;
    } else
      throw new FakeOfficeError('InvalidArgument', `Cannot write ${typeof value} to a cell`, {
        errorLocation: 'Range.values',
      });
  }

  /** A formula entry: a cell formatted as text keeps it as text, as Excel does. */
  enterFormula(row: number, column: number, formula: unknown): void {
    if (typeof formula === 'string' && formula.startsWith('=')) {
      const cell = this.ensure(row, column);
      if (cell.numberFormat === '@') {
        cell.value = formula;
        cell.formula = null;
      } else {
        cell.formula = formula;
        cell.value = 0;
      }
    } else this.enter(row, column, formula);
  }

  /** A typed value (valuesAsJson): the type decides, nothing is parsed. */
  enterTyped(row: number, column: number, typed: unknown): void {
    if (typeof typed !== 'object' || typed === null)
      throw new FakeOfficeError('InvalidArgument', 'Not a cell value', {
        errorLocation: 'Range.valuesAsJson',
      });
    const type: unknown = Reflect.get(typed, 'type');
    const basic: unknown = Reflect.get(typed, 'basicValue');
    const cell = this.ensure(row, column);
    cell.formula = null;
    if (type === 'Empty') cell.value = null;
    else if (type === 'String' && typeof basic === 'string') cell.value = basic;
    else if (type === 'Double' && typeof basic === 'number') cell.value = basic;
    else if (type === 'Boolean' && typeof basic === 'boolean') cell.value = basic;
    else
      throw new FakeOfficeError('InvalidArgument', `Unsupported typed value ${String(type)}`, {
        errorLocation: 'Range.valuesAsJson',
      });
  }
}
