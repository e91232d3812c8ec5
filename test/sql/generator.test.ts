// The SQL generator's contract apart from any engine: names quoted per dialect, literals that read
// back to the core's doubles, and models it cannot translate refused with a sentence.
import {
  accountsSql,
  checkTranslatable,
  dialectRules,
  type Model,
  parseModel,
  SQL_DIALECTS,
} from '../../src/core';

function model(extra: Record<string, unknown> = {}): Model {
  const parsed = parseModel({
    version: 1,
    idColumn: 'Account',
    revenueColumn: 'ARR',
    criteria: [{ id: 'arr', column: 'ARR', weight: 1, normalize: { method: 'log-minmax' } }],
    ...extra,
  });
  if (parsed.kind !== 'ok') throw new Error(parsed.message);
  return parsed.value;
}

describe('quoting per dialect', () => {
  const nasty = 'x"; DROP TABLE t; -- it\'s `a` \\ b';

  it('identifiers: DuckDB and Snowflake double ", Spark doubles `, BigQuery escapes with \\', () => {
    expect(dialectRules('duckdb').quoteIdentifier(nasty)).toBe(
      '"x""; DROP TABLE t; -- it\'s `a` \\ b"',
    );
    expect(dialectRules('snowflake').quoteIdentifier(nasty)).toBe(
      '"x""; DROP TABLE t; -- it\'s `a` \\ b"',
    );
    expect(dialectRules('spark').quoteIdentifier(nasty)).toBe(
      '`x"; DROP TABLE t; -- it\'s ``a`` \\ b`',
    );
    expect(dialectRules('bigquery').quoteIdentifier(nasty)).toBe(
      '`x"; DROP TABLE t; -- it\'s \\`a\\` \\\\ b`',
    );
  });

  it("strings: DuckDB doubles ', the others escape ' and \\ with a backslash", () => {
    expect(dialectRules('duckdb').stringLiteral("it's \\")).toBe("'it''s \\'");
    for (const dialect of ['bigquery', 'snowflake', 'spark'] as const)
      expect(dialectRules(dialect).stringLiteral("it's \\")).toBe("'it\\'s \\\\'");
  });

  it('controls and invisible spaces are spelt out: chr(n) in DuckDB, \\uXXXX elsewhere', () => {
    expect(dialectRules('duckdb').stringLiteral('a\nb\u00a0')).toBe(
      "('a' || chr(10) || 'b' || chr(160))",
    );
    expect(dialectRules('snowflake').stringLiteral('a\nb\u00a0')).toBe("'a\\u000ab\\u00a0'");
    expect(dialectRules('duckdb').stringLiteral('')).toBe("''");
  });

  it('a qualified table name is quoted part by part', () => {
    const sql = accountsSql(model(), { dialect: 'bigquery', table: 'my-project.sales.accounts' });
    expect(sql.kind === 'ok' && sql.value).toContain('FROM `my-project`.`sales`.`accounts`');
  });
});

describe('models the translation cannot run exactly are refused', () => {
  it('a model field the SQL does not translate (a row filter) is named in the refusal', () => {
    const filtered = { ...model(), filter: { Type: ['Customer'] } } as unknown as Model;
    const outcome = checkTranslatable(filtered);
    expect(outcome).toMatchObject({ kind: 'error', code: 'sql-unsupported-model' });
    expect(outcome.kind === 'error' && outcome.message).toContain('"filter"');
    for (const dialect of SQL_DIALECTS)
      expect(accountsSql(filtered, { dialect }).kind).toBe('error');
  });

  it('a criterion field or normalisation it does not know is refused too', () => {
    const base = model();
    const recency = {
      ...base,
      criteria: [{ ...base.criteria[0], normalize: { method: 'recency' } }],
    } as unknown as Model;
    expect(checkTranslatable(recency)).toMatchObject({ code: 'sql-unsupported-model' });
    const extraField = {
      ...base,
      criteria: [{ ...base.criteria[0], currency: 'EUR' }],
    } as unknown as Model;
    expect(checkTranslatable(extraField)).toMatchObject({ code: 'sql-unsupported-model' });
  });

  it('without an account or revenue column there is nothing to detect from: the model must name them', () => {
    const { idColumn: _id, ...noId } = model();
    expect(accountsSql(noId as Model, { dialect: 'duckdb' })).toMatchObject({
      code: 'sql-needs-column',
    });
    const { revenueColumn: _revenue, ...noRevenue } = model();
    expect(checkTranslatable(noRevenue as Model)).toMatchObject({ code: 'sql-needs-column' });
  });

  it('an account column named like a result column is refused rather than returned twice', () => {
    const outcome = accountsSql(model({ idColumn: 'KAM_Score' }), { dialect: 'duckdb' });
    expect(outcome).toMatchObject({ kind: 'error', code: 'sql-unsupported-model' });
  });
});
