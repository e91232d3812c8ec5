// `kam identify --engine duckdb`: the model's SQL run in embedded DuckDB over a CSV or Parquet file, results written beside the data.
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  DEFAULT_PRESET,
  detectColumns,
  dialectRules,
  fail,
  findColumn,
  findPreset,
  headerKey,
  completeModel,
  type Model,
  type ModelFile,
  modelFromPreset,
  type Outcome,
  PRESETS,
  type RawTable,
  SQL_RESULT_COLUMNS,
  stagedSql,
  type SummaryFigures,
  summaryFiguresOf,
} from '../../core';
import { type EngineDatabase, type EngineProgress, openEngine } from './database';
import { formulaSafeText } from './csv-output';
import {
  describeFile,
  type FileColumn,
  type FileFormat,
  formatOf,
  INPUT_VIEW,
  loadInput,
  ROW_COLUMN,
  sampleTable,
} from './input';

export interface EngineRequest {
  readonly input: string;
  /** .csv or .parquet. */
  readonly output: string;
  /** A model file; a criterion without `normalize` gets the method the first rows' values suggest. */
  readonly model?: ModelFile;
  /** Used without a model, over the columns detected in the first rows (default: Balanced). */
  readonly preset?: string;
  readonly progress?: EngineProgress;
}

export interface EngineRun {
  /** The model as run, its columns named as the file names them. */
  readonly model: Model;
  readonly figures: SummaryFigures;
  /** Whether the model (or its account or revenue column) came from column detection on the first rows. */
  readonly detected: boolean;
}

const duckdb = dialectRules('duckdb');
const RESULTS_TABLE = 'kam_results';

/** The model the request asks for: the given one, its missing account/revenue column detected, or a preset's. */
function resolveModel(
  request: EngineRequest,
  sample: RawTable,
): Outcome<{ model: Model; detected: boolean }> {
  const file = request.model;
  const completed = file === undefined ? undefined : completeModel(file, sample);
  if (completed?.kind === 'error') return completed;
  const given = completed?.value;
  if (given !== undefined && given.idColumn !== undefined && given.revenueColumn !== undefined)
    return { kind: 'ok', value: { model: given, detected: false } };
  const detection = detectColumns(sample);
  if (given !== undefined) {
    const revenueColumn = given.revenueColumn ?? detection.revenue?.header;
    if (revenueColumn === undefined)
      return fail(
        'no-revenue-column',
        `No revenue column was found in "${sample.sheet}" (looked for Revenue, ARR, Sales, Turnover, Bookings). Name it in the model ("revenueColumn").`,
      );
    const idColumn = given.idColumn ?? detection.id?.header;
    return { kind: 'ok', value: { model: { ...given, idColumn, revenueColumn }, detected: true } };
  }
  const name = request.preset ?? DEFAULT_PRESET;
  const preset = findPreset(name);
  if (preset === undefined)
    return fail(
      'unknown-preset',
      `There is no preset called "${name}". Presets: ${PRESETS.map((p) => p.name).join(', ')}.`,
    );
  const built = modelFromPreset(preset, detection, sample);
  return built.kind === 'error'
    ? built
    : { kind: 'ok', value: { model: built.value.model, detected: true } };
}

/** Every column the model names, as the file names it (headers match case- and space-insensitively). */
function onFileColumns(model: Model, columns: readonly FileColumn[], path: string): Outcome<Model> {
  const names = columns.map((c) => c.name);
  const missing: string[] = [];
  const resolve = (name: string): string => {
    const index = findColumn(names, name);
    if (index < 0) missing.push(name);
    return index < 0 ? name : names[index];
  };
  const resolved: Model = {
    ...model,
    idColumn: model.idColumn === undefined ? undefined : resolve(model.idColumn),
    revenueColumn: model.revenueColumn === undefined ? undefined : resolve(model.revenueColumn),
    criteria: model.criteria.map((c) => ({ ...c, column: resolve(c.column) })),
  };
  if (missing.length === 0) return { kind: 'ok', value: resolved };
  return fail(
    'model-column-missing',
    `The model reads the column "${missing[0]}", which is not in "${path}" (its columns: ${names.map((n) => `"${n}"`).join(', ')}).`,
  );
}

/**
 * The file's columns beside the results, in the file's row order. An earlier run's result columns
 * (kam_score ...) are left out: a re-run replaces them. In CSV output, text that a spreadsheet would
 * run as a formula is escaped, as the file host escapes it.
 */
function resultsSelect(
  columns: readonly FileColumn[],
  resultColumns: readonly string[],
  format: FileFormat,
): string {
  const ours = new Set<string>(SQL_RESULT_COLUMNS.map(headerKey));
  const inputs = columns
    .filter((c) => !ours.has(headerKey(c.name)))
    .map((c) => {
      const name = `src.${duckdb.quoteIdentifier(c.name)}`;
      return format === 'csv' && c.type === 'VARCHAR'
        ? `${formulaSafeText(name)} AS ${duckdb.quoteIdentifier(c.name)}`
        : name;
    });
  return `SELECT ${[...inputs, ...resultColumns].join(', ')} FROM ${INPUT_VIEW} src JOIN ${RESULTS_TABLE} r ON r.kam__carry0 = src.${ROW_COLUMN} ORDER BY src.${ROW_COLUMN}`;
}

/** Scales DuckDB's progress of one step into the run's overall progress. */
function stage(
  progress: EngineProgress | undefined,
  from: number,
  to: number,
): EngineProgress | undefined {
  return progress === undefined
    ? undefined
    : (fraction, label) => progress(from + (to - from) * fraction, label);
}

async function identifyIn(db: EngineDatabase, request: EngineRequest): Promise<Outcome<EngineRun>> {
  const { input, output, progress } = request;
  const inFormat = formatOf(input);
  const outFormat = formatOf(output);
  if (inFormat === null || outFormat === null)
    return fail('unsupported-file', 'The DuckDB engine reads and writes .csv and .parquet files.');
  const columns = await describeFile(db, input, inFormat);
  if (columns.kind === 'error') return columns;
  const sample = await sampleTable(db, input, inFormat, columns.value);
  if (sample.kind === 'error') return sample;
  if (sample.value.rows.length === 0)
    return fail('empty-table', `"${input}" has a header row but no accounts below it.`);
  const chosen = resolveModel(request, sample.value);
  if (chosen.kind === 'error') return chosen;
  const model = onFileColumns(chosen.value.model, columns.value, input);
  if (model.kind === 'error') return model;

  const loaded = await loadInput(
    db,
    input,
    inFormat,
    columns.value,
    model.value,
    stage(progress, 0, 0.3),
  );
  if (loaded.kind === 'error') return loaded;
  const sql = stagedSql(
    model.value,
    { dialect: 'duckdb', table: INPUT_VIEW, orderColumn: ROW_COLUMN, carry: [ROW_COLUMN] },
    RESULTS_TABLE,
  );
  if (sql.kind === 'error') return sql;
  const scored = await db.run(sql.value.createTable, 'Scoring', stage(progress, 0.3, 0.7));
  if (scored.kind === 'error') return scored;

  const loadedColumns = await db.rows(
    `DESCRIBE SELECT * EXCLUDE (${ROW_COLUMN}) FROM ${INPUT_VIEW}`,
  );
  if (loadedColumns.kind === 'error') return loadedColumns;
  const outputColumns = loadedColumns.value.map((r) => ({
    name: String(r.column_name),
    type: String(r.column_type),
  }));
  // Written to a temporary name beside the output and renamed: a failed run leaves no half file.
  const temporary = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  const format = outFormat === 'parquet' ? '(FORMAT parquet)' : '(FORMAT csv, HEADER true)';
  const copied = await db.run(
    `COPY (${resultsSelect(outputColumns, sql.value.resultColumns, outFormat)}) TO ${duckdb.stringLiteral(temporary)} ${format}`,
    'Writing',
    stage(progress, 0.7, 0.97),
  );
  if (copied.kind === 'error') {
    await rm(temporary, { force: true });
    return fail('write-failed', `Cannot write "${output}" (${copied.message.split('\n')[0]}).`);
  }
  try {
    await rename(temporary, output);
  } catch (error) {
    await rm(temporary, { force: true });
    return fail('write-failed', `Cannot write "${output}" (${(error as Error).message}).`);
  }
  const rows = await db.rows(sql.value.summary);
  if (rows.kind === 'error') return rows;
  return {
    kind: 'ok',
    value: {
      model: model.value,
      figures: summaryFiguresOf(rows.value, model.value),
      detected: chosen.value.detected,
    },
  };
}

/** Runs the model over a file in embedded DuckDB; the database and its spill folder are gone afterwards. */
export async function identifyWithDuckDb(request: EngineRequest): Promise<Outcome<EngineRun>> {
  const opened = await openEngine();
  if (opened.kind === 'error') return opened;
  try {
    return await identifyIn(opened.value, request);
  } finally {
    await opened.value.close();
  }
}
