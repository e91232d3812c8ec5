// The bundled sample workbook (examples/accounts.xlsx) as cells for the fake spreadsheet: what a
// user who imported it into Google Sheets would have.
import { join } from 'node:path';
import { type CellValue as ExcelValue, Workbook } from 'exceljs';
import type { Cell } from './fixtures';

export const SAMPLE = join(__dirname, '..', '..', 'examples', 'accounts.xlsx');

function plain(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'result' in value) return plain(value.result as ExcelValue);
  if (typeof value === 'object' && 'error' in value) return String(value.error);
  return String(value);
}

/** The first sheet's name and its cells from A1. */
export async function sampleSheet(): Promise<{ name: string; rows: Cell[][] }> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const sheet = workbook.worksheets[0];
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    while (rows.length < r) rows.push([]);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const line = rows[r - 1];
      while (line.length < c) line.push(null);
      line[c - 1] = plain(cell.value);
    });
  });
  return { name: sheet.name, rows };
}
