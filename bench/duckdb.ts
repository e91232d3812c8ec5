// The DuckDB engine at scale (DESIGN 6: 2,000,000 accounts from CSV <= 20 s; 10,000,000 from Parquet
// reported): files made with the portfolio generator in a temporary folder, each run in a child process.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  abcLetter,
  DEFAULT_ABC,
  DEFAULT_MIN_COVERAGE,
  DEFAULT_TIERS,
  lacksData,
  NOT_ENOUGH_DATA,
  type PreparedInput,
  quadrantName,
  runPipeline,
} from '../src/core';
import { makePortfolio, SEVEN_CRITERIA } from './data';
import type { BenchSection, Measurement } from './measure';

const COLUMNS = [
  'ARR',
  'Revenue potential',
  'Product fit',
  'Relationship',
  'Credit rating',
  'Shared vision',
  'Cost to serve',
];
const LADDER = 'AAA AA+ AA AA- A+ A A- BBB+ BBB BBB- BB+ BB BB- B+ B B- CCC+ CCC CCC- CC C D'.split(
  ' ',
);

/** The generator's values as a CRM export writes them: ratings as words and grades, gaps as empty cells. */
const CELL: readonly ((v: number) => string)[] = [
  String,
  String,
  String,
  (v) => ['Low', 'Medium', 'High'][v * 2],
  (v) => LADDER[21 - Math.round(v * 21)],
  (v) => (v === 1 ? 'Yes' : 'No'),
  String,
];

/** The bench's model as a model file: the seven criteria over the CSV's columns. */
export function model(): object {
  return {
    version: 1,
    name: 'Bench',
    idColumn: 'Account',
    revenueColumn: 'ARR',
    criteria: SEVEN_CRITERIA.map((c, k) => ({
      id: c.id,
      column: COLUMNS[k],
      weight: c.weight,
      direction: c.lower ? 'lower' : 'higher',
      normalize: c.normalize,
    })),
  };
}

/** The portfolio as a CRM-style CSV (the input of the DuckDB and file-host runs). */
export async function writeCsv(path: string, input: PreparedInput): Promise<void> {
  const out = createWriteStream(path);
  const n = input.revenue.length;
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  await write(`Account,${COLUMNS.map((c) => `"${c}"`).join(',')}\n`);
  for (let start = 0; start < n; start += 50_000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(n, start + 50_000); i++) {
      const cells = input.criteria.map((c, k) => {
        const v = c.values[i];
        return v === v ? CELL[k](v) : '';
      });
      lines.push(`Account ${i},${cells.join(',')}`);
    }
    await write(lines.join('\n') + '\n');
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

async function toParquet(csv: string, parquet: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`COPY (SELECT * FROM read_csv('${csv}')) TO '${parquet}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
}

interface ChildRun {
  readonly ms: number;
  readonly peakMb: number;
}

function runChild(input: string, output: string, modelPath: string): ChildRun {
  const stdout = execFileSync(
    process.execPath,
    [join(__dirname, 'duckdb-child.js'), input, output, modelPath],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildRun;
}

function medianRun(runs: ChildRun[]): ChildRun {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return sorted[sorted.length >> 1];
}

/** Every result field of every account, engine against the core pipeline on the same values, to 1e-9. */
async function mismatches(
  input: PreparedInput,
  results: string,
): Promise<{ fields: number; wrong: number }> {
  const core = runPipeline(input, {
    missing: 'reweight',
    tiers: DEFAULT_TIERS,
    abc: DEFAULT_ABC,
    minCoverage: DEFAULT_MIN_COVERAGE,
  });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(
    `SELECT kam_score, kam_rank, kam_tier, kam_coverage, kam_revenue_share, kam_cumulative_share, kam_abc, kam_quadrant FROM read_parquet('${results}')`,
  );
  const [score, rank, tier, coverage, share, cumulative, abc, quadrant] = reader.getColumnsJS();
  connection.closeSync();
  instance.closeSync();
  const c = core.concentration;
  const near = (a: unknown, b: number) =>
    b === b ? typeof a === 'number' && Math.abs(a - b) <= 1e-9 : a === null;
  let wrong = 0;
  const n = input.revenue.length;
  for (let i = 0; i < n; i++) {
    const tierName =
      core.tiers.tierIndex[i] < core.tiers.names.length
        ? core.tiers.names[core.tiers.tierIndex[i]]
        : lacksData(core, i)
          ? NOT_ENOUGH_DATA
          : null;
    if (!near(score[i], core.scores[i])) wrong++;
    if (Number(rank[i] ?? 0) !== core.ranks[i]) wrong++;
    if ((tier[i] ?? null) !== tierName) wrong++;
    if (!near(coverage[i], core.coverage[i])) wrong++;
    if (!near(share[i], c.revenueShare[i])) wrong++;
    if (!near(cumulative[i], c.cumulativeShare[i])) wrong++;
    if ((abc[i] ?? null) !== abcLetter(c.abc[i])) wrong++;
    if ((quadrant[i] ?? null) !== quadrantName(core.quadrant[i])) wrong++;
  }
  return { fields: n * 8, wrong };
}

const mb = (path: string) => Math.round(statSync(path).size / 1e6);

export function duckdbSection(smallRows: number, largeRows: number): BenchSection {
  return {
    name: 'duckdb',
    async run(): Promise<Measurement[]> {
      const dir = mkdtempSync(join(tmpdir(), 'kam-bench-duckdb-'));
      try {
        const modelPath = join(dir, 'model.json');
        writeFileSync(modelPath, JSON.stringify(model()));
        const small = makePortfolio(smallRows, SEVEN_CRITERIA);
        const csv = join(dir, 'accounts.csv');
        await writeCsv(csv, small);
        const results = join(dir, 'results.parquet');
        const csvRun = medianRun([1, 2, 3].map(() => runChild(csv, results, modelPath)));
        const agreement = await mismatches(small, results);

        const large = makePortfolio(largeRows, SEVEN_CRITERIA, 43);
        const largeCsv = join(dir, 'large.csv');
        await writeCsv(largeCsv, large);
        const parquet = join(dir, 'large.parquet');
        await toParquet(largeCsv, parquet);
        rmSync(largeCsv);
        const parquetRun = runChild(parquet, join(dir, 'large-results.parquet'), modelPath);
        const rows = (x: number) => x.toLocaleString('en-US');
        return [
          {
            key: 'duckdb_csv_s',
            label: `DuckDB engine, ${rows(smallRows)} accounts x 7 criteria from CSV (${mb(csv)} MB) to Parquet`,
            value: Number((csvRun.ms / 1000).toFixed(2)),
            unit: 's',
            budget: 20,
            note: `median of 3 runs, each in its own process; peak memory ${Math.round(csvRun.peakMb)} MB`,
          },
          {
            key: 'duckdb_csv_peak_mb',
            label: `DuckDB engine, ${rows(smallRows)} accounts from CSV: peak memory`,
            value: Math.round(csvRun.peakMb),
            unit: 'MB',
          },
          {
            key: 'duckdb_mismatches',
            label: `DuckDB results against the core, ${rows(smallRows)} accounts x 8 fields (${rows(agreement.fields)})`,
            value: agreement.wrong,
            unit: '',
            budget: 0,
          },
          {
            key: 'duckdb_parquet_s',
            label: `DuckDB engine, ${rows(largeRows)} accounts x 7 criteria from Parquet (${mb(parquet)} MB) to Parquet`,
            value: Number((parquetRun.ms / 1000).toFixed(2)),
            unit: 's',
            note: `peak memory ${Math.round(parquetRun.peakMb)} MB`,
          },
          {
            key: 'duckdb_parquet_peak_mb',
            label: `DuckDB engine, ${rows(largeRows)} accounts from Parquet: peak memory`,
            value: Math.round(parquetRun.peakMb),
            unit: 'MB',
          },
        ];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
