// Node-only helpers of the file host: open a workbook from disk, save it to disk (.xlsx or .csv by extension).
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Outcome } from '../../core';
import type { ProgressCallback, WriteNotes } from '../port';
import { FileWorkbookHost, type FileHostOptions } from './workbook-host';
import type { Codec } from './xlsx-write/codec';
import { nodeCodec } from './node-codec';

export { nodeCodec } from './node-codec';

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

export interface SaveOptions {
  readonly onProgress?: ProgressCallback;
  /** The compression (native zlib by default; tests inject one that fails). */
  readonly codec?: Codec;
}

/** A name beside the target for writing first: the same folder, so the rename cannot cross disks. */
function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.kam-tmp`);
}

function unwritable(path: string, error: unknown): Outcome<never> {
  return {
    kind: 'error',
    code: 'unwritable-file',
    message: `Cannot write "${path}" (${(error as Error).message}). Is it open in Excel?`,
  };
}

/**
 * Saves as .xlsx or .csv, by the path's extension, streaming to a temporary file beside the target
 * and renaming it over the target at the end: a failure half-way (a full disk, a refusal found
 * while streaming, a crash) leaves the target as it was. Other extensions are refused.
 */
export async function saveWorkbookFile(
  host: FileWorkbookHost,
  path: string,
  options: SaveOptions = {},
): Promise<Outcome<WriteNotes>> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    return {
      kind: 'error',
      code: 'unsupported-output',
      message: `Cannot write "${path}": the output must end in .xlsx or .csv.`,
    };
  }
  const temporary = temporaryPath(path);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error) {
    return unwritable(path, error);
  }
  // Only a failed write is the file's fault; anything else thrown while making the bytes is rethrown.
  let writeError: unknown;
  const sink = (chunk: Uint8Array): void => {
    try {
      let at = 0;
      while (at < chunk.length) at += writeSync(fd, chunk, at);
    } catch (error) {
      writeError = error;
      throw error;
    }
  };
  let written: Outcome<void>;
  let notes: string[] = [];
  try {
    if (ext === '.csv') {
      // Streamed: each chunk of about 1 MB is written as it is made.
      notes = await host.streamCsv(sink);
      written = { kind: 'ok', value: undefined };
    } else {
      written = host.writeXlsx(sink, options.codec ?? nodeCodec, options.onProgress);
    }
    closeSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    if (ext === '.csv' && writeError === undefined) throw error;
    return unwritable(path, error);
  }
  if (written.kind === 'error') {
    rmSync(temporary, { force: true });
    return written;
  }
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    return unwritable(path, error);
  }
  return { kind: 'ok', value: { notes } };
}
