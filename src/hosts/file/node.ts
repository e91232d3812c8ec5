// Node-only helpers of the file host: open a workbook from disk, save it to disk (.xlsx or .csv by extension).
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Outcome } from '../../core';
import type { WriteNotes } from '../port';
import { FileWorkbookHost, type FileHostOptions } from './workbook-host';

/** Opens an .xlsx or .csv file. A missing or unreadable file is an 'unreadable-file' error, not an exception. */
export async function openWorkbookFile(
  path: string,
  options: FileHostOptions = {},
): Promise<Outcome<FileWorkbookHost>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : code === 'EACCES'
            ? 'cannot be opened (permission denied)'
            : `cannot be read (${(error as Error).message})`;
    return { kind: 'error', code: 'unreadable-file', message: `The file "${path}" ${why}.` };
  }
  return FileWorkbookHost.fromBuffer(bytes, basename(path), options);
}

/** Saves as .xlsx or .csv, by the path's extension. Other extensions are refused (a caller bug or a typo). */
export async function saveWorkbookFile(
  host: FileWorkbookHost,
  path: string,
): Promise<Outcome<WriteNotes>> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    return {
      kind: 'error',
      code: 'unsupported-output',
      message: `Cannot write "${path}": the output must end in .xlsx or .csv.`,
    };
  }
  const { bytes, notes } = await host.toBuffer(ext === '.csv' ? 'csv' : 'xlsx');
  try {
    await writeFile(path, bytes);
  } catch (error) {
    return {
      kind: 'error',
      code: 'unwritable-file',
      message: `Cannot write "${path}" (${(error as Error).message}). Is it open in Excel?`,
    };
  }
  return { kind: 'ok', value: { notes } };
}
