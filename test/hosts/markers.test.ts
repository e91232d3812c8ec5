// The marker names both hosts write: our result columns read back from their cells, and the formulas that mark them.
import { parseUnion } from '../../src/core';
import {
  columnMarks,
  markedSheet,
  marksFormula,
  ownedColumns,
  ownedOnRow,
  summaryCell,
  summaryFormula,
  withoutSheet,
} from '../../src/hosts/markers';

describe('our columns from the marker areas', () => {
  it('takes a column’s top mark as its header row and its lowest as its last row', () => {
    // As the Excel host reads it: one union of header and last cells.
    const areas = parseUnion("='Accounts'!$E$3,'Accounts'!$E$63,'Accounts'!$F$3,'Accounts'!$F$63");
    expect([...ownedColumns(areas, 'Accounts').values()]).toEqual([
      { column: 5, headerRow: 3, lastRow: 63 },
      { column: 6, headerRow: 3, lastRow: 63 },
    ]);
  });

  it('reads the areas ExcelJS merges neighbouring marks into, column by column', () => {
    // As the file host reads it: ExcelJS hands back E3 and F3 (and E63, F63) as one area each.
    const areas = [
      "'Accounts'!$E$3:$F$3",
      "'Accounts'!$E$63:$F$63",
      "'Accounts'!$H$3:$H$4",
    ].flatMap(parseUnion);
    expect(ownedColumns(areas, 'Accounts')).toEqual(
      new Map([
        [5, { column: 5, headerRow: 3, lastRow: 63 }],
        [6, { column: 6, headerRow: 3, lastRow: 63 }],
        [8, { column: 8, headerRow: 3, lastRow: 4 }],
      ]),
    );
  });

  it('marks a column without data rows by its header cell alone', () => {
    expect(ownedColumns(parseUnion("='Accounts'!$E$3"), 'Accounts').get(5)).toEqual({
      column: 5,
      headerRow: 3,
      lastRow: 3,
    });
  });

  it('keeps to the sheet asked for, in any case, across several names', () => {
    const workbookScoped = "='My ''sheet'''!$E$3,'My ''sheet'''!$E$9,Other!$G$3,Other!$G$9";
    const sheetScoped = "='MY ''SHEET'''!$F$3,'MY ''SHEET'''!$F$9,#REF!";
    const owned = ownedColumns([workbookScoped, sheetScoped].flatMap(parseUnion), "my 'sheet'");
    expect([...owned.keys()]).toEqual([5, 6]);
    expect(ownedColumns(parseUnion(workbookScoped), 'Nowhere').size).toBe(0);
  });

  it('tells the columns of one table from those of another table on the same sheet', () => {
    const areas = parseUnion('=S!$E$3,S!$E$9,S!$E$20,S!$E$30,S!$F$20,S!$F$30');
    expect([...ownedOnRow(areas, 'S', 20).keys()]).toEqual([6]);
    expect([...ownedOnRow(areas, 'S', 3).keys()]).toEqual([5]);
  });
});

describe('marking columns', () => {
  it('marks a column by its header cell and its last data cell', () => {
    expect(columnMarks('Accounts', { column: 5, headerRow: 3, lastRow: 63 })).toEqual([
      "'Accounts'!$E$3",
      "'Accounts'!$E$63",
    ]);
    // Nothing written below the header: the last mark is the header cell, never above it.
    expect(columnMarks('Accounts', { column: 5, headerRow: 3, lastRow: 2 })).toEqual([
      "'Accounts'!$E$3",
      "'Accounts'!$E$3",
    ]);
  });

  it('writes one union for all columns, in column order, with the sheet quoted', () => {
    const formula = marksFormula("Bob's accounts", [
      { column: 7, headerRow: 3, lastRow: 9 },
      { column: 5, headerRow: 3, lastRow: 9 },
    ]);
    expect(formula).toBe(
      "='Bob''s accounts'!$E$3,'Bob''s accounts'!$E$9,'Bob''s accounts'!$G$3,'Bob''s accounts'!$G$9",
    );
  });

  it('reads back the columns it marks', () => {
    const columns = [
      { column: 5, headerRow: 3, lastRow: 63 },
      { column: 9, headerRow: 3, lastRow: 3 },
    ];
    const formula = marksFormula('Sales, 2024', columns) ?? '';
    expect([...ownedColumns(parseUnion(formula), 'Sales, 2024').values()]).toEqual(columns);
  });

  it('has nothing to mark without columns', () => {
    expect(marksFormula('Accounts', [])).toBeNull();
  });
});

describe('taking one sheet out of a marker', () => {
  it('keeps the other sheets’ areas, rewritten as absolute references', () => {
    expect(withoutSheet("='Accounts'!$E$3,Other!E3:E9,accounts!$F$3,#REF!", 'ACCOUNTS')).toBe(
      "='Other'!$E$3:$E$9",
    );
  });

  it('leaves nothing when every area was on that sheet', () => {
    expect(withoutSheet("='Accounts'!$E$3,'Accounts'!$E$9", 'Accounts')).toBeNull();
    expect(withoutSheet('', 'Accounts')).toBeNull();
  });
});

describe('the summary marker', () => {
  it('marks the summary sheet by its A1', () => {
    expect(summaryCell("KAM 'Summary'")).toBe("'KAM ''Summary'''!$A$1");
    expect(summaryFormula('KAM Summary')).toBe("='KAM Summary'!$A$1");
  });

  it('points at the sheet of its first area, or nowhere once the sheet is gone', () => {
    expect(markedSheet(parseUnion(summaryFormula("It's")))).toBe("It's");
    expect(markedSheet(parseUnion('=#REF!'))).toBeNull();
    expect(markedSheet([])).toBeNull();
  });
});
