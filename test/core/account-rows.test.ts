// Rows with nothing of the user's own (an account they emptied beside our earlier results, a blank
// row inside the block): not accounts, no results, in no figure, and they do not cut the table short.
import {
  accountRows,
  calibrationFrom,
  findBlock,
  gridOf,
  identify,
  isFigureNote,
  parseModel,
  planWrite,
  type RawCell,
  type RawTable,
  scoreRow,
  scoreTable,
} from '../../src/core';

import { writtenValues } from '../support/plan-values';

const HEADERS = ['Account', 'ARR', 'Fit', 'Relationship', 'KAM Score', 'KAM Tier'];

function table(rows: readonly (readonly RawCell[])[]): RawTable {
  return { sheet: 'Accounts', headerRow: 1, firstColumn: 1, headers: HEADERS, rows };
}

const ACME: RawCell[] = ['Acme', 120000, 5, 'High', 81.5, 'Key'];
const GLOBEX: RawCell[] = ['Globex', 88000, 4, 'High', 70, 'Key'];
const INITECH: RawCell[] = ['Initech', 15000, 3, 'Medium', 30, 'Core'];
const UMBRELLA: RawCell[] = ['Umbrella', 64000, 2, 'Low', 55, 'Growth'];
const EMPTIED: RawCell[] = [null, null, null, null, 40, 'Core'];

describe('accountRows', () => {
  it('leaves out the rows with nothing outside our result columns, blanks and spaces alike, at their sheet rows', () => {
    const source = table([ACME, EMPTIED, GLOBEX, [' ', '', null, '  ', null, null], INITECH]);
    const rows = accountRows(source, undefined);
    if (rows.kind !== 'ok') throw new Error(rows.message);
    expect(rows.value.withoutData).toEqual([3, 5]);
    expect(rows.value.table.rows).toEqual([ACME, GLOBEX, INITECH]);
    expect(rows.value.table.sheetRows).toEqual([2, 4, 6]);
    expect(rows.value.leftOut).toBe(0);
  });

  it('hands back the very table when every row holds data of its own', () => {
    const source = table([ACME, GLOBEX]);
    const rows = accountRows(source, undefined);
    expect(rows.kind === 'ok' && rows.value.table).toBe(source);
  });

  it('applies the filter to the rows with data, counting only what the filter left out', () => {
    const rows = accountRows(table([ACME, EMPTIED, GLOBEX, INITECH]), {
      Relationship: ['High'],
    });
    if (rows.kind !== 'ok') throw new Error(rows.message);
    expect(rows.value.table.sheetRows).toEqual([2, 4]);
    expect(rows.value.leftOut).toBe(1);
    expect(rows.value.withoutData).toEqual([3]);
  });

  it('does not take a filter on our own tier for data: an emptied row marked Key stays out', () => {
    const rows = accountRows(table([ACME, [null, null, null, null, 90, 'Key'], GLOBEX]), {
      'KAM Tier': ['Key'],
    });
    expect(rows.kind === 'ok' && rows.value.table.rows).toEqual([ACME, GLOBEX]);
  });
});

describe('a run over a row the user emptied beside our earlier results', () => {
  const source = table([ACME, EMPTIED, GLOBEX, INITECH, UMBRELLA]);
  const run = identify(source);
  if (run.kind !== 'ok') throw new Error(run.message);
  const result = run.value;
  const without = identify(table([ACME, GLOBEX, INITECH, UMBRELLA]));
  if (without.kind !== 'ok') throw new Error(without.message);

  it('scores the other accounts exactly as if the row were not there', () => {
    expect(result.ids).toEqual(['Acme', 'Globex', 'Initech', 'Umbrella']);
    expect(result.pipeline.scores).toEqual(without.value.pipeline.scores);
    expect(result.pipeline.concentration.accounts).toBe(4);
  });

  it('says once, as information, which row is no account and why, with no warning about it', () => {
    const about = result.diagnostics.filter((d) => d.row === 3);
    expect(about).toEqual([
      expect.objectContaining({
        code: 'row-without-data',
        severity: 'info',
        cell: 'A3',
        message:
          'Row 3 is empty apart from the KAM columns: not an account, so skipped, and any KAM results there cleared.',
      }),
    ]);
  });

  it('empties the row’s result cells and writes the others in their rows', () => {
    const plan = planWrite(result, {
      ownedColumns: { 'KAM Score': 5, 'KAM Tier': 6 },
      firstFreeColumn: 7,
    });
    const tiers = writtenValues(plan.columns.find((c) => c.header === 'KAM Tier'));
    expect(tiers).toHaveLength(5);
    expect(tiers[1]).toBeNull();
    expect(tiers.filter((t) => t !== null)).toHaveLength(4);
    const scores = writtenValues(plan.columns.find((c) => c.header === 'KAM Score'));
    expect(scores[1]).toBeNull();
    expect(scores[2]).toBe(result.pipeline.scores[1]);
  });

  it('counts several such rows in one line, naming the first ones', () => {
    const many = identify(table([ACME, EMPTIED, GLOBEX, EMPTIED, INITECH, EMPTIED, UMBRELLA]));
    if (many.kind !== 'ok') throw new Error(many.message);
    const note = many.value.diagnostics.find((d) => d.code === 'row-without-data');
    expect(note).toMatchObject({
      count: 3,
      cells: ['A3', 'A5', 'A7'],
      message:
        'Rows 3, 5, 7 are empty apart from the KAM columns: not accounts, so skipped, and any KAM results there cleared.',
    });
  });

  it('refuses a table whose every row is empty of data, as an empty table', () => {
    expect(identify(table([EMPTIED, EMPTIED]))).toMatchObject({
      kind: 'error',
      code: 'empty-table',
    });
  });
});

describe('findBlock past blank rows', () => {
  const HEADER_ROW: RawCell[] = HEADERS;
  const block = (rows: readonly (readonly RawCell[])[]) => {
    const found = findBlock(gridOf(1, 1, rows), 'Accounts');
    if (found.kind !== 'ok') throw new Error(found.message);
    return found.value;
  };
  const shape = (rows: readonly (readonly RawCell[])[]): number => block(rows).rowCount;

  it('goes on past blank rows when the rows below hold our earlier results', () => {
    expect(shape([HEADER_ROW, ACME, [], [], GLOBEX, INITECH])).toBe(5);
  });

  it('stops at a blank row when what follows has none of our results (a total under a gap)', () => {
    expect(shape([HEADER_ROW, ACME, GLOBEX, [], ['Total', 208000, null, null, null, null]])).toBe(
      2,
    );
  });

  it('goes on when a later row of the stretch below holds our results (the first was left out by a filter: blank results)', () => {
    const leftOutByFilter: RawCell[] = ['Initech', 15000, 3, 'Medium', null, null];
    expect(shape([HEADER_ROW, ACME, [], leftOutByFilter, GLOBEX])).toBe(4);
  });

  it('takes only our own result headers for results: a user’s "KAM Owner" under a gap is no sign of an earlier run', () => {
    const headers: RawCell[] = ['Account', 'ARR', 'KAM Owner', 'KAM Score (2)'];
    expect(
      shape([
        headers,
        ['Acme', 10, 'Ana', null],
        [],
        ['Total', 30, 'Ana', null],
        ['x', 1, 'Bo', null],
      ]),
    ).toBe(1);
    expect(shape([headers, ['Acme', 10, 'Ana', 50], [], ['Beta', 30, 'Bo', 40]])).toBe(3);
  });

  it('stops at a blank row when the block has no result columns at all', () => {
    const plain = (row: readonly RawCell[]): RawCell[] => row.slice(0, 4);
    expect(shape([plain(HEADER_ROW), plain(ACME), [], plain(GLOBEX)])).toBe(1);
  });

  it('says which rows of data sit under the blank rows where it stopped', () => {
    const plain = (row: readonly RawCell[]): RawCell[] => row.slice(0, 4);
    const found = block([
      plain(HEADER_ROW),
      plain(ACME),
      [],
      [],
      plain(GLOBEX),
      plain(INITECH),
      [],
      plain(UMBRELLA),
    ]);
    expect(found).toMatchObject({ rowCount: 1, dataBelow: { first: 5, last: 6 } });
    expect('dataBelow' in block([plain(HEADER_ROW), plain(ACME), plain(GLOBEX)])).toBe(false);
    expect('dataBelow' in block([HEADER_ROW, ACME, [], GLOBEX])).toBe(false);
  });

  it('says nothing of a total under a gap, nor of a report’s footer (one cell a row)', () => {
    const plain = (row: readonly RawCell[]): RawCell[] => row.slice(0, 4);
    const total = ['Total', 208000, null, null];
    expect('dataBelow' in block([plain(HEADER_ROW), plain(ACME), [], total])).toBe(false);
    const footer = [
      ['Confidential Information - Do Not Distribute'],
      ['Copyright © 2000-2025 salesforce.com, inc. All rights reserved.'],
    ];
    expect('dataBelow' in block([plain(HEADER_ROW), plain(ACME), [], ...footer])).toBe(false);
  });
});

describe('data under a blank row below the table', () => {
  const plain: RawTable = { ...table([ACME, GLOBEX]), headers: HEADERS.slice(0, 4) };
  const warned = (dataBelow: { first: number; last: number }) => {
    const run = identify({ ...plain, dataBelow });
    if (run.kind !== 'ok') throw new Error(run.message);
    return run.value.diagnostics.filter((d) => d.code === 'data-below-table');
  };

  it('is a warning at its first cell, said with the figures', () => {
    expect(warned({ first: 5, last: 9 })).toEqual([
      {
        cell: 'A5',
        row: 5,
        column: '',
        code: 'data-below-table',
        severity: 'warning',
        message:
          'The table ends at row 3, above a blank row; rows 5–9 below it were not read. If they are more accounts of this list, delete the blank rows above them and run again.',
      },
    ]);
    expect(isFigureNote('data-below-table')).toBe(true);
  });
});

describe('the KAM functions on a row with nothing of its own', () => {
  const model = parseModel({
    version: 1,
    idColumn: 'Account',
    revenueColumn: 'ARR',
    missing: 'zero',
    criteria: [
      { id: 'arr', column: 'ARR', weight: 2, normalize: { method: 'minmax' } },
      { id: 'fit', column: 'Fit', weight: 1, normalize: { method: 'scale', min: 1, max: 5 } },
    ],
  });
  if (model.kind !== 'ok') throw new Error(model.message);
  const source = table([ACME, EMPTIED, GLOBEX, INITECH]);
  const run = identify(source, { model: model.value });
  if (run.kind !== 'ok') throw new Error(run.message);

  it('give it no score, as the run does, even where a missing value counts as 0', () => {
    const scores = scoreTable(source, model.value);
    if (scores.kind !== 'ok') throw new Error(scores.message);
    expect(scores.value[1]).toBeNaN();
    expect([scores.value[0], scores.value[2], scores.value[3]]).toEqual([
      ...run.value.pipeline.scores,
    ]);
    const calibration = calibrationFrom(run.value);
    const own = (row: readonly RawCell[]) => row.slice(0, 4);
    expect(scoreRow(model.value, calibration, own(EMPTIED))).toMatchObject({
      kind: 'ok',
      value: { kept: false, score: NaN },
    });
    const acme = scoreRow(model.value, calibration, own(ACME));
    expect(acme.kind === 'ok' && acme.value.score).toBe(run.value.pipeline.scores[0]);
  });
});
