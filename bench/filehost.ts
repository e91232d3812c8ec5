// The whole CLI at scale (DESIGN 6, issue 7): `kam identify` on 100,000 and 1,048,575 accounts, csv -> xlsx,
// xlsx -> xlsx and csv -> csv, each run in its own process, timed with its peak memory (/usr/bin/time).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, parseCsv } from '../src/hosts/file';
import { writeXlsx } from '../src/hosts/file/xlsx-write';
import { nodeCodec } from '../src/hosts/file/node';
import { makePortfolio, SEVEN_CRITERIA } from './data';
import { model, writeCsv } from './duckdb';
import type { BenchSection, Measurement } from './measure';

/** A full Excel sheet: a header row and 1,048,575 accounts. */
export const FULL_SHEET_ACCOUNTS = 1_048_575;

interface Run {
  readonly seconds: number;
  readonly peakMb: number;
}

const CLI = join(__dirname, '..', 'src', 'cli', 'main.js');

/** Runs `kam identify` in a child process under /usr/bin/time -v: wall time and maximum resident set. */
function runCli(args: readonly string[], reportPath: string): Run {
  const started = performance.now();
  const script = `require(${JSON.stringify(CLI)}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; })`;
  try {
    execFileSync(
      '/usr/bin/time',
      [
        '-v',
        '-o',
        reportPath,
        process.execPath,
        '--max-old-space-size=4096',
        '-e',
        script,
        ...args,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 },
    );
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '');
    throw new Error(`kam ${args.join(' ')} failed:\n${stderr.slice(-2000)}`, { cause: error });
  }
  const seconds = (performance.now() - started) / 1000;
  const report = readFileSync(reportPath, 'utf8');
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  return { seconds, peakMb: rss === null ? NaN : Number(rss[1]) / 1024 };
}

/** An .xlsx of the CSV's accounts with no results yet, written by the package writer (no plan). */
function plainXlsx(csvPath: string, xlsxPath: string): void {
  const chunks: Uint8Array[] = [];
  const text = decodeText(readFileSync(csvPath));
  const written = writeXlsx(
    {
      kind: 'csv',
      sheetName: 'Accounts',
      rows: () => parseCsv(text, ',').rows,
      decimalComma: false,
    },
    { changes: [], state: new Map() },
    (chunk) => chunks.push(chunk.slice()),
    nodeCodec,
  );
  if (written.kind === 'error') throw new Error(written.message);
  writeFileSync(xlsxPath, Buffer.concat(chunks));
}

const BUDGETS: Readonly<Record<number, Record<string, { s: number; mb: number }>>> = {
  100_000: {
    'csv -> xlsx': { s: 2.5, mb: 300 },
    'xlsx -> xlsx': { s: 3, mb: 300 },
    'csv -> csv': { s: 2, mb: 250 },
  },
  [FULL_SHEET_ACCOUNTS]: {
    'csv -> xlsx': { s: 25, mb: 1024 },
    'xlsx -> xlsx': { s: 25, mb: 1024 },
    'csv -> csv': { s: 12, mb: 800 },
  },
};

/** Today's ExcelJS round trip as measured in issue 7 (the write path it used is gone, so it cannot run beside). */
const EXCELJS_100K: Readonly<Record<string, string>> = {
  'csv -> xlsx': 'ExcelJS round trip (issue 7): 14 s, 2.3 GB',
  'xlsx -> xlsx': 'ExcelJS round trip (issue 7): 17 s, 2.6 GB',
};

export function fileHostSection(sizes: readonly number[]): BenchSection {
  return {
    name: 'filehost',
    async run() {
      if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:node first.`);
      const dir = mkdtempSync(join(tmpdir(), 'kam-filehost-'));
      const measured: Measurement[] = [];
      try {
        writeFileSync(join(dir, 'model.json'), JSON.stringify(model()));
        for (const n of sizes) {
          const csv = join(dir, `accounts-${n}.csv`);
          const xlsx = join(dir, `accounts-${n}.xlsx`);
          await writeCsv(csv, makePortfolio(n, SEVEN_CRITERIA, 11));
          measured.push(...runSize(n, dir, csv, xlsx));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      return measured;
    },
  };
}

function runSize(n: number, dir: string, csv: string, xlsx: string): Measurement[] {
  plainXlsx(csv, xlsx);
  const modelFile = join(dir, 'model.json');
  const cases: [string, string, string][] = [
    ['csv -> xlsx', csv, join(dir, `out-${n}-csv.xlsx`)],
    ['xlsx -> xlsx', xlsx, join(dir, `out-${n}-xlsx.xlsx`)],
    ['csv -> csv', csv, join(dir, `out-${n}.csv`)],
  ];
  const rows = n.toLocaleString('en-US');
  return cases.flatMap(([name, input, output]) => {
    const args = ['identify', input, '--model', modelFile, '--out', output, '--quiet'];
    const run = runCli(args, join(dir, 'time.txt'));
    const budget = BUDGETS[n]?.[name];
    const key = `cli_${name.replace(/ -> /, '_to_')}_${n}`;
    const baseline = n === 100_000 ? EXCELJS_100K[name] : undefined;
    return [
      {
        key: `${key}_s`,
        label: `kam identify ${name}, ${rows} accounts`,
        value: Number(run.seconds.toFixed(2)),
        unit: 's' as const,
        ...(budget === undefined ? {} : { budget: budget.s }),
        ...(baseline === undefined ? {} : { note: baseline }),
      },
      {
        key: `${key}_mb`,
        label: `kam identify ${name}, ${rows} accounts, peak memory`,
        value: Math.round(run.peakMb),
        unit: 'MB' as const,
        ...(budget === undefined ? {} : { budget: budget.mb }),
      },
    ];
  });
}
