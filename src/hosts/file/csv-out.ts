// The file host's CSV output: the data sheet's rows made one at a time and encoded in chunks as they come.
import type { Workbook } from 'exceljs';
import type { WritePlan } from '../../core';
import { bookCsvRowStream, excelCsvRows } from './book-csv';
import { csvChunks, type CsvDelimiter, type CsvValue } from './csv';
import { ExcelJsBook } from './exceljs-book';
import { userSheets } from './locate';
import type { CellsBook } from './xlsx/book';

export interface CsvOutputInput {
  /** The workbook as read. */
  readonly book: CellsBook;
  /** The ExcelJS copy when it is loaded (changes replayed on it); it is then what is written. */
  readonly excel: Workbook | undefined;
  /** The sheet last read or written. */
  readonly dataSheet: string | undefined;
  /** The plan laid over the rows read, when the only change is one plan. */
  readonly plan: WritePlan | undefined;
  /** Visible sheet names, for the note on what the output leaves out. */
  readonly sheetNames: readonly string[];
  readonly delimiter: CsvDelimiter;
  readonly decimalComma: boolean;
}

/** What a CSV output leaves out. */
function csvNote(name: string, sheetNames: readonly string[]): string {
  const others = sheetNames.filter((n) => n !== name);
  const not = others.length > 0 ? ` (not ${others.map((n) => `"${n}"`).join(', ')})` : '';
  return `CSV keeps only the values of the sheet "${name}"${not}: colours and formats need an .xlsx output.`;
}

/** The data sheet (the sheet last read or written, else the first user sheet) and its rows, made as asked for. */
function dataRows(input: CsvOutputInput): { name: string; rows: Iterable<CsvValue[]> } | null {
  const { excel, book, dataSheet, plan } = input;
  if (excel !== undefined) {
    const named = dataSheet !== undefined ? excel.getWorksheet(dataSheet) : undefined;
    const sheet = named ?? userSheets(new ExcelJsBook(excel))[0] ?? excel.worksheets[0];
    return sheet === undefined ? null : { name: sheet.name, rows: excelCsvRows(sheet) };
  }
  const named = dataSheet !== undefined ? book.sheet(dataSheet) : undefined;
  const sheet = named ?? userSheets(book)[0] ?? book.sheets()[0];
  if (sheet === undefined) return null;
  const laid = plan?.sheet.toLowerCase() === sheet.name.toLowerCase() ? plan : undefined;
  return { name: sheet.name, rows: bookCsvRowStream(book, sheet, laid) };
}

/**
 * The data sheet as CSV bytes, UTF-8 with a BOM (which Excel needs to see UTF-8), in chunks of about
 * 1 MB made as they are asked for: what each cell shows (formulas as their cached results, dates as
 * ISO dates), text that would start a formula escaped. The notes say CSV has one sheet and no formatting.
 */
export function csvOutput(input: CsvOutputInput): {
  chunks: Iterable<Uint8Array>;
  notes: string[];
} {
  const data = dataRows(input);
  if (data === null) return { chunks: [new Uint8Array([0xef, 0xbb, 0xbf])], notes: [] };
  const options = { delimiter: input.delimiter, decimalComma: input.decimalComma, bom: true };
  return {
    chunks: csvChunks(data.rows, options),
    notes: [csvNote(data.name, input.sheetNames)],
  };
}
