// Whatever a user types into a cell, the readers answer with a well-formed value and never throw.
import fc from 'fast-check';
import {
  parseNumberCell,
  type ParsedValue,
  ratingOf,
  type NumberLocale,
  type RawCell,
} from '../../src/core';
import { parseCategoricalCell, parseRatingCell } from '../../src/core/parse/ratings';

const KINDS = ['value', 'missing', 'value-with-warning', 'problem'];

function expectWellFormed(parsed: ParsedValue): void {
  expect(KINDS).toContain(parsed.kind);
  if (parsed.kind === 'value' || parsed.kind === 'value-with-warning') {
    expect(Number.isFinite(parsed.value)).toBe(true);
  }
  if (parsed.kind === 'problem' || parsed.kind === 'value-with-warning') {
    expect(parsed.message.length).toBeGreaterThan(0);
    expect(parsed.message.length).toBeLessThan(400);
  }
}

/** Text built from the pieces number cells are made of, so the fuzzer reaches the tricky paths. */
const numberish = fc
  .array(
    fc.constantFrom(
      '0',
      '1',
      '2',
      '3',
      '5',
      '9',
      '12',
      '123',
      '1234',
      '.',
      ',',
      ' ',
      '\u00a0',
      '\u202f',
      "'",
      '’',
      '-',
      '+',
      '\u2212',
      '(',
      ')',
      '%',
      'e',
      'E',
      'k',
      'K',
      'm',
      'M',
      'mm',
      'mn',
      'b',
      'bn',
      'BN',
      '$',
      '€',
      '£',
      '¥',
      '₹',
      'CHF',
      'USD',
      'eur',
      'US$',
      'kr',
      '#N/A',
      '/',
      '★',
      '☆',
      '⭐',
      '\uFE0F',
      'A',
      'B',
      'C',
      'a',
      '+',
      'High',
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme-composite', maxLength: 60 }),
  numberish,
);

const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
  anyText,
  numberish,
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

const anyLocale: fc.Arbitrary<NumberLocale | undefined> = fc.constantFrom(
  undefined,
  'decimal-point',
  'decimal-comma',
);

const anyScale = fc
  .tuple(
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
  )
  .map(([min, width]) => ({ min, max: min + width }))
  .filter((scale) => scale.max > scale.min);

const anyMap = fc.dictionary(anyText, fc.double({ min: 0, max: 1, noNaN: true }), {
  minKeys: 1,
  maxKeys: 8,
});

const RUNS = { numRuns: 3000 };

describe('the cell readers never throw and always give a well-formed answer', () => {
  test('numbers, in every locale', () => {
    fc.assert(
      fc.property(anyCell, anyLocale, (cell, locale) =>
        expectWellFormed(parseNumberCell(cell, locale)),
      ),
      RUNS,
    );
  });

  test('ratings, on any scale', () => {
    fc.assert(
      fc.property(anyCell, anyScale, anyLocale, (cell, scale, locale) => {
        const parsed = parseRatingCell(cell, scale, locale);
        expectWellFormed(parsed);
        if (parsed.kind === 'value' || parsed.kind === 'value-with-warning') {
          expect(parsed.value).toBeGreaterThanOrEqual(0);
          expect(parsed.value).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  test('the rating vocabulary answers in [0,1] or not at all', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const value = ratingOf(text);
        if (value !== undefined) expect(value >= 0 && value <= 1).toBe(true);
      }),
      RUNS,
    );
  });

  test('categorical labels, with any map', () => {
    fc.assert(
      fc.property(anyCell, anyMap, (cell, map) =>
        expectWellFormed(parseCategoricalCell(cell, map)),
      ),
      RUNS,
    );
  });
});

describe('properties of number reading', () => {
  test('every finite number written plainly reads back as itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), anyLocale, (x, locale) => {
        const parsed = parseNumberCell(String(x), locale);
        // String(x) always uses a decimal point; in a decimal-comma workbook "1.5" is flagged, never misread.
        if (parsed.kind === 'value' || parsed.kind === 'value-with-warning')
          expect(parsed.value).toBe(x === 0 ? 0 : x);
        else if (locale !== 'decimal-comma')
          throw new Error(`${String(x)} was not read: ${parsed.kind}`);
      }),
      RUNS,
    );
  });

  test('integers written with thousands separators in the en-US style read back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = n.toLocaleString('en-US');
        const parsed = parseNumberCell(text, 'decimal-point');
        expect(parsed).toEqual({ kind: 'value', value: n === 0 ? 0 : n });
      }),
      RUNS,
    );
  });

  test('amounts written the German way read back in a decimal-comma workbook', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), (cents) => {
        const text = (cents / 100).toLocaleString('de-DE', { minimumFractionDigits: 2 });
        expect(parseNumberCell(`${text} €`, 'decimal-comma')).toEqual({
          kind: 'value',
          value: cents / 100,
          currency: 'EUR',
        });
      }),
      RUNS,
    );
  });

  test("the accountant's brackets are the negative of the same amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), (n) => {
        const plain = parseNumberCell(`$${n.toLocaleString('en-US')}.00`);
        const bracketed = parseNumberCell(`($${n.toLocaleString('en-US')}.00)`);
        expect(
          plain.kind === 'value' && bracketed.kind === 'value' && bracketed.value === -plain.value,
        ).toBe(true);
      }),
      RUNS,
    );
  });
});
