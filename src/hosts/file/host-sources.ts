// Where the file host's saving starts from, and what its CSV output holds: the rows the reader read, with a plan laid over them.
import type { WritePlan } from '../../core';
import type { CsvValue } from './csv';
import type { WorkbookSource } from './xlsx-write';
import type { CellsBook } from './xlsx/book';

/** A CSV's workbook as the package writer takes it: the rows as read (no second parse), as text. */
export function csvSource(book: CellsBook, decimalComma: boolean): WorkbookSource {
  const sheet = book.sheets()[0];
  return {
    kind: 'csv',
    sheetName: sheet?.name ?? 'Sheet1',
    rows: function* () {
      if (sheet === undefined) return;
      const { rows, lastRow } = book.cells(sheet);
      for (let r = 1; r <= lastRow; r++)
        yield (rows[r] ?? []).map((v) => (v === null || v === undefined ? '' : String(v)));
    },
    decimalComma,
  };
}

/** A plan's columns written into CSV rows (header and values at their sheet rows and columns). */
export function layPlanOver(rows: CsvValue[][], plan: WritePlan): void {
  const set = (row: number, column: number, value: CsvValue): void => {
    while (rows.length < row) rows.push([]);
    const line = rows[row - 1];
    while (line.length < column) line.push(null);
    line[column - 1] = value;
  };
  for (const column of plan.columns) {
    set(plan.headerRow, column.column, column.header);
    column.values.forEach((value, i) => set(plan.firstDataRow + i, column.column, value));
  }
  // A loop, not Math.max(...rows): a full sheet's million rows would overflow the call stack.
  let width = 0;
  for (const line of rows) width = Math.max(width, line.length);
  for (const line of rows) while (line.length < width) line.push(null);
}
