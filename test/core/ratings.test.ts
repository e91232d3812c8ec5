// The built-in rating vocabularies (DESIGN 3.2): words, stars, a/b, credit ladders; and categorical labels.
import { CREDIT_LADDER, parseCategoricalCell, parseRatingCell } from '../../src/core/parse/ratings';
import { ratingOf, type RawCell } from '../../src/core';

const ONE_TO_FIVE = { min: 1, max: 5 };

describe('rating words', () => {
  test.each<[string, number]>([
    ['High', 1],
    ['Medium', 0.5],
    ['Low', 0],
    ['Strong', 1],
    ['Moderate', 0.5],
    ['Weak', 0],
    ['Excellent', 1],
    ['Good', 2 / 3],
    ['Fair', 1 / 3],
    ['Poor', 0],
    ['Yes', 1],
    ['Y', 1],
    ['True', 1],
    ['✓', 1],
    ['✔', 1],
    ['✔️', 1],
    ['No', 0],
    ['N', 0],
    ['False', 0],
    ['✗', 0],
    ['✘', 0],
  ])('%s is %p', (word, expected) => {
    expect(ratingOf(word)).toBeCloseTo(expected, 12);
  });

  test.each([
    ['HIGH', 1],
    ['high', 1],
    ['  High  ', 1],
    ['mEdIuM', 0.5],
    ['yes', 1],
    ['y', 1],
    ['TRUE', 1],
    ['n', 0],
  ])('%p matches whatever the case and padding (%p)', (word, expected) => {
    expect(ratingOf(word)).toBe(expected);
  });

  test.each(['Med', 'Very high', 'Hi', 'Average', 'Excelent', 'maybe', '', '   ', 'a', 'b'])(
    '%p is no built-in rating word',
    (word) => {
      expect(ratingOf(word)).toBeUndefined();
    },
  );
});

describe('stars count out of five', () => {
  test.each<[string, number]>([
    ['★★★☆☆', 3 / 5],
    ['★★★', 3 / 5],
    ['★★★★★', 1],
    ['☆☆☆☆☆', 0],
    ['★', 1 / 5],
    ['⭐⭐⭐', 3 / 5],
    ['⭐️⭐️⭐️⭐️', 4 / 5],
    ['★ ★ ★ ☆ ☆', 3 / 5],
    ['★★★☆☆☆☆☆☆☆', 3 / 10],
  ])('%s is %p', (stars, expected) => {
    expect(ratingOf(stars)).toBeCloseTo(expected, 12);
  });

  test.each(['***', '★★x', '✩✩✩'])('%p is not a star rating', (text) => {
    expect(ratingOf(text)).toBeUndefined();
  });
});

describe('a/b scores', () => {
  test.each<[string, number]>([
    ['4/5', 0.8],
    ['3 / 10', 0.3],
    ['0/5', 0],
    ['5/5', 1],
    ['3.5/5', 0.7],
    ['7,5/10', 0.75],
  ])('%s is %p', (text, expected) => {
    expect(ratingOf(text)).toBeCloseTo(expected, 12);
  });

  test.each(['6/5', '1/0', '0/0', '-1/5', '4/', '/5', '4/5/6'])(
    '%p is not a usable score',
    (text) => {
      expect(ratingOf(text)).toBeUndefined();
      expect(parseRatingCell(text, ONE_TO_FIVE)).toMatchObject({
        kind: 'problem',
        code: 'unknown-label',
      });
    },
  );

  test('a score above its maximum says so', () => {
    const parsed = parseRatingCell('6/5', ONE_TO_FIVE);
    expect(parsed.kind === 'problem' && parsed.message).toContain('6 is more than 5');
  });
});

describe('credit ratings on one 22-step ladder', () => {
  test('the ladder has the 22 S&P steps from AAA to D', () => {
    expect(CREDIT_LADDER).toHaveLength(22);
    expect(CREDIT_LADDER[0]).toBe('AAA');
    expect(CREDIT_LADDER[21]).toBe('D');
  });

  test.each(CREDIT_LADDER.map((grade, position) => [grade, position] as const))(
    '%s (step %i) is (21 - step) / 21',
    (grade, position) => {
      expect(ratingOf(grade)).toBeCloseTo((21 - position) / 21, 12);
    },
  );

  test.each<[string, number]>([
    ['AAA', 1],
    ['BBB', (21 - 8) / 21],
    ['D', 0],
    ['C', 1 / 21],
    ['B', (21 - 14) / 21],
  ])('%s is %p', (grade, expected) => {
    expect(ratingOf(grade)).toBeCloseTo(expected, 12);
  });

  const moodys: readonly (readonly [string, string])[] = [
    ['Aaa', 'AAA'],
    ['Aa1', 'AA+'],
    ['Aa2', 'AA'],
    ['Aa3', 'AA-'],
    ['A1', 'A+'],
    ['A2', 'A'],
    ['A3', 'A-'],
    ['Baa1', 'BBB+'],
    ['Baa2', 'BBB'],
    ['Baa3', 'BBB-'],
    ['Ba1', 'BB+'],
    ['Ba2', 'BB'],
    ['Ba3', 'BB-'],
    ['B1', 'B+'],
    ['B2', 'B'],
    ['B3', 'B-'],
    ['Caa1', 'CCC+'],
    ['Caa2', 'CCC'],
    ['Caa3', 'CCC-'],
    ['Ca', 'CC'],
    ['C', 'C'],
  ];
  test.each(moodys)("Moody's %s sits at S&P %s", (moodysGrade, spGrade) => {
    expect(ratingOf(moodysGrade)).toBe(ratingOf(spGrade));
  });

  test.each<[string, string]>([
    ['Aa', 'AA'],
    ['Baa', 'BBB'],
    ['Ba', 'BB'],
    ['Caa', 'CCC'],
  ])("Moody's bare category %s sits at its middle step, %s", (bare, spGrade) => {
    expect(ratingOf(bare)).toBe(ratingOf(spGrade));
  });

  test.each<[string, string]>([
    ['aaa', 'AAA'],
    ['bbb+', 'BBB+'],
    ['bb-', 'BB-'],
    ['baa2', 'BBB'],
    ['aa1', 'AA+'],
    ['ca', 'CC'],
    [' BBB ', 'BBB'],
  ])('%p in lower case is still %s', (text, grade) => {
    expect(ratingOf(text)).toBe(ratingOf(grade));
  });

  test.each(['SD', 'RD'])('%s (selective/restricted default) is at the bottom, like D', (grade) => {
    expect(ratingOf(grade)).toBe(0);
  });

  test.each(['c', 'd', 'AAAA', 'BBB++', 'Baa4', 'A4', 'NR', 'E'])(
    '%p is not a credit rating',
    (text) => {
      expect(ratingOf(text)).toBeUndefined();
    },
  );
});

describe('rating cells', () => {
  test.each<[RawCell, number]>([
    [1, 0],
    [3, 0.5],
    [5, 1],
    [7, 1],
    [0, 0],
    ['4', 0.75],
    ['4.5', 0.875],
    ['80%', 0.8],
    ['150%', 1],
    [true, 1],
    [false, 0],
    ['High', 1],
    ['BBB', (21 - 8) / 21],
    ['4/5', 0.8],
  ])('%p on a 1..5 scale is %p', (cell, expected) => {
    const parsed = parseRatingCell(cell, ONE_TO_FIVE);
    expect(parsed.kind).toBe('value');
    if (parsed.kind === 'value') expect(parsed.value).toBeCloseTo(expected, 12);
  });

  test('plain numbers use the given scale', () => {
    expect(parseRatingCell(7, { min: 0, max: 10 })).toEqual({ kind: 'value', value: 0.7 });
  });

  test('numeric text follows the workbook locale when given', () => {
    expect(parseRatingCell('3,5', ONE_TO_FIVE, 'decimal-comma')).toEqual({
      kind: 'value',
      value: 0.625,
    });
  });

  test.each<[RawCell]>([[null], [''], ['  ']])('%p is missing', (cell) => {
    expect(parseRatingCell(cell, ONE_TO_FIVE)).toEqual({ kind: 'missing' });
  });

  test('an unknown word is reported with a hint, never silently zero', () => {
    const parsed = parseRatingCell('Excelent', ONE_TO_FIVE);
    expect(parsed).toMatchObject({ kind: 'problem', code: 'unknown-label' });
    expect(parsed.kind === 'problem' && parsed.message).toMatch(
      /^"Excelent" is not a rating the add-in knows/,
    );
  });

  test('a spreadsheet error is missing and reported as such', () => {
    expect(parseRatingCell('#N/A', ONE_TO_FIVE)).toMatchObject({
      kind: 'problem',
      code: 'spreadsheet-error',
    });
  });

  test('a scale without room between min and max is a programming error', () => {
    expect(() => parseRatingCell(3, { min: 5, max: 5 })).toThrow(RangeError);
  });
});

describe('categorical labels', () => {
  const relationship = { High: 1, Medium: 0.5, Low: 0 };

  test.each<[RawCell, number]>([
    ['High', 1],
    ['high', 1],
    [' HIGH ', 1],
    ['Medium', 0.5],
    ['Low', 0],
  ])('%p matches its label whatever the case and spacing', (cell, expected) => {
    expect(parseCategoricalCell(cell, relationship)).toEqual({ kind: 'value', value: expected });
  });

  test('labels with inner spaces match without them', () => {
    expect(parseCategoricalCell('Key  partner', { 'Key Partner': 0.9 })).toEqual({
      kind: 'value',
      value: 0.9,
    });
  });

  test('a number matches a label written as that number', () => {
    expect(parseCategoricalCell(3, { '1': 0, '2': 0.4, '3': 1 })).toEqual({
      kind: 'value',
      value: 1,
    });
  });

  test('TRUE/FALSE match labels named true and false', () => {
    expect(parseCategoricalCell(true, { True: 1, False: 0 })).toEqual({ kind: 'value', value: 1 });
  });

  test.each<[RawCell]>([[4], ['Hgh'], [true]])(
    '%p without a matching label is reported as unknown',
    (cell) => {
      expect(parseCategoricalCell(cell, relationship)).toMatchObject({
        kind: 'problem',
        code: 'unknown-label',
      });
    },
  );

  test('the report lists the labels the column knows', () => {
    const parsed = parseCategoricalCell('Hgh', relationship);
    expect(parsed.kind === 'problem' && parsed.message).toBe(
      `"Hgh" is not one of this column's labels ("High", "Medium", "Low"): give it a value from 0 to 1 under the criterion's Labels in the panel, or in the model's "map"; treated as missing.`,
    );
  });

  test.each<[RawCell]>([[null], [''], [' ']])('%p is missing', (cell) => {
    expect(parseCategoricalCell(cell, relationship)).toEqual({ kind: 'missing' });
  });

  test('a spreadsheet error is reported as such', () => {
    expect(parseCategoricalCell('#REF!', relationship)).toMatchObject({
      kind: 'problem',
      code: 'spreadsheet-error',
    });
  });
});
