// CSV results keep the file host's guard against CSV injection: text a spreadsheet would run as a formula gets a leading quote.
import { dialectRules } from '../../core';
import { FORMULA_START, PLAIN_NUMBER } from '../../hosts/file/csv';

const duckdb = dialectRules('duckdb');

/** The file host's JavaScript pattern for DuckDB's RE2, which spells \uXXXX as \x{XXXX}. */
function re2(pattern: RegExp): string {
  return pattern.source.replace(/\\u([0-9a-fA-F]{4})/g, '\\x{$1}');
}

/**
 * escapeFormulaText (src/hosts/file/csv.ts) as SQL over a text column, with the same two patterns:
 * DuckDB's trim removes spaces only where JavaScript's removes every kind of space, a difference
 * that matters only for a number padded with unusual spaces.
 */
export function formulaSafeText(column: string): string {
  const starts = duckdb.stringLiteral(re2(FORMULA_START));
  const number = duckdb.stringLiteral(re2(PLAIN_NUMBER));
  return `CASE WHEN regexp_matches(${column}, ${starts}) AND NOT regexp_matches(trim(${column}), ${number}) THEN '''' || ${column} ELSE ${column} END`;
}
