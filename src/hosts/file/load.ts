// Turns file bytes (.xlsx or .csv) into an ExcelJS workbook, with errors a finance user understands.
import { Workbook } from 'exceljs';
import type { NumberLocale, Outcome } from '../../core';
import { decodeText, parseCsv, type CsvDelimiter } from './csv';

export type FileFormat = 'xlsx' | 'csv';

export interface LoadedWorkbook {
  readonly workbook: Workbook;
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

/**
 * Parts of an .xlsx package that ExcelJS drops when it writes the workbook back. Zip entry names are
 * stored uncompressed, so scanning the bytes for them is reliable without unzipping.
 */
const DROPPED_PARTS: readonly (readonly [string, string])[] = [
  ['xl/charts/', 'charts'],
  ['xl/pivotTables/', 'pivot tables'],
  ['xl/slicers/', 'slicers'],
  ['xl/vbaProject.bin', 'macros'],
  ['xl/externalLinks/', 'links to other workbooks'],
  ['xl/webextensions/', 'Office add-in settings'],
];

function containsAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (
    let i = bytes.indexOf(first);
    i !== -1 && i <= bytes.length - text.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

function droppedParts(bytes: Uint8Array): string[] {
  return DROPPED_PARTS.filter(([path]) => containsAscii(bytes, path)).map(([, label]) => label);
}

function toArrayBuffer(data: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  return copy.buffer;
}

function csvWorkbook(bytes: Uint8Array, fileName: string): LoadedWorkbook {
  const { rows, delimiter } = parseCsv(decodeText(bytes));
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetNameForFile(fileName));
  rows.forEach((values, r) => {
    const row = sheet.getRow(r + 1);
    values.forEach((text, c) => {
      // Values stay text (empty -> no cell) so "1,234" or "(1.200)" reach the core's parser unchanged.
      if (text !== '') row.getCell(c + 1).value = text;
    });
  });
  return {
    workbook,
    format: 'csv',
    delimiter,
    numberLocale: delimiter === ';' ? 'decimal-comma' : undefined,
    notes: [],
  };
}

/** Reads .xlsx (or .xlsm) and .csv/.tsv/.txt bytes. The format comes from the content first, then the name. */
export async function loadWorkbook(
  data: Uint8Array | ArrayBuffer,
  fileName: string,
): Promise<Outcome<LoadedWorkbook>> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const ext = extensionOf(fileName);
  const shown = fileName.replace(/^.*[\\/]/, '');
  if (startsWith(bytes, OLE_MAGIC)) {
    return {
      kind: 'error',
      code: 'unreadable-file',
      message: `"${shown}" is an old-style .xls workbook or a password-protected file. Open it in Excel, remove the password if any, and save it as .xlsx.`,
    };
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    const workbook = new Workbook();
    try {
      await workbook.xlsx.load(toArrayBuffer(bytes));
    } catch (error) {
      return {
        kind: 'error',
        code: 'unreadable-file',
        message: `"${shown}" could not be read as an Excel workbook: it may be damaged (${(error as Error).message}).`,
      };
    }
    const dropped = droppedParts(bytes);
    const notes =
      dropped.length > 0
        ? [
            `The workbook contains ${dropped.join(', ')}: files written by this tool do not keep them. Your input file is not changed.`,
          ]
        : [];
    return { kind: 'ok', value: { workbook, format: 'xlsx', notes } };
  }
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt')
    return { kind: 'ok', value: csvWorkbook(bytes, fileName) };
  const what =
    ext === 'xlsx' || ext === 'xlsm'
      ? 'is not a valid Excel workbook (it may be damaged or not really an .xlsx file)'
      : 'is neither an Excel workbook (.xlsx) nor a CSV file';
  return { kind: 'error', code: 'unreadable-file', message: `"${shown}" ${what}.` };
}
