// `kam sql`: prints the saved model as one SQL query for a warehouse engine (DESIGN 4.3).
import { z } from 'zod';
import { accountsSql, DEFAULT_SQL_TABLE, requireComplete, SQL_DIALECTS, summarySql } from '../core';
import { EXIT, exitCodeFor, type ExitCode } from './errors';
import { type Output, readModelFile } from './identify';
import { parseFlags } from './flags';

export const SQL_USAGE = `Usage: kam sql --model model.json --dialect duckdb|bigquery|snowflake|spark [options]

Prints the scoring model as one SQL query with the same numbers as the workbook: one row per
account of the table with its id column and kam_score, kam_rank, kam_tier, kam_coverage,
kam_revenue_share, kam_cumulative_share, kam_abc and kam_quadrant. docs/warehouse.md says how to
run it in each engine and what differs.

Options:
  --model FILE.json   the scoring model (it must name its idColumn and revenueColumn)
  --dialect NAME      duckdb, bigquery, snowflake or spark
  --table NAME        table to read (default: ${DEFAULT_SQL_TABLE}); dots separate qualifiers: project.dataset.table
  --order COLUMN      column giving the rows' order, for equal revenues' cumulative shares (default: the id column)
  --summary           print the query for the summary figures instead (top-20% share, accounts for 80%,
                      Gini, HHI, tier counts): one row per figure
  -h, --help          show this help`;

const sqlOptionsSchema = z.strictObject({
  model: z.string({ error: 'name the model file: --model model.json' }).min(1),
  dialect: z.enum(SQL_DIALECTS, { error: `--dialect is one of ${SQL_DIALECTS.join(', ')}` }),
  table: z.string().min(1, '--table needs a name').optional(),
  order: z.string().min(1, '--order needs a column name').optional(),
  summary: z.boolean(),
});

export async function runSqlCommand(argv: readonly string[], io: Output): Promise<ExitCode> {
  const flags = parseFlags(argv, ['model', 'dialect', 'table', 'order'], ['summary']);
  if (flags.kind === 'help') {
    io.out(SQL_USAGE);
    return EXIT.ok;
  }
  if (flags.kind === 'usage-error' || flags.positional.length > 0) {
    const message =
      flags.kind === 'usage-error' ? flags.message : `unexpected argument "${flags.positional[0]}"`;
    io.err(`kam sql: ${message}\nRun "kam sql --help" for the options.`);
    return EXIT.usage;
  }
  const parsed = sqlOptionsSchema.safeParse(flags.values);
  if (!parsed.success) {
    io.err(`kam sql: ${parsed.error.issues[0].message}\nRun "kam sql --help" for the options.`);
    return EXIT.usage;
  }
  const options = parsed.data;
  const file = await readModelFile(options.model);
  const model =
    file.kind === 'error'
      ? file
      : requireComplete(file.value, 'kam sql reads no data to suggest a method from');
  if (model.kind === 'error') {
    io.err(`kam: ${model.message}`);
    return exitCodeFor(model.code);
  }
  const sqlOptions = {
    dialect: options.dialect,
    table: options.table,
    ...(options.order !== undefined
      ? { orderColumn: options.order, carry: [model.value.idColumn ?? options.order] }
      : {}),
  };
  const sql = options.summary
    ? summarySql(model.value, sqlOptions)
    : accountsSql(model.value, sqlOptions);
  if (sql.kind === 'error') {
    io.err(`kam: ${options.model}: ${sql.message}`);
    return exitCodeFor(sql.code);
  }
  io.out(sql.value.trimEnd());
  return EXIT.ok;
}
