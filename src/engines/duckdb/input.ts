// The input file as DuckDB reads it: its columns, a sample for column detection, and the view the query reads.
import {
  dialectRules,
  fail,
  type Model,
  type Outcome,
  type RawCell,
  type RawTable,
} from '../../core';
import type { EngineDatabase, EngineProgress } from './database';

export type FileFormat = 'csv' | 'parquet';

/** The view the generated query reads: the file's columns and kam__row, its row order. */
export const INPUT_VIEW = 'kam_rows';
export const ROW_COLUMN = 'kam__row';

/** Enough rows for column detection, which samples 200 cells per column spread over what it gets. */
const SAMPLE_ROWS = 10_000;

const duckdb = dialectRules('duckdb');
const text = (s: string): string => duckdb.stringLiteral(s);

export function formatOf(path: string): FileFormat | null {
  return /\.csv$/i.test(path) ? 'csv' : /\.parquet$/i.test(path) ? 'parquet' : null;
}

/** read_csv / read_parquet of the file; a CSV read all as text unless types are given. */
function reader(path: string, format: FileFormat, csvOptions = 'all_varchar = true'): string {
  return format === 'parquet'
    ? `read_parquet(${text(path)})`
    : `read_csv(${text(path)}, header = true, ${csvOptions})`;
}

export interface FileColumn {
  readonly name: string;
  readonly type: string;
}

function unreadable(path: string, message: string): Outcome<never> {
  return fail('unreadable-file', `Cannot read "${path}": ${message.split('\n')[0]}`);
}

export async function describeFile(
  db: EngineDatabase,
  path: string,
  format: FileFormat,
): Promise<Outcome<FileColumn[]>> {
  const described = await db.rows(`DESCRIBE SELECT * FROM ${reader(path, format)}`);
  if (described.kind === 'error') return unreadable(path, described.message);
  return {
    kind: 'ok',
    value: described.value.map((r) => ({
      name: String(r.column_name),
      type: String(r.column_type),
    })),
  };
}

function cellOf(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  return String(value);
}

/** The first rows as a table the core can detect columns in (CSV cells as text, as the file host reads them). */
export async function sampleTable(
  db: EngineDatabase,
  path: string,
  format: FileFormat,
  columns: readonly FileColumn[],
): Promise<Outcome<RawTable>> {
  const sample = await db.rows(`SELECT * FROM ${reader(path, format)} LIMIT ${SAMPLE_ROWS}`);
  if (sample.kind === 'error') return unreadable(path, sample.message);
  const names = columns.map((c) => c.name);
  return {
    kind: 'ok',
    value: {
      sheet: path,
      headerRow: 1,
      firstColumn: 1,
      headers: names,
      rows: sample.value.map((row) => names.map((name) => cellOf(row[name]))),
    },
  };
}

/** The columns a model reads as numbers: numeric criteria and revenue (labels stay text). */
export function numericColumns(model: Model): Set<string> {
  const numeric = new Set<string>([model.revenueColumn ?? '']);
  for (const c of model.criteria)
    if (c.normalize.method !== 'categorical' && c.normalize.method !== 'rating')
      numeric.add(c.column);
  return numeric;
}

const NUMERIC_TYPE =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL.*)$/;

/**
 * "CSV Error on Line: 12 ... converting column "ARR". Could not convert string "$12k" to 'DOUBLE'"
 * as a sentence: the engine reads numbers as numbers, so a cell a workbook would parse stops the run.
 */
function conversionProblem(path: string, message: string): Outcome<never> | null {
  const line = /Line: (\d+)/.exec(message)?.[1];
  const column = /converting column "([^"]*)"/.exec(message)?.[1];
  const value = /Could not convert string "([^"]*)"/.exec(message)?.[1];
  if (column === undefined) return null;
  return fail(
    'engine-column-type',
    `${path}${line !== undefined ? `, line ${line}` : ''}: column "${column}" holds "${value ?? '?'}", which is not a plain number. The DuckDB engine reads numbers as numbers (no currency signs, thousands separators or words): clean the column, or score a file of up to 1,048,576 rows with "kam identify" without --engine, which reads such cells.`,
  );
}

/**
 * Makes INPUT_VIEW over the file. A CSV is loaded into a table (its row order is then the table's
 * rowid), with the model's numeric columns read as doubles (decimal comma for ";"-separated files,
 * as the file host reads them); a Parquet file is read where it lies, its row number from the reader.
 */
export async function loadInput(
  db: EngineDatabase,
  path: string,
  format: FileFormat,
  columns: readonly FileColumn[],
  model: Model,
  progress?: EngineProgress,
): Promise<Outcome<true>> {
  const numeric = numericColumns(model);
  if (format === 'parquet') {
    const textual = columns.find((c) => numeric.has(c.name) && !NUMERIC_TYPE.test(c.type));
    if (textual !== undefined)
      return fail(
        'engine-column-type',
        `${path}: the model reads column "${textual.name}" as numbers, but the file stores it as ${textual.type}. Store it as a number type, or change the criterion's normalisation.`,
      );
    return db.run(
      `CREATE VIEW ${INPUT_VIEW} AS SELECT * EXCLUDE (file_row_number), file_row_number AS ${ROW_COLUMN} FROM read_parquet(${text(path)}, file_row_number = true)`,
      'Reading',
    );
  }
  const sniffed = await db.rows(`SELECT Delimiter AS delimiter FROM sniff_csv(${text(path)})`);
  if (sniffed.kind === 'error') return unreadable(path, sniffed.message);
  const decimalComma = sniffed.value[0]?.delimiter === ';';
  const types = columns
    .filter((c) => numeric.has(c.name))
    .map((c) => `${text(c.name)}: 'DOUBLE'`)
    .join(', ');
  const options = [
    ...(types === '' ? [] : [`types = {${types}}`]),
    ...(decimalComma ? ["decimal_separator = ','"] : []),
  ].join(', ');
  const loaded = await db.run(
    `CREATE TABLE kam_input AS SELECT * FROM ${reader(path, format, options || 'auto_detect = true')}`,
    'Reading',
    progress,
  );
  if (loaded.kind === 'error')
    return conversionProblem(path, loaded.message) ?? unreadable(path, loaded.message);
  return db.run(
    `CREATE VIEW ${INPUT_VIEW} AS SELECT *, rowid AS ${ROW_COLUMN} FROM kam_input`,
    'Reading',
  );
}
