// The summary sheet's cells, written section by section down the rows (each section where the last ended).
import { columnLetters } from '../table/a1';
import type { SummaryCellPlan } from './types';

type CellExtra = Omit<SummaryCellPlan, 'address' | 'value'>;

export class SummaryCells {
  readonly cells: SummaryCellPlan[] = [];
  /** The row the next cells go on. */
  row = 1;

  /** A cell on the current row, by column number (1 = A). */
  put(column: number, value: SummaryCellPlan['value'], extra: CellExtra = {}): void {
    this.cells.push({ address: `${columnLetters(column)}${this.row}`, value, ...extra });
  }

  /** A row of headings from column A on. */
  headings(...texts: string[]): void {
    texts.forEach((text, k) => this.put(1 + k, text, { style: 'heading' }));
  }

  next(rows = 1): void {
    this.row += rows;
  }
}
