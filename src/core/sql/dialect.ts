// What differs between the SQL engines the model is translated for: quoting, literals, type names, safe division.

export const SQL_DIALECTS = ['duckdb', 'bigquery', 'snowflake', 'spark'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/**
 * Every character JavaScript's `\s` matches (and `String.prototype.trim` removes): the core folds
 * labels with it (headerKey) and trims rating text with it, so the SQL must use the same set.
 */
export const WHITESPACE =
  '\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

export interface DialectRules {
  readonly name: SqlDialect;
  /** A name (column, table part) as a quoted identifier: never pasted in raw. */
  quoteIdentifier(name: string): string;
  /** Text as a string literal: never pasted in raw. */
  stringLiteral(text: string): string;
  readonly doubleType: string;
  readonly stringType: string;
  readonly integerType: string;
  /** A column of numbers or of text as a double, NULL where it holds no number (never an error). */
  tryCastDouble(column: string): string;
  /** a / b, NULL where b is 0 (never an error, never Infinity). */
  safeDivide(a: string, b: string): string;
  /** Trims the given characters from both ends of text. */
  trim(text: string, characters: string): string;
  /**
   * Whether the engine runs recursive CTEs, which the exact "tie group measured from its top" rule
   * needs for chains of scores each within 1e-9 of the next (see ranking.ts).
   */
  readonly recursive: boolean;
  /** Whether a CTE may declare its column names (`name (a, b) AS`); BigQuery's grammar has no such list. */
  readonly cteColumnList: boolean;
}

/**
 * Characters a literal spells out rather than writes: controls, invisible format characters
 * (variation selectors, zero-width spaces), combining marks and every space but ' ', so a
 * generated query stays readable and survives copy and paste. Astral characters stay as they are.
 */
const SPELT_OUT = /^[\p{Cc}\p{Cf}\p{Mn}\p{Z}]$/u;

function needsUnicodeEscape(ch: string): boolean {
  return ch !== ' ' && ch.length === 1 && SPELT_OUT.test(ch);
}

function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Quotes text between `quote` characters for dialects where a backslash starts an escape
 * (BigQuery, Snowflake and Spark string literals, BigQuery identifiers): backslash and quote are
 * escaped, controls and invisible spaces spelt as \uXXXX so a generated query stays readable.
 */
function backslashQuoted(text: string, quote: string): string {
  let out = quote;
  for (const ch of text) {
    if (ch === '\\' || ch === quote) out += `\\${ch}`;
    else if (needsUnicodeEscape(ch)) out += unicodeEscape(ch);
    else out += ch;
  }
  return out + quote;
}

/**
 * DuckDB's standard strings have no escapes (and its E'' strings no \\u): controls and invisible
 * spaces are spelt as chr(n) joined to the quoted runs between them, so a query stays readable.
 */
function duckdbString(text: string): string {
  const parts: string[] = [];
  let run = '';
  for (const ch of text) {
    if (!needsUnicodeEscape(ch)) {
      run += ch;
      continue;
    }
    if (run !== '') parts.push(doubledQuoted(run, "'"));
    run = '';
    parts.push(`chr(${ch.charCodeAt(0)})`);
  }
  if (run !== '' || parts.length === 0) parts.push(doubledQuoted(run, "'"));
  return parts.length === 1 ? parts[0] : `(${parts.join(' || ')})`;
}

/** Quotes text the standard way: the quote character doubled, nothing else special. */
function doubledQuoted(text: string, quote: string): string {
  return quote + text.split(quote).join(quote + quote) + quote;
}

/** What most engines spell the same way; each dialect below says only where it differs. */
const STANDARD = {
  doubleType: 'DOUBLE',
  stringType: 'VARCHAR',
  integerType: 'BIGINT',
  tryCastDouble: (column: string) => `TRY_CAST(${column} AS DOUBLE)`,
  trim: (text: string, characters: string) => `TRIM(${text}, ${characters})`,
  recursive: true,
  cteColumnList: true,
} satisfies Partial<DialectRules>;

const duckdb: DialectRules = {
  ...STANDARD,
  name: 'duckdb',
  quoteIdentifier: (name) => doubledQuoted(name, '"'),
  stringLiteral: duckdbString,
  // DuckDB gives NULL for a division by zero already; NULLIF says so in the query itself.
  safeDivide: (a, b) => `(${a}) / NULLIF(${b}, 0)`,
};

const bigquery: DialectRules = {
  ...STANDARD,
  name: 'bigquery',
  quoteIdentifier: (name) => backslashQuoted(name, '`'),
  stringLiteral: (text) => backslashQuoted(text, "'"),
  doubleType: 'FLOAT64',
  stringType: 'STRING',
  integerType: 'INT64',
  tryCastDouble: (column) => `SAFE_CAST(${column} AS FLOAT64)`,
  safeDivide: (a, b) => `SAFE_DIVIDE(${a}, ${b})`,
  cteColumnList: false,
};

const snowflake: DialectRules = {
  ...STANDARD,
  name: 'snowflake',
  quoteIdentifier: (name) => doubledQuoted(name, '"'),
  stringLiteral: (text) => backslashQuoted(text, "'"),
  // Snowflake's TRY_CAST takes text only, so a number column goes through its text form.
  tryCastDouble: (column) => `TRY_CAST(CAST(${column} AS VARCHAR) AS DOUBLE)`,
  // DIV0NULL, not DIV0: DIV0 gives 0, and a share of 0 would read as a real figure.
  safeDivide: (a, b) => `DIV0NULL(${a}, ${b})`,
};

const spark: DialectRules = {
  ...STANDARD,
  name: 'spark',
  quoteIdentifier: (name) => doubledQuoted(name, '`'),
  stringLiteral: (text) => backslashQuoted(text, "'"),
  stringType: 'STRING',
  safeDivide: (a, b) => `TRY_DIVIDE(${a}, ${b})`,
  trim: (text, characters) => `BTRIM(${text}, ${characters})`,
  // Recursive CTEs arrived only in Spark 4.1 / Databricks Runtime 17: the query keeps to Spark 3.4+.
  recursive: false,
};

const RULES: Readonly<Record<SqlDialect, DialectRules>> = { duckdb, bigquery, snowflake, spark };

export function dialectRules(dialect: SqlDialect): DialectRules {
  return RULES[dialect];
}

export function isSqlDialect(name: string): name is SqlDialect {
  return (SQL_DIALECTS as readonly string[]).includes(name);
}

/**
 * A double as a typed literal that every engine reads to the same bits the core computes with:
 * a whole number is cast (exact below 2^53); anything else goes through text, because engines read
 * `0.1` as a decimal (DuckDB, Snowflake, Spark) and decimal arithmetic would round differently.
 */
export function doubleLiteral(rules: DialectRules, x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`No SQL literal for ${x}`);
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 53 && !Object.is(x, -0))
    return `CAST(${x} AS ${rules.doubleType})`;
  return `CAST('${String(x)}' AS ${rules.doubleType})`;
}

/** A table name, possibly qualified (`project.dataset.table`): each dotted part quoted alone. */
export function quoteTableName(rules: DialectRules, name: string): string {
  return name
    .split('.')
    .map((part) => rules.quoteIdentifier(part))
    .join('.');
}
