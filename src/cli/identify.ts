// `kam identify`: read a workbook, identify key accounts, write the tiered copy and the report.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type ErrorCode,
  mergeFilters,
  parseModelJson,
  type ModelFile,
  type Outcome,
  type RowFilter,
  reportJsonPieces,
  reportWithoutAccounts,
  type RunSnapshot,
} from '../core';
import { describeOutput } from '../hosts/describe-output';
import { identifyAndWrite } from '../hosts/identify-and-write';
import { openWorkbookFile, saveWorkbookFile } from '../hosts/file/node';
import { EXIT, exitCodeFor, type ExitCode } from './errors';
import type { CliOptions } from './options';
import { runOutputClash } from './paths';
import { createProgress } from './progress';
import { writeReport } from './report-file';
import { summaryLines } from './summary';
import { previousRun } from './compare';

export interface Output {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /**
   * Standard output as a stream of pieces, for a report too large for one string. Callers in the
   * same process (tests) may leave it out: they get the report as one `out` line.
   */
  readonly pieces?: (pieces: Iterable<string>) => Promise<void>;
}

export function standardOutput(io: Output): (pieces: Iterable<string>) => Promise<void> {
  return (
    io.pieces ??
    (async (pieces) => {
      io.out([...pieces].join('').replace(/\n$/, ''));
    })
  );
}

/** Default output path: beside the input, "<name>-kam.xlsx". */
export function defaultOutputPath(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-kam.xlsx`);
}

export async function readModelFile(path: string): Promise<Outcome<ModelFile>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return {
      kind: 'error',
      code: 'model-unreadable',
      message: `Cannot read the model file "${path}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
    };
  }
  const model = parseModelJson(text);
  return model.kind === 'error' ? { ...model, message: `${path}: ${model.message}` } : model;
}

/**
 * The "How the numbers are computed" page shipped in the package's assets, for the summary sheet: a
 * file address on this machine (this module runs from src/cli under the tests, dist/src/cli built).
 */
function methodologyFileUrl(): string | undefined {
  for (const up of ['../..', '../../..']) {
    const page = resolve(__dirname, up, 'assets', 'methodology.html');
    if (existsSync(page)) return pathToFileURL(page).href;
  }
  return undefined;
}

/** The --where conditions as one row filter: every one must hold (two on one column: both). */
function whereFilter(where: CliOptions['where']): RowFilter | undefined {
  let filter: RowFilter | undefined;
  for (const w of where ?? []) filter = mergeFilters(filter, { [w.column]: w.values });
  return filter;
}

/** The files a run of `kam identify` reads: none of them may be written. */
function fail(io: Output, outcome: { code: ErrorCode; message: string }): ExitCode {
  io.err(`kam: ${outcome.message}`);
  return exitCodeFor(outcome.code);
}

export async function runIdentify(options: CliOptions, io: Output): Promise<ExitCode> {
  const outputPath = options.out ?? defaultOutputPath(options.input);
  const clash = await runOutputClash(options, outputPath, 'the output (<input>-kam.xlsx)');
  if (clash !== null) {
    io.err(`kam: ${clash}`);
    return EXIT.usage;
  }
  if (options.model !== undefined && options.preset !== undefined) {
    io.err('kam: give either --model or --preset, not both.');
    return EXIT.usage;
  }

  let model: ModelFile | undefined;
  if (options.model !== undefined) {
    const read = await readModelFile(options.model);
    if (read.kind === 'error') return fail(io, read);
    model = read.value;
  }

  let compareWith: RunSnapshot | undefined;
  if (options.compare !== undefined) {
    const previous = await previousRun(options.compare);
    if (previous.kind === 'error') return fail(io, previous);
    compareWith = previous.value;
  }

  const opened = await openWorkbookFile(options.input);
  if (opened.kind === 'error') return fail(io, opened);
  const host = opened.value;

  // The bar is sized once the table is known; until then nothing is drawn.
  let progress = createProgress(0);
  const identified = await identifyAndWrite(
    host,
    {
      source: { sheet: options.sheet, table: options.table },
      model,
      preset: options.preset,
      filter: whereFilter(options.where),
      ...(compareWith === undefined ? {} : { compareWith }),
      links: { methodologyUrl: methodologyFileUrl() },
    },
    (fraction, label) => {
      if (fraction > 0 && fraction < 1) progress.update(fraction, label);
    },
  );
  if (identified.kind === 'error') {
    progress.stop();
    return fail(io, identified);
  }
  progress.stop();
  progress = createProgress(identified.value.result.ids.length);
  progress.update(0, 'Saving');
  const saved = await mkdir(dirname(resolve(outputPath)), { recursive: true }).then(
    () =>
      saveWorkbookFile(host, outputPath, {
        onProgress: (fraction) => progress.update(fraction, 'Saving'),
      }),
    (error: Error): Outcome<never> => ({
      kind: 'error',
      code: 'write-failed',
      message: `Cannot create the folder for "${outputPath}" (${error.message}).`,
    }),
  );
  progress.stop();
  if (saved.kind === 'error') return fail(io, { ...saved, code: 'write-failed' });
  const notes = [...host.openNotes, ...identified.value.notes, ...saved.value.notes];

  const { result, date } = identified.value;
  const report = reportWithoutAccounts(result, date);
  if (options.json !== undefined) {
    const written = await writeReport(
      options.json,
      reportJsonPieces(result, date),
      standardOutput(io),
    );
    if (written.kind === 'error') return fail(io, written);
  }
  if (!options.quiet) {
    // With --json - the report owns standard output, so the summary goes to standard error.
    const say = options.json === '-' ? io.err : io.out;
    for (const line of summaryLines(result, report, outputPath)) say(line);
    // CSV output holds the data sheet alone (a note says so); an .xlsx has the summary sheet too.
    if (extname(outputPath).toLowerCase() === '.xlsx') {
      const capabilities = host.capabilities();
      say(
        describeOutput(report.source.sheet, capabilities.kind === 'ok' ? capabilities.value : null),
      );
    }
    // What the file format could not carry (charts, dropped pivot tables...), said once each.
    for (const note of new Set(notes)) say(`Note: ${note}`);
  }
  return EXIT.ok;
}
