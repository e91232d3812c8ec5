// Where the file host's .xlsx saving starts from for a CSV input: the rows the reader read.
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
