// An in-memory DuckDB for the SQL tests: load a table cell by cell (no SQL text in between), run a query.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export type TestCell = number | string | null;

export interface TestColumn {
  readonly name: string;
  readonly type: 'DOUBLE' | 'VARCHAR' | 'BIGINT';
}

export interface TestDatabase {
  readonly connection: DuckDBConnection;
  close(): void;
}

export async function openDatabase(): Promise<TestDatabase> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Written here by hand, apart from the generator's quoting, so a quoting bug cannot hide behind itself. */
const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** (Re)creates `table` and appends the rows through DuckDB's appender, so values arrive exactly. */
export async function loadTable(
  db: TestDatabase,
  table: string,
  columns: readonly TestColumn[],
  rows: readonly (readonly TestCell[])[],
): Promise<void> {
  await db.connection.run(`DROP TABLE IF EXISTS ${quoted(table)}`);
  await db.connection.run(
    `CREATE TABLE ${quoted(table)} (${columns.map((c) => `${quoted(c.name)} ${c.type}`).join(', ')})`,
  );
  const appender = await db.connection.createAppender(table);
  for (const row of rows) {
    columns.forEach((column, j) => {
      const cell = row[j];
      if (cell === null) appender.appendNull();
      else if (column.type === 'VARCHAR') appender.appendVarchar(String(cell));
      else if (column.type === 'BIGINT') appender.appendBigInt(BigInt(cell));
      else appender.appendDouble(Number(cell));
    });
    appender.endRow();
  }
  appender.closeSync();
}

export type ResultRow = Record<string, unknown>;

/** Runs a query and returns its rows as plain objects (BIGINT as number). */
export async function queryRows(db: TestDatabase, sql: string): Promise<ResultRow[]> {
  const reader = await db.connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => {
    const plain: ResultRow = {};
    for (const [key, value] of Object.entries(row))
      plain[key] = typeof value === 'bigint' ? Number(value) : value;
    return plain;
  });
}
