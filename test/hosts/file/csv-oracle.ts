// The CSV text as the file host made it before streaming: every row built as an array, the plan laid over them, one string.
import type { WritePlan } from '../../../src/core';
import { isoOfSerial } from '../../../src/hosts/file/book-csv';
import { writeCsv, type CsvDelimiter, type CsvValue } from '../../../src/hosts/file/csv';
import { openFile } from '../../../src/hosts/file/load';
import { userSheets } from '../../../src/hosts/file/locate';
import type { CellsBook, PackageSheet } from '../../../src/hosts/file/xlsx/book';

/** A package sheet's rows for CSV: every row up to the last, as wide as the widest. */
function bookCsvRows(book: CellsBook, sheet: PackageSheet): CsvValue[][] {
  const cells = book.cells(sheet, { keepStyles: true });
  const dates = book.styles.dates;
  let width = 0;
  for (let r = 1; r <= cells.lastRow; r++) width = Math.max(width, cells.rows[r]?.length ?? 0);
  const rows: CsvValue[][] = [];
  for (let r = 1; r <= cells.lastRow; r++) {
    const line = cells.rows[r];
    const styles = cells.styles?.[r];
    const row: CsvValue[] = new Array<CsvValue>(width).fill(null);
    line?.forEach((value, c) => {
      row[c] =
        typeof value === 'number' && dates[styles?.[c] ?? 0] === true ? isoOfSerial(value) : value;
    });
    rows.push(row);
  }
  return rows;
}

/** A plan's columns written into CSV rows (header and values at their sheet rows and columns). */
function layPlanOver(rows: CsvValue[][], plan: WritePlan): void {
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
  let width = 0;
  for (const line of rows) width = Math.max(width, line.length);
  for (const line of rows) while (line.length < width) line.push(null);
}

/**
 * The bytes (BOM and text) the file host wrote for a file read once, with at most one plan applied
 * to it, before the CSV output was streamed. `sheetName` is the sheet read, when one was.
 */
export function csvBefore(
  bytes: Uint8Array,
  fileName: string,
  sheetName: string | undefined,
  plan: WritePlan | undefined,
  decimalLocale: boolean,
): Uint8Array {
  const opened = openFile(bytes, fileName);
  if (opened.kind === 'error') throw new Error(opened.message);
  const { book } = opened.value;
  const delimiter: CsvDelimiter = opened.value.delimiter ?? ',';
  const named = sheetName !== undefined ? book.sheet(sheetName) : undefined;
  const sheet = named ?? userSheets(book)[0] ?? book.sheets()[0];
  if (sheet === undefined) return new Uint8Array([0xef, 0xbb, 0xbf]);
  const rows = bookCsvRows(book, sheet);
  if (plan !== undefined && plan.sheet.toLowerCase() === sheet.name.toLowerCase())
    layPlanOver(rows, plan);
  const text = writeCsv(rows, { delimiter, decimalComma: decimalLocale && delimiter === ';' });
  return new TextEncoder().encode(`\ufeff${text}`);
}
