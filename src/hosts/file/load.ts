// Opens file bytes (.xlsx or .csv) for reading, with errors a finance user understands; loads ExcelJS only for a view or a read after a write.
import type { Workbook } from 'exceljs';
import type { NumberLocale, Outcome } from '../../core';
import { decodeText, type CsvDelimiter } from './csv';
import { excelJs } from './exceljs-runtime';
import { readCsvSheet } from './csv-read';
import { openPackage, singleSheetBook, type CellsBook } from './xlsx/book';
import { NotAWorkbookError } from './xlsx/package';
import type { SheetReadOptions } from './xlsx/sheet';
import { ZipError } from './xlsx/zip';

export type FileFormat = 'xlsx' | 'csv';

export interface OpenedFile {
  /** The workbook as the package reader (or the CSV reader) sees it. */
  readonly book: CellsBook;
  readonly format: FileFormat;
  /** For CSV input: the separator, so CSV output can use the same one. */
  readonly delimiter?: CsvDelimiter;
  /** The number locale when the file tells us (a ";"-separated CSV comes from a decimal-comma locale). */
  readonly numberLocale?: NumberLocale;
  /** Things in the file this host cannot carry over when it saves (charts, pivot tables...). */
  readonly notes: readonly string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Old binary .xls files and password-protected .xlsx files are OLE compound documents. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return match ? match[1].toLowerCase() : '';
}

/** Excel names a CSV's only sheet after the file; sheet names allow 31 characters and no []:*?/\. */
export function sheetNameForFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const cleaned = base
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .slice(0, 31)
    .trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/** Parts of an .xlsx package that ExcelJS drops when it writes the workbook back, by where they live. */
const DROPPED_PARTS: readonly (readonly [string, string])[] = [
  ['xl/charts/', 'charts'],
  ['xl/pivotTables/', 'pivot tables'],
  ['xl/slicers/', 'slicers'],
  ['xl/vbaProject.bin', 'macros'],
  ['xl/externalLinks/', 'links to other workbooks'],
  ['xl/webextensions/', 'Office add-in settings'],
];

/** What of the package a write through ExcelJS would lose, from the zip directory's part names. */
function droppedParts(partNames: readonly string[]): string[] {
  const names = partNames.map((n) => n.replace(/^\//, '').toLowerCase());
  return DROPPED_PARTS.filter(([path]) => names.some((n) => n.startsWith(path.toLowerCase()))).map(
    ([, label]) => label,
  );
}

function toArrayBuffer(data: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  return copy.buffer;
}

function unreadable(shown: string, why: string): Outcome<never> {
  return { kind: 'error', code: 'unreadable-file', message: `"${shown}" ${why}` };
}

function openXlsx(
  bytes: Uint8Array,
  shown: string,
  options: SheetReadOptions,
): Outcome<OpenedFile> {
  let book: CellsBook;
  try {
    book = openPackage(bytes, options);
  } catch (error) {
    if (error instanceof NotAWorkbookError)
      return unreadable(shown, `is a zip archive but not an Excel workbook: it ${error.message}.`);
    if (error instanceof ZipError)
      return unreadable(
        shown,
        `could not be read as an Excel workbook: ${error.message}. It may be damaged; open it in Excel and save it again.`,
      );
    throw error;
  }
  const dropped = droppedParts(book.partNames);
  const notes =
    dropped.length > 0
      ? [
          `The workbook contains ${dropped.join(', ')}: files written by this tool do not keep them. Your input file is not changed.`,
        ]
      : [];
  return { kind: 'ok', value: { book, format: 'xlsx', notes } };
}

function openCsv(bytes: Uint8Array, fileName: string, shown: string): Outcome<OpenedFile> {
  const read = readCsvSheet(decodeText(bytes), shown);
  if (read.kind === 'error') return read;
  const { cells, delimiter } = read.value;
  return {
    kind: 'ok',
    value: {
      book: singleSheetBook(sheetNameForFile(fileName), cells),
      format: 'csv',
      delimiter,
      numberLocale: delimiter === ';' ? 'decimal-comma' : undefined,
      notes: [],
    },
  };
}

/**
 * Opens .xlsx (or .xlsm) and .csv/.tsv/.txt bytes for reading; the format comes from the content
 * first, then the name. Sheets are read when first asked for.
 */
export function openFile(
  data: Uint8Array | ArrayBuffer,
  fileName: string,
  options: SheetReadOptions = {},
): Outcome<OpenedFile> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const ext = extensionOf(fileName);
  const shown = fileName.replace(/^.*[\\/]/, '');
  if (startsWith(bytes, OLE_MAGIC))
    return unreadable(
      shown,
      'is an old-style .xls workbook or a password-protected file. Open it in Excel, remove the password if any, and save it as .xlsx.',
    );
  if (startsWith(bytes, ZIP_MAGIC)) return openXlsx(bytes, shown, options);
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return openCsv(bytes, fileName, shown);
  const what =
    ext === 'xlsx' || ext === 'xlsm'
      ? 'is not a valid Excel workbook (it may be damaged or not really an .xlsx file).'
      : 'is neither an Excel workbook (.xlsx) nor a CSV file.';
  return unreadable(shown, what);
}

/**
 * The ExcelJS workbook a write works on (until the patching writer replaces it): the .xlsx bytes
 * loaded by ExcelJS, or a CSV's cells as text cells ("1,234" stays text for the core, as it was read).
 */
export async function loadExcelWorkbook(opened: OpenedFile, bytes: Uint8Array): Promise<Workbook> {
  const workbook = new (excelJs().Workbook)();
  if (opened.format === 'xlsx') {
    await workbook.xlsx.load(toArrayBuffer(bytes));
    return workbook;
  }
  const [sheet] = opened.book.sheets();
  const target = workbook.addWorksheet(sheet.name);
  const { rows } = opened.book.cells(sheet);
  for (let r = 1; r < rows.length; r++) {
    const values = rows[r];
    if (values === undefined) continue;
    const row = target.getRow(r);
    values.forEach((value, c) => {
      if (value !== null) row.getCell(c + 1).value = value;
    });
  }
  return workbook;
}
