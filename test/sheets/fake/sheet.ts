// The fake Sheet: cells by row and column, conditional-format rules, charts, a filter, merges, widths.
import type {
  ChartOptionsApi,
  ConditionalFormatRuleApi,
  EmbeddedChartApi,
  EmbeddedChartBuilderApi,
  EmbeddedComboChartBuilderApi,
  FilterApi,
  SheetApi,
} from '../../../src/hosts/sheets/apps-script';
import { emptyCell, type FakeCell, isEmpty } from './cells';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A built rule: its ranges and what it does, as the host set it. */
export class FakeRule implements ConditionalFormatRuleApi {
  constructor(
    readonly ranges: readonly FakeRange[],
    readonly condition:
      | {
          readonly kind: 'gradient';
          readonly points: readonly {
            readonly color: string;
            readonly type: string;
            readonly value: string;
          }[];
        }
      | { readonly kind: 'formula'; readonly formula: string },
    readonly background: string | null,
    readonly fontColor: string | null,
  ) {}
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
}

export class FakeChart implements EmbeddedChartApi {
  constructor(
    readonly type: string,
    readonly ranges: readonly FakeRange[],
    readonly options: Readonly<Record<string, unknown>>,
    readonly position: { readonly row: number; readonly column: number },
  ) {}
  getOptions(): ChartOptionsApi {
    return { get: (option) => this.options[option] };
  }
}

class FakeChartBuilder implements EmbeddedChartBuilderApi, EmbeddedComboChartBuilderApi {
  private type = 'UNSET';
  private readonly ranges: FakeRange[] = [];
  private readonly options: Record<string, unknown> = {};
  private position = { row: 1, column: 1 };
  asComboChart(): FakeChartBuilder {
    this.type = 'COMBO';
    return this;
  }
  addRange(range: FakeRange): FakeChartBuilder {
    this.ranges.push(range);
    return this;
  }
  setOption(option: string, value: unknown): FakeChartBuilder {
    this.options[option] = value;
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number): FakeChartBuilder {
    this.position = { row: anchorRowPos, column: anchorColPos };
    return this;
  }
  build(): FakeChart {
    return new FakeChart(this.type, this.ranges, { ...this.options }, this.position);
  }
}

export class FakeSheet implements SheetApi {
  readonly cells = new Map<number, Map<number, FakeCell>>();
  rules: FakeRule[] = [];
  readonly charts: FakeChart[] = [];
  readonly merges: Area[] = [];
  readonly widths = new Map<number, number>();
  filter: Area | null = null;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  private get journal() {
    return this.spreadsheet.journal;
  }

  /** The cell, created when missing (for writes). */
  cell(row: number, column: number): FakeCell {
    let line = this.cells.get(row);
    if (line === undefined) this.cells.set(row, (line = new Map()));
    let cell = line.get(column);
    if (cell === undefined) line.set(column, (cell = emptyCell()));
    return cell;
  }

  /** The cell if it was ever touched. */
  peek(row: number, column: number): FakeCell | undefined {
    return this.cells.get(row)?.get(column);
  }

  removeCells(area: Area): void {
    for (let r = area.top; r <= area.bottom; r++) {
      const line = this.cells.get(r);
      if (line === undefined) continue;
      for (let c = area.left; c <= area.right; c++) line.delete(c);
    }
  }

  /** The last row and column holding a value or formula (0 when none). */
  private extent(): { row: number; column: number } {
    let row = 0;
    let column = 0;
    for (const [r, line] of this.cells)
      for (const [c, cell] of line)
        if (!isEmpty(cell)) {
          row = Math.max(row, r);
          column = Math.max(column, c);
        }
    return { row, column };
  }

  getName(): string {
    return this.name;
  }
  getSheetId(): number {
    return this.id;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  getLastRow(): number {
    this.journal.record('getLastRow');
    return this.extent().row;
  }
  getLastColumn(): number {
    this.journal.record('getLastColumn');
    return this.extent().column;
  }

  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    return new FakeRange(this, row, column, numRows, numColumns);
  }

  getDataRange(): FakeRange {
    const { row, column } = this.extent();
    return new FakeRange(this, 1, 1, Math.max(row, 1), Math.max(column, 1));
  }

  getFilter(): FilterApi | null {
    const filter = this.filter;
    if (filter === null) return null;
    return {
      getRange: () =>
        new FakeRange(
          this,
          filter.top,
          filter.left,
          filter.bottom - filter.top + 1,
          filter.right - filter.left + 1,
        ),
    };
  }

  /** Only columns added at the right end are modelled (all the host does). */
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    if (afterPosition !== this.maxColumns)
      throw new Error('insertColumnsAfter: only inserting after the last column is modelled');
    this.journal.record('insertColumnsAfter', howMany * this.maxRows);
    this.maxColumns += howMany;
    return this;
  }

  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.journal.record('setColumnWidth');
    this.widths.set(columnPosition, width);
    return this;
  }

  getConditionalFormatRules(): FakeRule[] {
    this.journal.record('getConditionalFormatRules');
    return [...this.rules];
  }

  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void {
    this.journal.record('setConditionalFormatRules', rules.length);
    this.rules = rules.map((rule) => {
      if (!(rule instanceof FakeRule))
        throw new Error('setConditionalFormatRules: not a built rule');
      return rule;
    });
  }

  getCharts(): FakeChart[] {
    this.journal.record('getCharts');
    return [...this.charts];
  }

  newChart(): FakeChartBuilder {
    return new FakeChartBuilder();
  }

  insertChart(chart: EmbeddedChartApi): void {
    this.journal.record('insertChart');
    if (!(chart instanceof FakeChart)) throw new Error('insertChart: not a built chart');
    this.charts.push(chart);
  }

  removeChart(chart: EmbeddedChartApi): void {
    this.journal.record('removeChart');
    const index = this.charts.indexOf(chart as FakeChart);
    if (index < 0) throw new Error('removeChart: the chart is not on this sheet');
    this.charts.splice(index, 1);
  }

  /** Contents and formats go; charts, rules and widths stay (as in Sheets). */
  clear(): FakeSheet {
    this.journal.record('clear');
    this.cells.clear();
    return this;
  }

  activate(): FakeSheet {
    this.journal.record('activate');
    this.spreadsheet.active = this;
    return this;
  }

  /** The sheet's values from A1 as a grid (formulas as their text), trailing empty rows and columns cut. */
  grid(): (string | number | boolean | null)[][] {
    const { row, column } = this.extent();
    const out: (string | number | boolean | null)[][] = [];
    for (let r = 1; r <= row; r++) {
      const line: (string | number | boolean | null)[] = [];
      for (let c = 1; c <= column; c++) {
        const cell = this.peek(r, c);
        if (cell === undefined || isEmpty(cell)) line.push(null);
        else if (cell.formula !== '') line.push(cell.formula);
        else
          line.push(
            cell.value instanceof Date
              ? cell.value.getTime()
              : cell.value === ''
                ? null
                : cell.value,
          );
      }
      out.push(line);
    }
    return out;
  }
}
