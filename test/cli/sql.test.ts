// `kam sql`: the model printed as SQL per dialect, refusals as sentences with exit codes, and the DuckDB query run as printed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/errors';
import { kam } from '../support/kam-cli';
import { loadTable, openDatabase, queryRows } from '../sql/support/duckdb';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kam-sql-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function modelFile(name: string, model: Record<string, unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(model));
  return path;
}

const MODEL = {
  version: 1,
  idColumn: 'Account',
  revenueColumn: 'ARR',
  criteria: [
    { id: 'arr', column: 'ARR', weight: 3, normalize: { method: 'log-minmax' } },
    { id: 'fit', column: 'Fit', weight: 1, normalize: { method: 'scale', min: 1, max: 5 } },
  ],
};

describe('kam sql', () => {
  it('prints one query per dialect, reading the table named', async () => {
    const model = modelFile('model.json', MODEL);
    const bigquery = await kam(
      'sql',
      '--model',
      model,
      '--dialect',
      'bigquery',
      '--table',
      'p.d.t',
    );
    expect(bigquery.code).toBe(EXIT.ok);
    expect(bigquery.out).toMatch(/^-- Key Account Identifier/);
    expect(bigquery.out).toContain('FROM `p`.`d`.`t`');
    expect(bigquery.out).toContain('SAFE_DIVIDE(');
    const spark = await kam('sql', '--model', model, '--dialect=spark', '--summary');
    expect(spark.out).toContain('TRY_DIVIDE(');
    expect(spark.out).toContain('kam_figure');
  });

  it('the DuckDB query runs as printed and returns one row per account', async () => {
    const model = modelFile('model.json', MODEL);
    const printed = await kam('sql', '--model', model, '--dialect', 'duckdb');
    const db = await openDatabase();
    try {
      await loadTable(
        db,
        'accounts',
        [
          { name: 'Account', type: 'VARCHAR' },
          { name: 'ARR', type: 'DOUBLE' },
          { name: 'Fit', type: 'DOUBLE' },
        ],
        [
          ['Acme', 1000, 5],
          ['Globex', 10, 1],
          ['Hooli', null, 3],
        ],
      );
      const rows = await queryRows(db, printed.out);
      expect(rows.map((r) => [r.Account, r.kam_rank, r.kam_tier])).toEqual(
        expect.arrayContaining([
          ['Acme', 1, 'Key'],
          ['Globex', 2, 'Core'],
        ]),
      );
      expect(rows).toHaveLength(3);
    } finally {
      db.close();
    }
  });

  it('says what is missing: the dialect, a known dialect, the model', async () => {
    const model = modelFile('model.json', MODEL);
    const noDialect = await kam('sql', '--model', model);
    expect(noDialect.code).toBe(EXIT.usage);
    expect(noDialect.err).toContain('--dialect is one of duckdb, bigquery, snowflake, spark');
    expect((await kam('sql', '--model', model, '--dialect', 'oracle')).code).toBe(EXIT.usage);
    const noModel = await kam('sql', '--dialect', 'duckdb');
    expect(noModel.err).toContain('--model model.json');
    expect((await kam('sql', '--help')).out).toContain('Usage: kam sql');
  });

  it('refuses a criterion without normalize, since no data is at hand to suggest one', async () => {
    const [{ normalize: _n, ...lean }, fit] = MODEL.criteria;
    const result = await kam(
      'sql',
      '--model',
      modelFile('lean.json', { ...MODEL, criteria: [lean, fit] }),
      '--dialect',
      'duckdb',
    );
    expect(result.code).toBe(EXIT.badModel);
    expect(result.err).toMatch(
      /criterion 1 \(ARR\): normalize is left out, and kam sql reads no data/,
    );
    expect(result.out).toBe('');
  });

  it('refuses a model without its account column, with the fix, and prints no SQL', async () => {
    const { idColumn: _id, ...noId } = MODEL;
    const result = await kam(
      'sql',
      '--model',
      modelFile('no-id.json', noId),
      '--dialect',
      'duckdb',
    );
    expect(result.code).toBe(EXIT.badModel);
    expect(result.err).toContain('Add "idColumn"');
    expect(result.out).toBe('');
  });
});
