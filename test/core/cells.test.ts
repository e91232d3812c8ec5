// How a finance user's number cells are read (DESIGN 3.1): formats, locales, and what gets reported.
import { isSpreadsheetError } from '../../src/core/parse/cells';
import { parseNumberCell, type ParsedValue, type NumberLocale, type RawCell } from '../../src/core';

function valueOf(parsed: ParsedValue): number | undefined {
  return parsed.kind === 'value' || parsed.kind === 'value-with-warning' ? parsed.value : undefined;
}

describe('cells that are not text', () => {
  test.each<[RawCell, ParsedValue]>([
    [1234.5, { kind: 'value', value: 1234.5 }],
    [-3, { kind: 'value', value: -3 }],
    [0, { kind: 'value', value: 0 }],
    [true, { kind: 'value', value: 1 }],
    [false, { kind: 'value', value: 0 }],
    [null, { kind: 'missing' }],
  ])('%p reads as %p', (cell, expected) => {
    expect(parseNumberCell(cell)).toEqual(expected);
  });

  test.each([NaN, Infinity, -Infinity])(
    'the non-finite number %p is missing and reported',
    (cell) => {
      expect(parseNumberCell(cell)).toMatchObject({ kind: 'problem', code: 'unparseable-number' });
    },
  );

  test.each(['', '   ', '\t', '\u00a0', '\u202f \n'])(
    'blank-looking text %p is missing without a report',
    (text) => {
      expect(parseNumberCell(text)).toEqual({ kind: 'missing' });
    },
  );
});

describe('text numbers in any locale', () => {
  test.each<[string, number]>([
    ['42', 42],
    ['  42  ', 42],
    ['-17', -17],
    ['+17', 17],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['007', 7],
    ['-0', 0],
    ['1.5e6', 1.5e6],
    ['2E-3', 0.002],
    ['1.5e+6', 1.5e6],
    // currencies, before or after, with or without space, any case for codes
    ['$1200', 1200],
    ['$ 1200', 1200],
    ['1200$', 1200],
    ['€1200', 1200],
    ['1200 €', 1200],
    ['£75', 75],
    ['¥900', 900],
    ['₹450', 450],
    ['CHF 1200', 1200],
    ['1200 CHF', 1200],
    ['USD 99', 99],
    ['usd99', 99],
    ['99 eur', 99],
    ['GBP 5', 5],
    ['JPY 5', 5],
    ['5 CAD', 5],
    ['AUD5', 5],
    ['INR 5', 5],
    ['CNY 5', 5],
    ['5 SEK', 5],
    ['5 NOK', 5],
    ['DKK 5', 5],
    ['US$ 250', 250],
    // negatives the accountant's ways
    ['(1200)', -1200],
    ['($1200)', -1200],
    ['$(1200)', -1200],
    ['1200-', -1200],
    ['-$1200', -1200],
    ['$-1200', -1200],
    ['\u22121200', -1200],
    // suffixes scale, with or without a space, any case
    ['12k', 12000],
    ['12 K', 12000],
    ['1.15k', 1150],
    ['3m', 3e6],
    ['3 M', 3e6],
    ['3mm', 3e6],
    ['3MM', 3e6],
    ['3mn', 3e6],
    ['2bn', 2e9],
    ['2 BN', 2e9],
    ['2b', 2e9],
    ['2B', 2e9],
    ['$1.2m', 1.2e6],
    ['1.2m USD', 1.2e6],
    ['12 MEUR', 12e6],
    ['250 kUSD', 250000],
    ['(2.5k)', -2500],
    // percent applies after the rest
    ['12%', 0.12],
    ['12 %', 0.12],
    ['-5%', -0.05],
    ['(5%)', -0.05],
    ['0.5%', 0.005],
    ['100%', 1],
  ])('%p reads as %p', (text, expected) => {
    expect(parseNumberCell(text)).toMatchObject({ kind: 'value', value: expected });
  });
});

describe('thousands separators and decimal marks without a known locale', () => {
  test.each<[string, number]>([
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1,234,567.89', 1234567.89],
    ['1.234.567,89', 1234567.89],
    ['12,345,678', 12345678],
    ['1.234.567', 1234567],
    ['1234,5', 1234.5],
    ['12,50', 12.5],
    ['1,2345', 1.2345],
    ['0,123', 0.123],
    ['1234,567', 1234.567],
    ['1.234', 1.234],
    ['1 234 567', 1234567],
    ['1\u00a0234\u00a0567', 1234567],
    ['1\u202f234,56', 1234.56],
    ['1 234,56 €', 1234.56],
    ["1'234'567.50", 1234567.5],
    ['1’234.5', 1234.5],
    ['12,34,567', 1234567],
    ['₹ 1,23,45,678', 12345678],
    ['€ 1.200,50', 1200.5],
  ])('%p reads as %p without a warning', (text, expected) => {
    expect(parseNumberCell(text)).toMatchObject({ kind: 'value', value: expected });
  });

  test.each<[string, number]>([
    ['1,234', 1234],
    ['123,456', 123456],
    ['$1,200', 1200],
    ['(1,200)', -1200],
    ['1,234k', 1234000],
  ])('the truly ambiguous %p is read as thousands (%p) and reported', (text, expected) => {
    const parsed = parseNumberCell(text);
    expect(parsed).toMatchObject({
      kind: 'value-with-warning',
      value: expected,
      code: 'ambiguous-number',
    });
    if (parsed.kind === 'value-with-warning') expect(parsed.message).toContain(`"${text}"`);
  });
});

describe('a known workbook locale decides the decimal mark', () => {
  test.each<[string, NumberLocale, number]>([
    ['1.234,56', 'decimal-comma', 1234.56],
    ['1234,5', 'decimal-comma', 1234.5],
    ['1,234', 'decimal-comma', 1.234],
    ['1.234', 'decimal-comma', 1234],
    ['1.234.567', 'decimal-comma', 1234567],
    ['1 234,5 €', 'decimal-comma', 1234.5],
    ['12,5%', 'decimal-comma', 0.125],
    ['1234', 'decimal-comma', 1234],
    ['1,234.56', 'decimal-point', 1234.56],
    ['1,234', 'decimal-point', 1234],
    ['1.234', 'decimal-point', 1.234],
    ['12,345,678', 'decimal-point', 12345678],
    ['1.5', 'decimal-point', 1.5],
  ])('%p in a %s workbook reads as %p without a warning', (text, locale, expected) => {
    expect(parseNumberCell(text, locale)).toMatchObject({ kind: 'value', value: expected });
  });

  test.each<[string, NumberLocale, number]>([
    ['1.5', 'decimal-comma', 1.5],
    ['1,234.56', 'decimal-comma', 1234.56],
    ['1.234,56', 'decimal-point', 1234.56],
    ['12,5', 'decimal-point', 12.5],
  ])(
    '%p does not fit a %s workbook, so it is read by its pattern (%p) and reported',
    (text, locale, expected) => {
      expect(parseNumberCell(text, locale)).toMatchObject({
        kind: 'value-with-warning',
        value: expected,
        code: 'ambiguous-number',
      });
    },
  );
});

describe('spreadsheet errors', () => {
  const errors = [
    '#N/A',
    '#DIV/0!',
    '#VALUE!',
    '#REF!',
    '#NAME?',
    '#NUM!',
    '#NULL!',
    '#SPILL!',
    '#CALC!',
    '#GETTING_DATA',
    '#FIELD!',
    '#BLOCKED!',
    '#CONNECT!',
    '#BUSY!',
    '#UNKNOWN!',
  ];
  test.each(errors)('%s is recognised as an error', (text) => {
    expect(isSpreadsheetError(text)).toBe(true);
  });

  test.each(errors)('%s in a cell is missing and reported', (text) => {
    const parsed = parseNumberCell(text);
    expect(parsed).toMatchObject({ kind: 'problem', code: 'spreadsheet-error' });
    if (parsed.kind === 'problem') expect(parsed.message).toContain(text);
  });

  test.each(['#', '#N/B', 'N/A', '#hashtag', '12'])('%p is not a spreadsheet error', (text) => {
    expect(isSpreadsheetError(text)).toBe(false);
  });
});

describe('text that is not a number is reported, never silently zero', () => {
  test.each([
    'twelve',
    'n/a',
    '-',
    '--5',
    '$',
    'USD',
    '%',
    '1,2,3',
    '12 34',
    '1.2.3',
    '1,234 567',
    'k',
    '12 apples',
    '1e',
    '(12',
    '12)',
    '-(5)',
    '1..2',
    '12,,3',
    '0x1F',
    'Infinity',
    'NaN',
    '1/2',
    'high',
  ])('%p is unparseable', (text) => {
    const parsed = parseNumberCell(text);
    expect(parsed).toMatchObject({ kind: 'problem', code: 'unparseable-number' });
    if (parsed.kind === 'problem') {
      expect(parsed.message).toBe(`Could not read "${text}" as a number; treated as missing.`);
    }
  });

  test('a long text is quoted shortened, on one line', () => {
    const parsed = parseNumberCell(`Customer said\nthey would ${'really '.repeat(20)}pay`);
    expect(parsed.kind).toBe('problem');
    if (parsed.kind === 'problem') {
      expect(parsed.message).toMatch(
        /^Could not read "Customer said they would really really .{0,5}…" as a number/,
      );
      expect(parsed.message).not.toContain('\n');
    }
  });

  test('a number too large for a double is reported rather than read as infinity', () => {
    expect(parseNumberCell('9'.repeat(400))).toMatchObject({
      kind: 'problem',
      code: 'unparseable-number',
    });
    expect(parseNumberCell('1e999')).toMatchObject({ kind: 'problem', code: 'unparseable-number' });
  });

  test('a vanishingly small number reads as zero', () => {
    expect(valueOf(parseNumberCell('1e-999'))).toBe(0);
  });
});
