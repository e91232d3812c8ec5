// White-box checks of the SQL dialect rules: literals that read back to the core's doubles, the core's whitespace.
import { dialectRules, doubleLiteral, WHITESPACE } from '../../src/core/sql/dialect';

describe('literals', () => {
  it('every double reads back to the same bits, typed as a double in each dialect', () => {
    for (const x of [0, 1, 30, 0.1, 0.30000000000000004, 1e-9, 0.6 - 1e-9, -1e-9, 1 / 3, 2 ** 60]) {
      const literal = doubleLiteral(dialectRules('snowflake'), x);
      const text = /CAST\('?([^' ]+)'? AS DOUBLE\)/.exec(literal)?.[1];
      expect(Number(text)).toBe(x);
    }
    expect(doubleLiteral(dialectRules('bigquery'), 0.5)).toBe("CAST('0.5' AS FLOAT64)");
  });

  it('the whitespace the SQL folds and trims is exactly what JavaScript calls whitespace', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (WHITESPACE.includes(ch) !== /\s/.test(ch)) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});
