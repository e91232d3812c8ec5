// Reading a whole column: values, missing cells, and diagnostics addressed to the sheet cell.
import { extractColumn, type RawCell, type RawTable } from '../../src/core';
import { MAX_CAUSES_PER_COLUMN } from '../../src/core/parse/causes';

/** A sheet whose header row is row 3 and whose first column is B, like a table placed below a title. */
function sheet(rows: RawCell[][], numberLocale?: RawTable['numberLocale']): RawTable {
  return {
    sheet: 'Accounts',
    headerRow: 3,
    firstColumn: 2,
    headers: ['Account', 'ARR', 'Relationship', 'Product fit'],
    rows,
    ...(numberLocale === undefined ? {} : { numberLocale }),
  };
}

const accounts = sheet([
  ['Acme', 120000, 'High', 4],
  ['Globex', '$85,000.00', 'medium', '★★★☆☆'],
  ['Umbrella', null, 'Low', null],
  ['Initech', 'twelve', 'Hgh', 'BBB'],
  ['Hooli', '#N/A', null, '9/5'],
  ['Stark', '1,234', 'Low', 'Aa2'],
]);

describe('a number column', () => {
  const arr = extractColumn(accounts, 1, { kind: 'number' });

  test('reads every row, with NaN where there is no value', () => {
    expect(Array.from(arr.values)).toEqual([120000, 85000, NaN, NaN, NaN, 1234]);
    expect(arr.missing).toBe(3);
  });

  test('reports each unreadable cell at its sheet address, below header row 3 (data from row 4) and from column B', () => {
    expect(arr.diagnostics).toEqual([
      {
        cell: 'C7',
        row: 7,
        column: 'ARR',
        code: 'unparseable-number',
        severity: 'warning',
        message: 'Could not read "twelve" as a number; treated as missing.',
      },
      {
        cell: 'C8',
        row: 8,
        column: 'ARR',
        code: 'spreadsheet-error',
        severity: 'warning',
        message: 'Shows the spreadsheet error #N/A; treated as missing.',
      },
      expect.objectContaining({ cell: 'C9', row: 9, code: 'ambiguous-number', severity: 'info' }),
    ]);
  });

  test('an empty cell is missing without a report', () => {
    expect(arr.diagnostics.some((d) => d.cell === 'C6')).toBe(false);
  });

  test("the workbook's number locale decides the decimal mark", () => {
    const german = sheet(
      [
        ['Acme', '1.234,5', null, null],
        ['Globex', '1,234', null, null],
      ],
      'decimal-comma',
    );
    const column = extractColumn(german, 1, { kind: 'number' });
    expect(Array.from(column.values)).toEqual([1234.5, 1.234]);
    expect(column.diagnostics).toEqual([]);
  });
});

describe('a categorical column', () => {
  const relationship = extractColumn(accounts, 2, {
    kind: 'categorical',
    map: { High: 1, Medium: 0.5, Low: 0 },
  });

  test('maps labels case-insensitively', () => {
    expect(Array.from(relationship.values)).toEqual([1, 0.5, 0, NaN, NaN, 0]);
    expect(relationship.missing).toBe(2);
  });

  test('reports the unknown label at its cell, never as zero', () => {
    expect(relationship.diagnostics).toHaveLength(1);
    expect(relationship.diagnostics[0]).toMatchObject({
      cell: 'D7',
      row: 7,
      column: 'Relationship',
      code: 'unknown-label',
    });
  });
});

describe('a rating column', () => {
  const fit = extractColumn(accounts, 3, { kind: 'rating', min: 1, max: 5 });

  test('reads numbers on the scale, stars, and credit ratings', () => {
    const values = Array.from(fit.values);
    expect(values[0]).toBeCloseTo(0.75, 12);
    expect(values[1]).toBeCloseTo(0.6, 12);
    expect(values[2]).toBeNaN();
    expect(values[3]).toBeCloseTo(13 / 21, 12);
    expect(values[4]).toBeNaN();
    expect(values[5]).toBeCloseTo(19 / 21, 12); // Aa2 = AA, step 2
  });

  test('reports the impossible score 9/5', () => {
    expect(fit.diagnostics).toEqual([
      expect.objectContaining({ cell: 'E8', code: 'unknown-label', severity: 'warning' }),
    ]);
  });
});

describe('a column with the same problem in many cells', () => {
  const rows: RawCell[][] = Array.from({ length: 1000 }, (_, i) => [
    `A${i}`,
    i % 2 === 0 ? (i % 4 === 0 ? 'n/a' : 'N/A ') : `1,${500 + (i % 100)}`,
    null,
    null,
  ]);
  const column = extractColumn(sheet(rows), 1, { kind: 'number' });

  test('reports each cause once, with its count and first cells: the same text, and the ambiguous commas', () => {
    expect(column.diagnostics).toEqual([
      {
        cell: 'C4',
        row: 4,
        column: 'ARR',
        code: 'unparseable-number',
        severity: 'warning',
        message:
          'Could not read "n/a" as a number; treated as missing. (500 cells: C4, C6, C8, C10, C12 and 495 more)',
        count: 500,
        cells: ['C4', 'C6', 'C8', 'C10', 'C12'],
      },
      expect.objectContaining({
        cell: 'C5',
        code: 'ambiguous-number',
        severity: 'info',
        count: 500,
      }),
    ]);
  });

  test('still counts every missing cell', () => {
    expect(column.missing).toBe(500);
  });
});

describe('a column with more different problems than are listed', () => {
  const rows: RawCell[][] = Array.from({ length: 1000 }, (_, i) => [
    `A${i}`,
    `bad ${i}`,
    null,
    null,
  ]);
  const column = extractColumn(sheet(rows), 1, { kind: 'number' });

  test(`lists the first ${MAX_CAUSES_PER_COLUMN} causes, then one line from the first cell not listed`, () => {
    expect(column.diagnostics).toHaveLength(MAX_CAUSES_PER_COLUMN + 1);
    expect(column.diagnostics[MAX_CAUSES_PER_COLUMN - 1].cell).toBe('C203');
    expect(column.diagnostics[MAX_CAUSES_PER_COLUMN]).toEqual({
      cell: 'C204',
      row: 204,
      column: 'ARR',
      code: 'unparseable-number',
      severity: 'warning',
      message:
        '... and 800 more unreadable cells in column "ARR", from C204 on (only the first 200 different problems are listed).',
      count: 800,
    });
  });
});

describe('edge cases', () => {
  test('an empty table gives an empty column', () => {
    const column = extractColumn(sheet([]), 1, { kind: 'number' });
    expect(column.values).toHaveLength(0);
    expect(column.diagnostics).toEqual([]);
    expect(column.missing).toBe(0);
  });

  test('a column index outside the table is a programming error', () => {
    expect(() => extractColumn(accounts, 4, { kind: 'number' })).toThrow(RangeError);
    expect(() => extractColumn(accounts, -1, { kind: 'number' })).toThrow(RangeError);
  });

  test('numbers and text numbers mixed in a long column are all read (speed is in the bench)', () => {
    const big: RawTable = {
      sheet: 'Big',
      headerRow: 1,
      firstColumn: 1,
      headers: ['ARR'],
      rows: Array.from({ length: 50_000 }, (_, i) => [i % 3 === 0 ? String(i) : i]),
    };
    const column = extractColumn(big, 0, { kind: 'number' });
    expect(column.values[49_999]).toBe(49_999);
    expect(column.values[49_998]).toBe(49_998);
    expect(column.missing).toBe(0);
  });
});
