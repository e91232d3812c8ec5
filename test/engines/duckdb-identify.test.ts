// `kam identify --engine duckdb` end to end: the same numbers as `kam identify` on the same CSV, Parquet in and
// out, row order kept, clear refusals, nothing left half-written.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/errors';
import { kam } from '../support/kam-cli';
import { reportSchema } from '../../src/core';
import { openDatabase, queryRows, type ResultRow } from '../sql/support/duckdb';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kam-engine-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A deterministic portfolio with gaps, ties, labels and grades, as a CRM export would give it. */
function portfolioCsv(rows: number): string {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const lines = ['Account,ARR,Product fit,Relationship,Credit rating,Cost to serve'];
  for (let i = 0; i < rows; i++) {
    const arr =
      next() < 0.05
        ? ''
        : String(pick([5000, 12000, 12000, 80000]) + Math.floor(next() * 4) * 1000);
    const fit = next() < 0.1 ? '' : String(1 + Math.floor(next() * 5));
    const relationship = pick(['High', 'Medium', 'Low', 'medium', '', 'Unknown']);
    const credit = pick(['AAA', 'AA-', 'A', 'BBB+', 'BB', 'B-', 'CCC', 'D', '']);
    const cost = next() < 0.05 ? '' : String(Math.round(next() * 500) * 10);
    lines.push([`Account ${i}`, arr, fit, relationship, credit, cost].join(','));
  }
  return lines.join('\n') + '\n';
}

const MODEL = {
  version: 1,
  name: 'Engine test',
  idColumn: 'Account',
  revenueColumn: 'ARR',
  missing: 'neutral',
  criteria: [
    { id: 'arr', column: 'ARR', weight: 30, normalize: { method: 'log-minmax' } },
    {
      id: 'fit',
      column: 'product FIT',
      weight: 25,
      normalize: { method: 'scale', min: 1, max: 5 },
    },
    {
      id: 'rel',
      column: 'Relationship',
      weight: 20,
      normalize: { method: 'categorical', map: { High: 1, Medium: 0.5, Low: 0 } },
    },
    { id: 'credit', column: 'Credit rating', weight: 15, normalize: { method: 'rating' } },
    {
      id: 'cost',
      column: 'Cost to serve',
      weight: 10,
      direction: 'lower',
      normalize: { method: 'percentile' },
    },
  ],
};

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function readResults(path: string): Promise<ResultRow[]> {
  const db = await openDatabase();
  try {
    const reader = path.endsWith('.parquet') ? 'read_parquet' : 'read_csv';
    return await queryRows(db, `SELECT * FROM ${reader}('${path.replace(/'/g, "''")}')`);
  } finally {
    db.close();
  }
}

const close = (a: unknown, b: number | null) =>
  (a === null && b === null) || (typeof a === 'number' && b !== null && Math.abs(a - b) <= 1e-9);

describe('kam identify --engine duckdb', () => {
  const csv = () => write('portfolio.csv', portfolioCsv(400));
  const model = () => write('model.json', JSON.stringify(MODEL));

  it('gives every account the numbers `kam identify` gives it from the same file', async () => {
    const input = csv();
    const engine = await kam(
      'identify',
      input,
      '--engine',
      'duckdb',
      '--model',
      model(),
      '--out',
      join(dir, 'engine.csv'),
    );
    expect(engine.err).toBe('');
    expect(engine.code).toBe(EXIT.ok);
    const core = await kam(
      'identify',
      input,
      '--model',
      model(),
      '--out',
      join(dir, 'core.xlsx'),
      '--json',
      join(dir, 'core.json'),
      '--quiet',
    );
    expect(core.code).toBe(EXIT.ok);
    const report = reportSchema.parse(JSON.parse(readFileSync(join(dir, 'core.json'), 'utf8')));
    const rows = await readResults(join(dir, 'engine.csv'));
    expect(rows).toHaveLength(400);
    const mismatches: string[] = [];
    report.accounts.forEach((a, i) => {
      const r = rows[i];
      const same =
        r.Account === a.id &&
        close(r.kam_score, a.score) &&
        (r.kam_rank ?? null) === a.rank &&
        (r.kam_tier ?? null) ===
          (a.tier ?? (a.score !== null && !a.enoughData ? 'Not enough data' : null)) &&
        close(r.kam_coverage, a.coverage) &&
        close(r.kam_revenue_share, a.revenueShare) &&
        close(r.kam_cumulative_share, a.cumulativeShare) &&
        (r.kam_abc ?? null) === a.abc &&
        (r.kam_quadrant ?? null) === a.quadrant;
      if (!same) mismatches.push(`row ${i}: ${JSON.stringify(r)} vs ${JSON.stringify(a)}`);
    });
    expect(mismatches.slice(0, 3)).toEqual([]);
    expect(engine.out).toContain(report.concentration.paretoStatement.replace(/\.$/, ''));
  });

  it('reads and writes Parquet, keeps the file’s columns and row order, and replaces an earlier run’s results', async () => {
    const input = csv();
    const first = join(dir, 'first.parquet');
    expect(
      (
        await kam(
          'identify',
          input,
          '--engine=duckdb',
          '--model',
          model(),
          '--out',
          first,
          '--quiet',
        )
      ).code,
    ).toBe(EXIT.ok);
    const again = join(dir, 'again.parquet');
    const rerun = await kam(
      'identify',
      first,
      '--engine',
      'duckdb',
      '--model',
      model(),
      '--out',
      again,
      '--json',
      join(dir, 'again.json'),
    );
    expect(rerun.code).toBe(EXIT.ok);
    const rows = await readResults(again);
    expect(Object.keys(rows[0])).toEqual([
      'Account',
      'ARR',
      'Product fit',
      'Relationship',
      'Credit rating',
      'Cost to serve',
      'kam_score',
      'kam_rank',
      'kam_tier',
      'kam_coverage',
      'kam_revenue_share',
      'kam_cumulative_share',
      'kam_abc',
      'kam_quadrant',
    ]);
    expect(rows.map((r) => r.Account)).toEqual(
      Array.from({ length: 400 }, (_, i) => `Account ${i}`),
    );
    const before = await readResults(first);
    expect(rows.map((r) => r.kam_score)).toEqual(before.map((r) => r.kam_score));
    const report = JSON.parse(readFileSync(join(dir, 'again.json'), 'utf8'));
    expect(report).toMatchObject({
      source: { rows: 400 },
      results: again,
      tiers: { Key: expect.any(Number) },
    });
  });

  it('without a model it detects the columns in the first rows and uses the Balanced preset', async () => {
    const result = await kam(
      'identify',
      csv(),
      '--engine',
      'duckdb',
      '--out',
      join(dir, 'preset.parquet'),
    );
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain('Model "Balanced" over columns detected in the first rows');
  });

  it('a cell that is no plain number stops the run with its line and column, and writes nothing', async () => {
    const input = write('messy.csv', 'Account,ARR,Product fit\nAcme,120000,5\nGlobex,$12k,3\n');
    const out = join(dir, 'messy-kam.parquet');
    const small = write(
      'small.json',
      JSON.stringify({ ...MODEL, criteria: MODEL.criteria.slice(0, 2) }),
    );
    const result = await kam(
      'identify',
      input,
      '--engine',
      'duckdb',
      '--model',
      small,
      '--out',
      out,
    );
    expect(result.code).toBe(EXIT.badModel);
    expect(result.err).toMatch(/line 3: column "ARR" holds "\$12k", which is not a plain number/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to overwrite its input, a model column the file lacks, and a file that is not CSV or Parquet', async () => {
    const input = csv();
    expect((await kam('identify', input, '--engine', 'duckdb', '--out', input)).code).toBe(
      EXIT.usage,
    );
    const missing = write('missing.json', JSON.stringify({ ...MODEL, revenueColumn: 'Bookings' }));
    const result = await kam(
      'identify',
      input,
      '--engine',
      'duckdb',
      '--model',
      missing,
      '--out',
      join(dir, 'x.csv'),
    );
    expect(result.code).toBe(EXIT.badModel);
    expect(result.err).toContain('"Bookings", which is not in');
    expect((await kam('identify', join(dir, 'a.xlsx'), '--engine', 'duckdb')).code).toBe(
      EXIT.usage,
    );
    expect((await kam('identify', join(dir, 'nope.csv'), '--engine', 'duckdb')).code).toBe(
      EXIT.unreadableFile,
    );
  });

  it('leaves no temporary file behind', () => {
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
