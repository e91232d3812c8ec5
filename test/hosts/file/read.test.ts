// Reading account tables from .xlsx files: sheet and block choice, cell conversion, layout, and errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileWorkbookHost } from '../../../src/hosts/file';
import { openWorkbookFile } from '../../../src/hosts/file/node';
import { accountsSheet, errorCode, ok, openBytes, xlsxBytes } from './helpers';

describe('choosing the block', () => {
  it('skips a title row and a blank row above the header', async () => {
    const host = await openBytes(await xlsxBytes((wb) => accountsSheet(wb)));
    const { table, layout } = ok(await host.readTable());
    expect(table.sheet).toBe('Accounts');
    expect(table.headerRow).toBe(3);
    expect(table.firstColumn).toBe(1);
    expect(table.headers).toEqual(['Account', 'Region', 'ARR', 'Relationship']);
    expect(table.rows).toHaveLength(5);
    expect(table.rows[0]).toEqual(['Acme', 'EMEA', 120000, 'High']);
    expect(table.rows[1][0]).toBe('=HYPERLINK("http://example.com","Click")');
    expect(table.tableName).toBeUndefined();
    expect(layout).toEqual({ ownedColumns: {}, firstFreeColumn: 5 });
  });

  it('skips a two-cell title that has no data right below it', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.getRow(1).values = ['Customer list', 'as of March'];
      ws.getRow(3).values = [null, 'Account', 'ARR'];
      ws.getRow(4).values = [null, 'Acme', 10];
    });
    const { table } = ok(await (await openBytes(bytes)).readTable());
    expect([table.headerRow, table.firstColumn, table.headers]).toEqual([3, 2, ['Account', 'ARR']]);
  });

  it('stops at the first completely empty row and at the end of the header', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.getRow(1).values = ['Account', 'ARR', null, 'Notes far away'];
      ws.getRow(2).values = ['Acme', 10];
      ws.getRow(3).values = ['Beta', 20, null, 'user note'];
      ws.getRow(5).values = ['Total', 30];
    });
    const { table, layout } = ok(await (await openBytes(bytes)).readTable());
    expect(table.headers).toEqual(['Account', 'ARR']);
    expect(table.rows).toEqual([
      ['Acme', 10],
      ['Beta', 20],
    ]);
    // The user's column after the gap is stepped over, never written into.
    expect(layout.firstFreeColumn).toBe(5);
  });

  it('steps over a merged cell beside the data', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.getRow(1).values = ['Account', 'ARR'];
      ws.getRow(2).values = ['Acme', 10];
      ws.getCell('D2').value = 'merged note';
      ws.mergeCells('D2:F2');
    });
    expect(ok(await (await openBytes(bytes)).readTable()).layout.firstFreeColumn).toBe(7);
  });

  it('keeps an unnamed column in the middle of the data as "Column C"', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.getRow(1).values = ['Account', 'ARR', '  ', 'Region '];
      ws.getRow(2).values = ['Acme', 10, 'x', 'EMEA'];
    });
    const { table } = ok(await (await openBytes(bytes)).readTable());
    expect(table.headers).toEqual(['Account', 'ARR', 'Column C', 'Region']);
  });

  it('reads an Excel table by default, without its totals row', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet('Notes').getCell('A1').value = 'read me';
      const ws = wb.addWorksheet('Data');
      ws.getCell('A1').value = 'Title';
      ws.addTable({
        name: 'Accounts',
        ref: 'B3',
        totalsRow: true,
        columns: [
          { name: 'Account', totalsRowLabel: 'Total' },
          { name: 'ARR', totalsRowFunction: 'sum' },
        ],
        rows: [
          ['Acme', 10],
          ['Beta', 20],
        ],
      });
    });
    const { table, layout } = ok(await (await openBytes(bytes)).readTable());
    expect(table.sheet).toBe('Data');
    expect(table.tableName).toBe('Accounts');
    expect([table.headerRow, table.firstColumn]).toEqual([3, 2]);
    expect(table.rows).toEqual([
      ['Acme', 10],
      ['Beta', 20],
    ]);
    expect(layout.firstFreeColumn).toBe(4);
  });

  it('reads a table by name, and a sheet by name (any case)', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.addTable({
        name: 'First',
        ref: 'A1',
        columns: [{ name: 'X' }, { name: 'Y' }],
        rows: [[1, 2]],
      });
      ws.addTable({
        name: 'Second',
        ref: 'E1',
        columns: [{ name: 'Account' }, { name: 'ARR' }],
        rows: [['Acme', 3]],
      });
      accountsSheet(wb, 'Other');
    });
    const host = await openBytes(bytes);
    expect(ok(await host.readTable({ table: 'second' })).table.headers).toEqual(['Account', 'ARR']);
    expect(ok(await host.readTable({ sheet: 'other' })).table.sheet).toBe('Other');
  });

  it('skips hidden sheets and the summary sheet', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet('KAM Summary').getRow(1).values = ['a', 'b'];
      const hidden = accountsSheet(wb, 'Hidden');
      hidden.state = 'hidden';
      accountsSheet(wb, 'Plain');
    });
    expect(ok(await (await openBytes(bytes)).readTable()).table.sheet).toBe('Plain');
  });

  it('prefers the first sheet that has an Excel table', async () => {
    const bytes = await xlsxBytes((wb) => {
      accountsSheet(wb, 'Plain');
      wb.addWorksheet('Tabled').addTable({
        name: 'T',
        ref: 'C2',
        columns: [{ name: 'Account' }, { name: 'ARR' }],
        rows: [['Acme', 1]],
      });
    });
    expect(ok(await (await openBytes(bytes)).readTable()).table.sheet).toBe('Tabled');
  });
});

describe('cell conversion', () => {
  it('reads cached formula results, errors, rich text, hyperlinks, dates and booleans', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.getRow(1).values = ['Account', 'Value', 'Flag'];
      ws.getRow(2).values = ['Acme', { formula: '2*3', result: 6 }, true];
      ws.getRow(3).values = [
        { richText: [{ text: 'Be' }, { text: 'ta', font: { bold: true } }] },
        { error: '#N/A' },
        false,
      ];
      ws.getRow(4).values = [
        { text: 'Gamma', hyperlink: 'http://example.com' },
        new Date(Date.UTC(2026, 0, 15, 12)),
        null,
      ];
      ws.getRow(5).values = [
        'Delta',
        { formula: 'NA()', result: { error: '#DIV/0!' } },
        { formula: 'TRUE()', result: true },
      ];
      ws.getRow(6).values = ['Eps', { formula: 'B2', result: undefined }, ''];
      ws.getCell('B7').value = { sharedFormula: 'B2', result: 12 };
      ws.getCell('A7').value = 'Zeta';
    });
    const { table } = ok(await (await openBytes(bytes)).readTable());
    expect(table.rows).toEqual([
      ['Acme', 6, true],
      ['Beta', '#N/A', false],
      ['Gamma', 46037.5, null],
      ['Delta', '#DIV/0!', true],
      ['Eps', null, null],
      ['Zeta', 12, null],
    ]);
  });
});

describe('errors a user can fix', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'kam-read-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing file', async () => {
    const outcome = await openWorkbookFile(join(dir, 'nope.xlsx'));
    expect(errorCode(outcome)).toBe('unreadable-file');
    expect(outcome.kind === 'error' && outcome.message).toMatch(/does not exist/);
  });

  it('damaged bytes, bytes that are no workbook, an old .xls', async () => {
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(errorCode(await FileWorkbookHost.fromBuffer(damaged, 'x.xlsx'))).toBe('unreadable-file');
    expect(
      errorCode(await FileWorkbookHost.fromBuffer(new TextEncoder().encode('hello'), 'x.xlsx')),
    ).toBe('unreadable-file');
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const outcome = await FileWorkbookHost.fromBuffer(xls, 'old.xls');
    expect(outcome.kind === 'error' && outcome.message).toMatch(/save it as \.xlsx/);
    writeFileSync(join(dir, 'bad.xlsx'), damaged);
    expect(errorCode(await openWorkbookFile(join(dir, 'bad.xlsx')))).toBe('unreadable-file');
  });

  it('no header row', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.getCell('A1').value = 'Only a title';
      ws.getRow(2).values = [1, 2, 3];
    });
    expect(errorCode(await (await openBytes(bytes)).readTable())).toBe('no-header');
  });

  it('a header without data rows', async () => {
    const bytes = await xlsxBytes(
      (wb) => (wb.addWorksheet('Data').getRow(2).values = ['Account', 'ARR']),
    );
    expect(errorCode(await (await openBytes(bytes)).readTable())).toBe('empty-table');
  });

  it('an unknown sheet or table lists what there is', async () => {
    const bytes = await xlsxBytes((wb) => {
      accountsSheet(wb);
      wb.addWorksheet('Data').addTable({
        name: 'Deals',
        ref: 'A1',
        columns: [{ name: 'A' }, { name: 'B' }],
        rows: [[1, 2]],
      });
    });
    const host = await openBytes(bytes);
    const sheet = await host.readTable({ sheet: 'Customers' });
    expect(errorCode(sheet)).toBe('no-sheet');
    expect(sheet.kind === 'error' && sheet.message).toMatch(/"Accounts", "Data"/);
    const table = await host.readTable({ table: 'Clients' });
    expect(errorCode(table)).toBe('no-table');
    expect(table.kind === 'error' && table.message).toMatch(/"Deals"/);
    expect(errorCode(await host.readTable({ sheet: 'Accounts', table: 'Deals' }))).toBe('no-table');
  });
});
