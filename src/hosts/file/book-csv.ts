// A sheet's values as CSV rows, from whichever reader holds the workbook: what each cell shows, dates as ISO dates.
import type { Cell, Worksheet } from 'exceljs';
import { planValueAt, type RawCell, type WritePlan } from '../../core';
import { cellToRaw, isMergedCell } from './cells';
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
  if (shown instanceof Date && !isMergedCell(cell)) {
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

/**
 * A package sheet's rows for CSV with a plan's columns laid over them (header and values at their
 * sheet rows and columns), one row at a time: cells are read from the sheet and the plan's columns
 * by index into one reused array, so the whole sheet is never built as rows. Every row is as wide
 * as the widest row or plan column, and there are rows down to the last cell or plan value.
 */
export function* bookCsvRowStream(
  book: CellsBook,
  sheet: PackageSheet,
  plan: WritePlan | undefined,
): Generator<CsvValue[]> {
  const dates = book.styles.dates;
  // Styles only tell dates from numbers: a workbook with no date format needs no second read for them.
  const cells = book.cells(sheet, { keepStyles: dates.includes(true) });
  const columns = plan?.columns ?? [];
  const headerRow = plan?.headerRow ?? 0;
  const firstDataRow = plan?.firstDataRow ?? 0;
  let width = 0;
  let last = cells.lastRow;
  for (let r = 1; r <= cells.lastRow; r++) width = Math.max(width, cells.rows[r]?.length ?? 0);
  for (const column of columns) {
    width = Math.max(width, column.column);
    last = Math.max(last, headerRow, firstDataRow + column.values.length - 1);
  }
  const row: CsvValue[] = new Array<CsvValue>(width);
  for (let r = 1; r <= last; r++) {
    row.fill(null);
    const line = cells.rows[r];
    const styles = cells.styles?.[r];
    line?.forEach((value: RawCell, c) => {
      row[c] =
        typeof value === 'number' && dates[styles?.[c] ?? 0] === true ? isoOfSerial(value) : value;
    });
    // In the plan's order, a column's values after its header: a later write to a cell wins.
    for (const column of columns) {
      if (r === headerRow) row[column.column - 1] = column.header;
      const i = r - firstDataRow;
      if (i >= 0 && i < column.values.length)
        row[column.column - 1] = planValueAt(column.values, i);
    }
    yield row;
  }
}
