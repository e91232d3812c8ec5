// A1 references: what the hosts write into formulas and names reads back as the same sheet and cells.
import fc from 'fast-check';
import {
  absoluteArea,
  absoluteCell,
  boxAddress,
  cellAddress,
  columnLetters,
  contains,
  parseAddress,
  parseBox,
  parseCellArea,
  singleColumnOf,
  parseUnion,
  sameName,
} from '../../src/core';
import {
  columnNumber,
  columnReference,
  MAX_COLUMNS,
  MAX_ROWS,
  quoteSheetName,
} from '../../src/core/table/a1';

describe('column letters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [MAX_COLUMNS, 'XFD'],
  ])('column %i is %s and back', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
    expect(columnNumber(letters)).toBe(column);
  });

  it('reads lower-case letters as Excel does', () => {
    expect(columnNumber('xfd')).toBe(MAX_COLUMNS);
    expect(columnNumber('aA')).toBe(27);
  });

  it('round-trips every column Excel has', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_COLUMNS }), (column) => {
        expect(columnNumber(columnLetters(column))).toBe(column);
      }),
    );
  });
});

describe('writing references', () => {
  it('addresses a cell and a box without a sheet', () => {
    expect(cellAddress(7, 3)).toBe('C7');
    expect(boxAddress({ top: 3, left: 5, bottom: 9, right: 12 })).toBe('E3:L9');
    expect(boxAddress({ top: 3, left: 5, bottom: 3, right: 5 })).toBe('E3');
  });

  it('always quotes a sheet name, doubling its apostrophes', () => {
    expect(quoteSheetName('Accounts')).toBe("'Accounts'");
    expect(quoteSheetName('My sheet')).toBe("'My sheet'");
    expect(quoteSheetName("Bob's 'best'")).toBe("'Bob''s ''best'''");
  });

  it('writes absolute cells and areas, one cell without a range', () => {
    expect(absoluteCell('Accounts', 3, 5)).toBe("'Accounts'!$E$3");
    expect(absoluteArea({ sheet: "It's", top: 3, left: 5, bottom: 9, right: 6 })).toBe(
      "'It''s'!$E$3:$F$9",
    );
    expect(absoluteArea({ sheet: 'Accounts', top: 3, left: 5, bottom: 3, right: 5 })).toBe(
      "'Accounts'!$E$3",
    );
  });

  it('writes a column reference as a range even for a single account', () => {
    expect(columnReference('Accounts', 4, 4, 63)).toBe("'Accounts'!$D$4:$D$63");
    expect(columnReference('My sheet', 4, 4, 4)).toBe("'My sheet'!$D$4:$D$4");
  });
});

describe('parsing a box', () => {
  it.each([
    ['B3:F40', { top: 3, left: 2, bottom: 40, right: 6 }],
    ['$B$3:$F$40', { top: 3, left: 2, bottom: 40, right: 6 }],
    ['b3:f40', { top: 3, left: 2, bottom: 40, right: 6 }],
    ['F40:B3', { top: 3, left: 2, bottom: 40, right: 6 }],
    ['B3', { top: 3, left: 2, bottom: 3, right: 2 }],
    [' $E$3 ', { top: 3, left: 5, bottom: 3, right: 5 }],
    ['E:E', { top: 1, left: 5, bottom: MAX_ROWS, right: 5 }],
    ['3:5', { top: 3, left: 1, bottom: 5, right: MAX_COLUMNS }],
  ])('reads %s', (text, box) => {
    expect(parseBox(text)).toEqual(box);
  });

  it.each(['', '#REF!', 'A1:B2:C3', 'A0', 'XFE1', 'A1048577', 'ABCD1', 'A1 B2', 'Sheet!A1'])(
    'refuses %j',
    (text) => {
      expect(parseBox(text)).toBeNull();
    },
  );

  it('takes only areas between two cells when whole rows and columns are not meant', () => {
    expect(parseCellArea('E4:E63')).toEqual({ top: 4, left: 5, bottom: 63, right: 5 });
    expect(parseCellArea('$A$1')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseCellArea('E:E')).toBeNull();
    expect(parseCellArea('E4:E')).toBeNull();
    expect(parseCellArea('3:5')).toBeNull();
    expect(parseCellArea('#REF!')).toBeNull();
  });

  it('knows which cells a box contains', () => {
    const box = { top: 3, left: 2, bottom: 40, right: 6 };
    expect(contains(box, 3, 2)).toBe(true);
    expect(contains(box, 40, 6)).toBe(true);
    expect(contains(box, 41, 6)).toBe(false);
    expect(contains(box, 3, 1)).toBe(false);
  });
});

describe('parsing one reference', () => {
  it('unquotes a sheet name with spaces and apostrophes', () => {
    expect(parseAddress("'My ''sheet'''!$A$1:$B$2")).toEqual({
      sheet: "My 'sheet'",
      box: { top: 1, left: 1, bottom: 2, right: 2 },
    });
  });

  it('reads an unquoted sheet name and a bare address', () => {
    expect(parseAddress('Sheet1!B3:F40')?.sheet).toBe('Sheet1');
    expect(parseAddress('B3')).toEqual({
      sheet: null,
      box: { top: 3, left: 2, bottom: 3, right: 2 },
    });
  });

  it('keeps an exclamation mark inside a quoted sheet name', () => {
    expect(parseAddress("'Wow!'!C3")?.sheet).toBe('Wow!');
  });

  it.each(['Sheet1!#REF!', '#REF!', '!A1', "'Accounts'!", 'Sheet1!A1:B2:C3'])(
    'refuses %j',
    (text) => {
      expect(parseAddress(text)).toBeNull();
    },
  );
});

describe('parsing a union of references', () => {
  it('splits the areas, with or without a leading "="', () => {
    const areas = [
      { sheet: "My 'sheet'", top: 1, left: 1, bottom: 2, right: 2 },
      { sheet: 'Sheet2', top: 3, left: 3, bottom: 3, right: 3 },
    ];
    expect(parseUnion("'My ''sheet'''!$A$1:$B$2,Sheet2!$C$3")).toEqual(areas);
    expect(parseUnion("='My ''sheet'''!$A$1:$B$2,Sheet2!$C$3")).toEqual(areas);
  });

  it('does not split at a comma inside a quoted sheet name', () => {
    expect(parseUnion("='Sales, 2024'!$E$3,'Sales, 2024'!$E$9")).toEqual([
      { sheet: 'Sales, 2024', top: 3, left: 5, bottom: 3, right: 5 },
      { sheet: 'Sales, 2024', top: 9, left: 5, bottom: 9, right: 5 },
    ]);
  });

  it('drops the parts that became #REF! and areas without a sheet', () => {
    expect(parseUnion("=#REF!,'Accounts'!$E$3,Accounts!#REF!,$F$3")).toEqual([
      { sheet: 'Accounts', top: 3, left: 5, bottom: 3, right: 5 },
    ]);
    expect(parseUnion('=#REF!')).toEqual([]);
    expect(parseUnion('')).toEqual([]);
  });

  it('reads lower-case references and whole columns', () => {
    expect(parseUnion('=accounts!$e$3:$f$9,Accounts!E:E')).toEqual([
      { sheet: 'accounts', top: 3, left: 5, bottom: 9, right: 6 },
      { sheet: 'Accounts', top: 1, left: 5, bottom: MAX_ROWS, right: 5 },
    ]);
  });

  it('reads back any union it writes, whatever the sheet names', () => {
    const area = fc
      .record({
        sheet: fc.string({ minLength: 1, maxLength: 12 }),
        top: fc.integer({ min: 1, max: MAX_ROWS }),
        left: fc.integer({ min: 1, max: MAX_COLUMNS }),
        height: fc.integer({ min: 0, max: 50 }),
        width: fc.integer({ min: 0, max: 5 }),
      })
      .map(({ sheet, top, left, height, width }) => ({
        sheet,
        top,
        left,
        bottom: Math.min(top + height, MAX_ROWS),
        right: Math.min(left + width, MAX_COLUMNS),
      }));
    fc.assert(
      fc.property(fc.array(area, { minLength: 1, maxLength: 4 }), (areas) => {
        expect(parseUnion(`=${areas.map(absoluteArea).join(',')}`)).toEqual(areas);
      }),
    );
  });
});

describe('names', () => {
  it('compares sheet names without regard to case', () => {
    expect(sameName('Accounts', 'ACCOUNTS')).toBe(true);
    expect(sameName('Accounts', 'Accounts 2')).toBe(false);
  });
});

describe('the one column of a rule range', () => {
  it('is the column every area lies in, or null when they span or differ', () => {
    expect(singleColumnOf('E2:E61')).toBe(5);
    expect(singleColumnOf(' E2:E61  E70 ')).toBe(5);
    expect(singleColumnOf('E2:F61')).toBeNull();
    expect(singleColumnOf('E2:E61 F2:F61')).toBeNull();
    expect(singleColumnOf('E:E')).toBeNull();
    expect(singleColumnOf('')).toBeNull();
  });
});
