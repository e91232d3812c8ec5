// One file read in a process of its own, so its time and peak memory are its alone: the package
// reader (today's file host), or the ExcelJS load the host used before it, for the side-by-side line.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Workbook } from 'exceljs';
import type { Outcome } from '../src/core';
import { decodeText, FileWorkbookHost, parseCsv } from '../src/hosts/file';
import { ExcelJsBook } from '../src/hosts/file/exceljs-book';
import { readTable } from '../src/hosts/file/read';
import { packageSnapshot } from '../src/preview/sheet/package-snapshot';
import { snapshotOf } from '../src/preview/sheet/snapshot';

export type ReadMode = 'package' | 'exceljs' | 'preview' | 'preview-exceljs';

function value<T>(outcome: Outcome<T>): T {
  if (outcome.kind === 'error') throw new Error(outcome.message);
  return outcome.value;
}

/** What the file host did before the package reader: the whole workbook loaded into ExcelJS. */
async function excelJsWorkbook(bytes: Uint8Array, name: string): Promise<Workbook> {
  const workbook = new Workbook();
  if (name.endsWith('.csv')) {
    const sheet = workbook.addWorksheet('Accounts');
    parseCsv(decodeText(bytes)).rows.forEach((values, r) => {
      const row = sheet.getRow(r + 1);
      values.forEach((text, c) => {
        if (text !== '') row.getCell(c + 1).value = text;
      });
    });
  } else
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  return workbook;
}

/** The sheet view's first screen: what the preview draws once the file is open. */
function firstScreen(cell: (row: number, column: number) => unknown, columns: number): void {
  for (let r = 1; r <= 40; r++) for (let c = 1; c <= columns; c++) cell(r, c);
}

/** The rows read, or why the table was refused. */
async function read(mode: ReadMode, bytes: Uint8Array, name: string): Promise<number | string> {
  switch (mode) {
    case 'package': {
      const host = value(await FileWorkbookHost.fromBuffer(bytes, name));
      return value(await host.readTable()).table.rows.length;
    }
    case 'exceljs': {
      const book = new ExcelJsBook(await excelJsWorkbook(bytes, name));
      const read = readTable(book);
      // ExcelJS reads a table without headerRowCount (as Excel writes it) as headerless: today's
      // path refuses it after the load, which is what is timed then.
      return read.kind === 'ok' ? read.value.table.rows.length : `refused: ${read.message}`;
    }
    case 'preview': {
      // As the preview opens a file (src/preview/workbook-source.ts): the first sheet read once, for view and panel.
      const host = value(await FileWorkbookHost.fromBuffer(bytes, name, { forView: true }));
      await host.preload();
      const [sheet] = host.sheetNames();
      const view = host.sheetView(sheet);
      if (view === undefined) throw new Error('no sheet');
      const snapshot = packageSnapshot(view);
      firstScreen((r, c) => snapshot.cell(r, c), snapshot.columnCount);
      return value(await host.readTable()).table.rows.length;
    }
    case 'preview-exceljs': {
      const workbook = await excelJsWorkbook(bytes, name);
      const snapshot = snapshotOf(workbook.worksheets[0]);
      firstScreen((r, c) => snapshot.cell(r, c), snapshot.columnCount);
      const read = readTable(new ExcelJsBook(workbook));
      return read.kind === 'ok' ? read.value.table.rows.length : `refused: ${read.message}`;
    }
  }
}

async function run(): Promise<void> {
  const [mode, path] = process.argv.slice(2);
  const bytes = new Uint8Array(readFileSync(path));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const outcome = await read(mode as ReadMode, bytes, basename(path));
  const rows = typeof outcome === 'number' ? outcome : 0;
  const refused = typeof outcome === 'string' ? outcome : undefined;
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // CPU time beside wall time: on a shared machine the wall time also counts other processes' turns.
  const cpuMs = (used.user + used.system) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, peakMb, rows, refused })}\n`);
}

void run();
