// Embedded DuckDB for files past a sheet: one in-memory database per run, spilling to a temporary folder, with progress.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { fail, type Outcome } from '../../core';

/** Progress of a long step: a fraction 0..1 and what is being done. */
export type EngineProgress = (fraction: number, label: string) => void;

export interface EngineDatabase {
  /** Runs a statement, reporting DuckDB's own progress while it runs. */
  run(sql: string, label: string, progress?: EngineProgress): Promise<Outcome<true>>;
  /** Runs a query and returns its rows as plain objects (BIGINT and HUGEINT as numbers). */
  rows(sql: string): Promise<Outcome<Record<string, unknown>[]>>;
  close(): Promise<void>;
}

/** How often DuckDB's progress is read while a statement runs. */
const PROGRESS_EVERY_MS = 250;

function failed(error: unknown): Outcome<never> {
  return fail('engine-failed', (error as Error).message);
}

/**
 * Opens an in-memory DuckDB whose spill files go to a fresh temporary folder (removed on close), never
 * to a ".tmp" folder in the user's working directory.
 */
export async function openEngine(): Promise<Outcome<EngineDatabase>> {
  const spill = await mkdtemp(join(tmpdir(), 'kam-duckdb-'));
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  try {
    instance = await DuckDBInstance.create(':memory:', { temp_directory: spill });
    connection = await instance.connect();
  } catch (error) {
    await rm(spill, { recursive: true, force: true });
    return fail('engine-failed', `DuckDB could not start (${(error as Error).message}).`);
  }
  return {
    kind: 'ok',
    value: {
      async run(sql, label, progress) {
        const timer =
          progress === undefined
            ? undefined
            : setInterval(() => {
                const { percentage } = connection.progress;
                if (percentage >= 0) progress(Math.min(percentage, 100) / 100, label);
              }, PROGRESS_EVERY_MS);
        try {
          await connection.run(sql);
          return { kind: 'ok', value: true };
        } catch (error) {
          return failed(error);
        } finally {
          if (timer !== undefined) clearInterval(timer);
        }
      },
      async rows(sql) {
        try {
          const reader = await connection.runAndReadAll(sql);
          return {
            kind: 'ok',
            value: reader.getRowObjectsJS().map((row) => {
              const plain: Record<string, unknown> = {};
              for (const [key, value] of Object.entries(row))
                plain[key] = typeof value === 'bigint' ? Number(value) : value;
              return plain;
            }),
          };
        } catch (error) {
          return failed(error);
        }
      },
      async close() {
        connection.closeSync();
        instance.closeSync();
        await rm(spill, { recursive: true, force: true });
      },
    },
  };
}
