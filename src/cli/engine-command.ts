// `kam identify FILE --engine duckdb`: CSV or Parquet files past a sheet's limits, scored by the model's SQL in DuckDB.
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import { type ModelFile, paretoStatement } from '../core';
import type * as DuckDbEngine from '../engines/duckdb/identify';
import type { EngineRun } from '../engines/duckdb/identify';
import { EXIT, exitCodeFor, type ExitCode } from './errors';
import { parseFlags, RUN_FLAGS } from './flags';
import { runOutputClash } from './paths';
import { writeReport } from './report-file';
import { type Output, readModelFile, standardOutput } from './identify';
import { createProgress, PROGRESS_MIN_ROWS } from './progress';
import { headlineLines } from './summary';

/**
 * The DuckDB engine, loaded when `--engine duckdb` asks for it: its native library loaded at every
 * start of `kam` cost 50 ms and 16 MB. (`import()` would do, but does not run under jest.)
 */
function duckDbEngine(): typeof DuckDbEngine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return require('../engines/duckdb/identify') as typeof DuckDbEngine;
}

export const ENGINE_USAGE = `Usage: kam identify <input.csv|input.parquet> --engine duckdb [options]

Scores a file past a sheet's limits (millions of accounts) with the model's SQL in embedded DuckDB:
the same numbers as the workbook. Writes the file's columns with the KAM result columns beside
them, as Parquet or CSV, and prints the summary.

Options:
  --engine duckdb     run in DuckDB (numbers must be plain numbers; labels are text)
  --model FILE.json   scoring model (default: detect the columns in the first rows and use a preset)
  --preset NAME       preset when no model is given: balanced (default), growth, relationship, revenue
  --out FILE          .parquet or .csv (default: <input>-kam with the input's extension)
  --json FILE | -     also write the summary figures as JSON (- for standard output)
  --quiet             print nothing but errors`;

const engineOptionsSchema = z.strictObject({
  ...RUN_FLAGS,
  input: z
    .string({ error: 'name the file to read, e.g. kam identify accounts.parquet --engine duckdb' })
    .regex(/\.(csv|parquet)$/i, 'with --engine duckdb the input is a .csv or .parquet file'),
  engine: z.literal('duckdb', { error: 'the only engine is duckdb' }),
  out: z
    .string()
    .regex(/\.(csv|parquet)$/i, 'with --engine duckdb, --out ends in .parquet or .csv')
    .optional(),
});

type EngineOptions = z.infer<typeof engineOptionsSchema>;

/** Whether `kam identify` was asked to run in an engine (then this file handles it). */
export function wantsEngine(argv: readonly string[]): boolean {
  return argv.some((a) => a === '--engine' || a.startsWith('--engine='));
}

function defaultOutput(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}-kam${ext.toLowerCase()}`);
}

function parseEngineArgs(argv: readonly string[]): EngineOptions | { usage: string } | 'help' {
  const flags = parseFlags(argv, ['engine', 'model', 'preset', 'out', 'json'], ['quiet']);
  if (flags.kind === 'help') return 'help';
  if (flags.kind === 'usage-error') return { usage: flags.message };
  if (flags.positional.length > 1) return { usage: `unexpected argument "${flags.positional[1]}"` };
  const parsed = engineOptionsSchema.safeParse({ ...flags.values, input: flags.positional[0] });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where =
    issue.path[0] !== undefined && issue.path[0] !== 'input' ? `--${String(issue.path[0])}: ` : '';
  return { usage: `${where}${issue.message}` };
}

/** The figures as the JSON report of an engine run (the accounts are in the results file). */
function engineReport(run: EngineRun, input: string, output: string) {
  const f = run.figures.figures;
  return {
    model: run.model,
    source: { file: input, rows: f.accounts ?? 0 },
    results: output,
    concentration: {
      accounts: f.revenue_accounts ?? 0,
      totalRevenue: f.total_revenue ?? 0,
      top20Share: f.top20_share,
      accountsFor80: f.accounts_for_80 ?? 0,
      accountsFor80Share: f.accounts_for_80_share,
      gini: f.gini,
      hhi: f.hhi,
      paretoStatement: paretoStatement({
        accounts: f.revenue_accounts ?? 0,
        totalRevenue: f.total_revenue ?? 0,
        accountsFor80Share: f.accounts_for_80_share ?? NaN,
      }),
    },
    tiers: Object.fromEntries(run.figures.tiers.map((t) => [t.name, t.accounts])),
    notEnoughData: f.not_enough_data ?? 0,
    negativeRevenue: f.negative_revenue ?? 0,
  };
}

function summary(
  run: EngineRun,
  report: ReturnType<typeof engineReport>,
  output: string,
): string[] {
  const c = report.concentration;
  const lines = headlineLines({
    accounts: report.source.rows,
    tiers: run.figures.tiers,
    keyRevenueShare: run.figures.tiers[0]?.revenueShare ?? null,
    paretoStatement: c.paretoStatement,
    top20Share: c.top20Share,
    gini: c.gini,
    hhi: c.hhi,
    notEnoughData: report.notEnoughData,
    minCoverage: run.model.minCoverage,
  });
  if (report.negativeRevenue > 0)
    lines.push(
      `${report.negativeRevenue} account${report.negativeRevenue === 1 ? ' has' : 's have'} negative revenue, counted as 0 for concentration.`,
    );
  if (run.detected)
    lines.push(
      `Model "${run.model.name}" over columns detected in the first rows (account: ${run.model.idColumn ?? 'none'}, revenue: ${run.model.revenueColumn}). Save a model and pass --model to choose them yourself.`,
    );
  lines.push(`Written to ${output}`);
  return lines;
}

export async function runEngineCommand(argv: readonly string[], io: Output): Promise<ExitCode> {
  const options = parseEngineArgs(argv);
  if (options === 'help') {
    io.out(ENGINE_USAGE);
    return EXIT.ok;
  }
  if ('usage' in options) {
    io.err(`kam: ${options.usage}\nRun "kam identify --engine duckdb --help" for the options.`);
    return EXIT.usage;
  }
  const output = options.out ?? defaultOutput(options.input);
  const clash =
    options.model !== undefined && options.preset !== undefined
      ? 'give either --model or --preset, not both.'
      : await runOutputClash(options, output, 'the output (<input>-kam)');
  if (clash !== null) {
    io.err(`kam: ${clash}`);
    return EXIT.usage;
  }
  let model: ModelFile | undefined;
  if (options.model !== undefined) {
    const read = await readModelFile(options.model);
    if (read.kind === 'error') {
      io.err(`kam: ${read.message}`);
      return exitCodeFor(read.code);
    }
    model = read.value;
  }
  const progress = createProgress(options.quiet ? 0 : PROGRESS_MIN_ROWS);
  const run = await duckDbEngine().identifyWithDuckDb({
    input: options.input,
    output,
    model,
    preset: options.preset,
    progress: (fraction, label) => progress.update(fraction, label),
  });
  progress.stop();
  if (run.kind === 'error') {
    io.err(`kam: ${run.message}`);
    return exitCodeFor(run.code);
  }
  const report = engineReport(run.value, options.input, output);
  if (options.json !== undefined) {
    const written = await writeReport(
      options.json,
      [JSON.stringify(report, null, 2)],
      standardOutput(io),
    );
    if (written.kind === 'error') {
      io.err(`kam: ${written.message}`);
      return exitCodeFor(written.code);
    }
  }
  if (!options.quiet) {
    const say = options.json === '-' ? io.err : io.out;
    for (const line of summary(run.value, report, output)) say(line);
  }
  return EXIT.ok;
}
