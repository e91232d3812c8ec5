// Every call the fake serves, with the cells it touched, and a virtual clock that a cost model moves:
// tests count calls ("one getValues() per block") and drive Google's 6-minute limit without waiting.

export interface CallRecord {
  readonly method: string;
  /** Cells read or written by the call (0 for calls on no cells). */
  readonly cells: number;
  /** The sheet a range call was on. */
  readonly sheet?: string;
}

/** Virtual milliseconds a call costs: a fixed part, and a part per cell read or written. */
export interface CostModel {
  readonly perCall: number;
  readonly perCellRead: number;
  readonly perCellWritten: number;
  /** Per-cell costs of particular methods, in place of the above (setValues is the slow one). */
  readonly perCellBy?: Readonly<Record<string, number>>;
}

/** No cost: the clock stands still unless a test moves it. */
export const FREE: CostModel = { perCall: 0, perCellRead: 0, perCellWritten: 0 };

/**
 * A cautious guess at real Sheets, for the benchmark's estimate of one execution: 40 ms a call,
 * 2 µs a cell read and 25 µs a cell written (published measurements of setValues() run 40,000 to
 * 100,000 cells a second). Only real Sheets can confirm it.
 */
export const SHEETS_ESTIMATE: CostModel = {
  perCall: 40,
  perCellRead: 0.002,
  perCellWritten: 0.025,
};

const WRITES = /^(set|insert|delete|remove|clear|copyTo|activate|toast|alert|show)/;

export class Journal {
  readonly calls: CallRecord[] = [];
  private time = Date.UTC(2026, 0, 5, 9, 0, 0);

  constructor(public cost: CostModel = FREE) {}

  now(): number {
    return this.time;
  }

  advance(ms: number): void {
    this.time += ms;
  }

  record(method: string, cells = 0, sheet?: string): void {
    this.calls.push(sheet === undefined ? { method, cells } : { method, cells, sheet });
    const perCell =
      this.cost.perCellBy?.[method] ??
      (WRITES.test(method) ? this.cost.perCellWritten : this.cost.perCellRead);
    this.time += this.cost.perCall + cells * perCell;
  }

  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  cellsOf(method: string): number {
    return this.calls.filter((c) => c.method === method).reduce((sum, c) => sum + c.cells, 0);
  }

  clear(): void {
    this.calls.length = 0;
  }
}
