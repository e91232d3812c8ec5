// Builds fake spreadsheets for the Sheets host's tests: rows from A1, a named range, the current cell.
import { SheetsWorkbookHost } from '../../src/hosts/sheets';
import { type CellValue, fakeGoogle, type FakeGoogle, type FakeSheet, Journal } from './fake';

export type Cell = CellValue | null;

export interface Book {
  readonly sheet: string;
  readonly rows: readonly (readonly Cell[])[];
  /** A named range over the table (the Sheets counterpart of an Excel table). */
  readonly named?: { readonly name: string; readonly headerRow: number };
  /** The current cell, [row, column]; default A1. */
  readonly current?: readonly [number, number];
}

/** Writes cells as a user typed them: text stays text (the fixtures' "=HYPERLINK" account is a name, not a formula). */
export function fillSheet(sheet: FakeSheet, rows: readonly (readonly Cell[])[], top = 1): void {
  rows.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value === null) return;
      sheet.cell(top + i, j + 1).value = value;
    }),
  );
}

export function fakeBook(book: Book, journal = new Journal()): FakeGoogle & { data: FakeSheet } {
  const google = fakeGoogle(journal);
  // Sheets gives a new sheet 1,000 rows and 26 columns; an imported list gets as many as it needs.
  const width = Math.max(0, ...book.rows.map((r) => r.length));
  const data = google.spreadsheet.addSheet(
    book.sheet,
    Math.max(1000, book.rows.length),
    Math.max(26, width),
  );
  fillSheet(data, book.rows);
  if (book.named !== undefined) {
    google.spreadsheet.nameRange(book.named.name, data, {
      top: book.named.headerRow,
      left: 1,
      bottom: book.rows.length,
      right: width,
    });
  }
  const [row, column] = book.current ?? [1, 1];
  google.spreadsheet.current = { row, column };
  return { ...google, data };
}

export function hostOver(
  google: FakeGoogle,
  options: { writeBudgetMs?: number } = {},
): SheetsWorkbookHost {
  return new SheetsWorkbookHost({
    services: google.services,
    now: () => google.journal.now(),
    ...options,
  });
}
