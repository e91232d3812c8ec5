// Reading a file into the core's raw table (issue 7): .xlsx and CSV at 100,000 and 1,048,575 rows
// through the package reader, beside the ExcelJS load it replaced (where that finishes), and the
// preview opening a 200,000-row workbook (<= 3 s). Each read runs in a child process of its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadMode } from './fileread-child';
import { writeAccountsCsv, writeAccountsXlsx } from './files';
import type { BenchSection, Measurement } from './measure';

const CHILD = join(__dirname, 'fileread-child.js');
const FULL_SHEET = 1_048_575;

interface ChildResult {
  readonly ms: number;
  /** CPU time of the read: on a shared machine the wall time also counts other processes' turns. */
  readonly cpuMs: number;
  readonly peakMb: number;
  readonly rows: number;
  /** Why the table was refused after the file was loaded (today's ExcelJS path and Excel's tables). */
  readonly refused?: string;
}

function readInChild(mode: ReadMode, path: string, heapMb: number): ChildResult | string {
  try {
    const out = execFileSync(
      process.execPath,
      [`--max-old-space-size=${heapMb}`, CHILD, mode, path],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 20 },
    );
    return JSON.parse(out.trim().split('\n').pop() ?? '') as ChildResult;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    return /heap out of memory|Invalid string length|invalid size/i.test(stderr)
      ? 'out of memory'
      : `failed (${stderr.split('\n').find((l) => l.trim() !== '') ?? (error as Error).message})`;
  }
}

const seconds = (ms: number): number => Number((ms / 1000).toFixed(2));
const thousands = (n: number): string => n.toLocaleString('en-US');
const megabytes = (path: string): string => `${(statSync(path).size / 1e6).toFixed(1)} MB file`;

function measured(
  key: string,
  label: string,
  result: ChildResult,
  budgets: { s?: number; mb?: number },
  note: string,
): Measurement[] {
  return [
    {
      key: `${key}_s`,
      label,
      value: seconds(result.ms),
      unit: 's',
      ...(budgets.s !== undefined ? { budget: budgets.s } : {}),
      note: `${thousands(result.rows)} rows read, ${seconds(result.cpuMs)} s of CPU; ${note}`,
    },
    {
      key: `${key}_peak_mb`,
      label: `${label}, peak memory`,
      value: Math.round(result.peakMb),
      unit: 'MB',
      ...(budgets.mb !== undefined ? { budget: budgets.mb } : {}),
    },
  ];
}

/** Today's path beside the new one: its figures as a note, or why it gave none. */
function before(result: ChildResult | string): string {
  return typeof result === 'string'
    ? `the ExcelJS load it replaced: ${result}`
    : `the ExcelJS load it replaced: ${seconds(result.ms)} s, ${Math.round(result.peakMb)} MB${result.refused !== undefined ? ` (then ${result.refused.replace(/\.$/, '')})` : ''}`;
}

export function filereadSection(fullSheet = FULL_SHEET): BenchSection {
  return {
    name: 'fileread',
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'kam-fileread-'));
      const results: Measurement[] = [];
      try {
        for (const rows of [100_000, fullSheet]) {
          for (const format of ['xlsx', 'csv'] as const) {
            const path = join(dir, `accounts-${rows}.${format}`);
            await (format === 'xlsx'
              ? writeAccountsXlsx(path, rows)
              : writeAccountsCsv(path, rows));
            const ours = readInChild('package', path, 4096);
            if (typeof ours === 'string') throw new Error(`reading ${path}: ${ours}`);
            // ExcelJS at a full sheet runs for many minutes to fail: it is compared at 100,000 only.
            const old =
              rows <= 100_000
                ? readInChild('exceljs', path, 4096)
                : 'not run (it did not finish at a full sheet)';
            results.push(
              ...measured(
                `fileread_${format}_${rows >= FULL_SHEET ? 'full' : `${rows / 1000}k`}`,
                `read ${thousands(rows)} rows of ${format === 'xlsx' ? '.xlsx' : 'CSV'} into the raw table`,
                ours,
                {},
                `${megabytes(path)}; ${before(old)}`,
              ),
            );
            rmSync(path);
          }
        }
        const previewRows = 200_000;
        const path = join(dir, `accounts-${previewRows}.xlsx`);
        await writeAccountsXlsx(path, previewRows);
        const opened = readInChild('preview', path, 4096);
        if (typeof opened === 'string') throw new Error(`opening ${path}: ${opened}`);
        results.push(
          ...measured(
            'preview_open_200k',
            'preview: open a 200,000-row .xlsx (table read, first screen drawn)',
            opened,
            { s: 3 },
            `${megabytes(path)}; ${before(readInChild('preview-exceljs', path, 4096))}`,
          ),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      return results;
    },
  };
}
