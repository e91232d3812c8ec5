// A sheet's values as CSV rows, from whichever reader holds the workbook: what each cell shows, dates as ISO dates.
import type { Cell, Worksheet } from 'exceljs';
import { ValueType } from 'exceljs';
import type { RawCell } from '../../core';
import { cellToRaw } from './cells';
import type { CsvValue } from './csv';
import type { CellsBook, PackageSheet } from './xlsx/book';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** An Excel serial date as text: a serial number means nothing in a text file. */
export function isoOfSerial(serial: number): string {
  const iso = new Date(EXCEL_EPOCH_MS + Math.round(serial * MS_PER_DAY)).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** An ExcelJS cell as CSV shows it (formulas as their cached results). */
function excelCsvCell(cell: Cell): CsvValue {
  const value = cell.value;
  const shown =
    typeof value === 'object' && value !== null && !(value instanceof Date) && 'result' in value
      ? value.result
      : value;
  if (shown instanceof Date && cell.type !== ValueType.Merge) {
    const iso = shown.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return cellToRaw(cell);
}

/** An ExcelJS worksheet's rows for CSV. */
export function excelCsvRows(sheet: Worksheet): CsvValue[][] {
  const rows: CsvValue[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: CsvValue[] = new Array<CsvValue>(width).fill(null);
    sheet.findRow(r)?.eachCell((cell, c) => {
      if (c <= width) row[c - 1] = excelCsvCell(cell);
    });
    rows.push(row);
  }
  return rows;
}

/** A package sheet's rows for CSV: every row up to the last, as wide as the widest. */
export function bookCsvRows(book: CellsBook, sheet: PackageSheet): CsvValue[][] {
  const cells = book.cells(sheet, { keepStyles: true });
  const dates = book.styles.dates;
  let width = 0;
  for (let r = 1; r <= cells.lastRow; r++) width = Math.max(width, cells.rows[r]?.length ?? 0);
  const rows: CsvValue[][] = [];
  for (let r = 1; r <= cells.lastRow; r++) {
    const line = cells.rows[r];
    const styles = cells.styles?.[r];
    const row: CsvValue[] = new Array<CsvValue>(width).fill(null);
    line?.forEach((value: RawCell, c) => {
      row[c] =
        typeof value === 'number' && dates[styles?.[c] ?? 0] === true ? isoOfSerial(value) : value;
    });
    rows.push(row);
  }
  return rows;
}
