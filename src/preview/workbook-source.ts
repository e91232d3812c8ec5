// Opens the workbook the preview works on: the bundled sample, or a file the user drops or picks.
import type { Outcome } from '../core';
import { FileWorkbookHost } from '../hosts/file';
import { NotifyingHost } from './notifying-host';

/** Where the build puts the sample workbooks (webpack.config.js copies examples/ there). */
export const SAMPLE_URL = 'samples/accounts.xlsx';
export const SAMPLE_NAME = 'accounts.xlsx';

export interface OpenWorkbook {
  readonly host: NotifyingHost;
  readonly fileName: string;
}

const ACCEPTED = /\.(xlsx|csv)$/i;

/** Bytes to a host; the file host words its own errors for the user (not a spreadsheet, a password...). */
export async function openBytes(
  bytes: ArrayBuffer,
  fileName: string,
): Promise<Outcome<OpenWorkbook>> {
  if (!ACCEPTED.test(fileName))
    return {
      kind: 'error',
      code: 'unsupported-file',
      message: `"${fileName}" is not an .xlsx or .csv file. Drop an Excel workbook (.xlsx) or a CSV file.`,
    };
  const opened = await FileWorkbookHost.fromBuffer(bytes, fileName, { forView: true });
  if (opened.kind === 'error') return opened;
  // The sheet the panel reads first is read now, once, for the view and the panel alike.
  await opened.value.preload();
  return { kind: 'ok', value: { host: new NotifyingHost(opened.value), fileName } };
}

export async function openFile(file: File): Promise<Outcome<OpenWorkbook>> {
  return openBytes(await file.arrayBuffer(), file.name);
}

export async function openSample(): Promise<Outcome<OpenWorkbook>> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok)
    return {
      kind: 'error',
      code: 'no-sample',
      message: `The sample workbook could not be loaded (${response.status} ${response.statusText}). Drop an .xlsx or .csv file instead.`,
    };
  return openBytes(await response.arrayBuffer(), SAMPLE_NAME);
}

/** The download's name: the input's base name with "-kam.xlsx" (a CSV input becomes a workbook, to keep the colours). */
export function downloadName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, '')}-kam.xlsx`;
}
