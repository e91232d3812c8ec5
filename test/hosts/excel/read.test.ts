// Reading the account table from Excel: every table shape a finance user has, through office-addin-mock proxies.
import { fakeExcel, NOT_LOADED, NOT_SYNCED } from './fake';
import { ACCOUNT_ROWS, failure, fakeBook, hostOver, ok } from './fixtures';

const TITLED = [['Customer accounts FY2026'], [], ...ACCOUNT_ROWS];

describe('the proxies are office-addin-mock objects', () => {
  it('answer with its error strings, not an exception, for a property read before load or before sync', async () => {
    const book = fakeBook({ sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }] });
    const seen: unknown[] = [];
    await fakeExcel(book).run(async (context) => {
      const range = context.workbook.worksheets.getItem('Accounts').getRange('A1');
      seen.push(range.address);
      range.load('address');
      seen.push(range.address);
      await context.sync();
      seen.push(range.address);
    });
    expect(seen).toEqual([NOT_LOADED, NOT_SYNCED, 'Accounts!A1']);
  });
});

describe('readTable', () => {
  it('reads the Excel table the selection is in, without its totals row', async () => {
    const rows = [...ACCOUNT_ROWS, ['Total', null, 271900, null, null]];
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows, at: 'B2' }],
      tables: [{ name: 'Accounts_tbl', sheet: 'Accounts', address: 'B2:F10', showTotals: true }],
      active: { sheet: 'Accounts', cell: 'D5' },
    });
    const { table, layout } = ok(await hostOver(book).readTable());
    expect(table).toMatchObject({
      sheet: 'Accounts',
      tableName: 'Accounts_tbl',
      headerRow: 2,
      firstColumn: 2,
    });
    expect(table.headers).toEqual(['Account', 'Region', 'ARR', 'Relationship', 'Product fit']);
    expect(table.rows).toHaveLength(7);
    expect(table.rows[0]).toEqual(['Acme', 'EMEA', 120000, 'High', 5]);
    expect(layout).toEqual({ ownedColumns: {}, firstFreeColumn: 7 });
  });

  it('reads the table the user names, wherever the selection is (names match case-insensitively)', async () => {
    const book = fakeBook({
      sheets: [
        { name: 'Notes', rows: [['Read me'], ['Two', 'texts']] },
        { name: 'Accounts', rows: ACCOUNT_ROWS },
      ],
      tables: [{ name: 'Pipeline', sheet: 'Accounts', address: 'A1:E8' }],
      active: { sheet: 'Notes', cell: 'A1' },
    });
    const { table } = ok(await hostOver(book).readTable({ table: 'pipeline' }));
    expect(table).toMatchObject({ sheet: 'Accounts', tableName: 'Pipeline', headerRow: 1 });
    expect(failure(await hostOver(book).readTable({ table: 'Nope' }))).toMatchObject({
      code: 'no-table',
      message: expect.stringContaining('"Pipeline"'),
    });
  });

  it('reads the region around the selection, skipping a title row right above the header', async () => {
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows: [['Key accounts, FY2026'], ...ACCOUNT_ROWS] }],
      active: { sheet: 'Accounts', cell: 'C4' },
    });
    const { table } = ok(await hostOver(book).readTable());
    expect(table.headerRow).toBe(2);
    expect(table.tableName).toBeUndefined();
    expect(table.rows).toHaveLength(7);
  });

  it('finds the header below a title and a blank row when the selection is on the title', async () => {
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows: TITLED }],
      active: { sheet: 'Accounts', cell: 'A1' },
    });
    const { table } = ok(await hostOver(book).readTable());
    expect(table.headerRow).toBe(3);
    expect(table.rows.map((r) => r[0])).toEqual(ACCOUNT_ROWS.slice(1).map((r) => r[0]));
  });

  it('reads below the region only a little past it, not down to a stray cell at the bottom of the sheet', async () => {
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }],
      active: { sheet: 'Accounts', cell: 'C4' },
    });
    const sheet = book.sheets.find((s) => s.name === 'Accounts');
    if (sheet === undefined) throw new Error('no sheet');
    sheet.ensure(1_048_576, 1).value = 'stray';
    const { table } = ok(await hostOver(book).readTable());
    expect(table.rows).toHaveLength(7);
    expect(table.dataBelow).toBeUndefined();
    // A whole read down to row 1,048,576 takes dozens of requests of megabytes each.
    expect(book.syncCount).toBeLessThan(6);
    expect(Math.max(...book.batchBytes)).toBeLessThan(200_000);
  });

  it('takes the only table of the sheet when the selection is on an empty cell', async () => {
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS, at: 'C5' }],
      tables: [{ name: 'T', sheet: 'Accounts', address: 'C5:G12' }],
      active: { sheet: 'Accounts', cell: 'A1' },
    });
    const { table } = ok(await hostOver(book).readTable());
    expect(table).toMatchObject({ tableName: 'T', headerRow: 5, firstColumn: 3 });
  });

  it('asks the user to choose when the selection is outside several tables', async () => {
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows: [...ACCOUNT_ROWS, [], [], ...ACCOUNT_ROWS] }],
      tables: [
        { name: 'East', sheet: 'Accounts', address: 'A1:E8' },
        { name: 'West', sheet: 'Accounts', address: 'A11:E18' },
      ],
      active: { sheet: 'Accounts', cell: 'K40' },
    });
    expect(failure(await hostOver(book).readTable())).toMatchObject({ code: 'several-tables' });
  });

  it('reads the sheet the user names: its first table, else the block in its used range', async () => {
    const book = fakeBook({
      sheets: [
        { name: 'Summary', rows: [['x']] },
        { name: 'Accounts', rows: TITLED },
      ],
      active: { sheet: 'Summary', cell: 'A1' },
    });
    const { table } = ok(await hostOver(book).readTable({ sheet: 'accounts' }));
    expect(table).toMatchObject({ sheet: 'Accounts', headerRow: 3 });
    expect(failure(await hostOver(book).readTable({ sheet: 'Nope' })).code).toBe('no-sheet');
  });

  it('keeps formula results, error values as text, booleans, and reads blank text as empty', async () => {
    const book = fakeBook({
      sheets: [
        {
          name: 'Accounts',
          rows: [
            ['Account', 'ARR', 'Shared vision', 'Note'],
            ['Acme', 1200, true, '   '],
            ['Globex', '#N/A', false, 'ok'],
          ],
        },
      ],
    });
    const acmeArr = book.sheet('Accounts')?.ensure(2, 2);
    if (acmeArr) acmeArr.formula = '=600*2';
    const { table } = ok(await hostOver(book).readTable());
    expect(table.rows).toEqual([
      ['Acme', 1200, true, null],
      ['Globex', '#N/A', false, 'ok'],
    ]);
  });

  it('names a blank header in the middle of the data after its column', async () => {
    const book = fakeBook({
      sheets: [
        {
          name: 'Accounts',
          rows: [
            ['Account', 'ARR', null, 'Region'],
            ['Acme', 1, 'x', 'EMEA'],
          ],
        },
      ],
    });
    expect(ok(await hostOver(book).readTable()).table.headers).toEqual([
      'Account',
      'ARR',
      'Column C',
      'Region',
    ]);
  });

  it('puts results after a user column beside the data, even across a gap', async () => {
    const rows = ACCOUNT_ROWS.map((r, i) => [...r, null, i === 3 ? 'call back' : null]);
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows }],
      active: { sheet: 'Accounts', cell: 'A2' },
    });
    expect(ok(await hostOver(book).readTable()).layout.firstFreeColumn).toBe(8);
  });

  it('reports the workbook number locale when Excel knows it (ExcelApi 1.11)', async () => {
    const book = fakeBook({ sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }] });
    book.decimalSeparator = ',';
    expect(ok(await hostOver(book).readTable()).table.numberLocale).toBe('decimal-comma');
    book.apiMinor = 10;
    expect(ok(await hostOver(book).readTable()).table.numberLocale).toBeUndefined();
  });

  it('refuses to read our own summary sheet as an account list', async () => {
    const book = fakeBook({
      sheets: [
        { name: 'Accounts', rows: ACCOUNT_ROWS },
        { name: 'KAM Summary', rows: [['Key account summary']] },
      ],
    });
    book.names.set('_KAM_Summary', { formula: "='KAM Summary'!$A$1", visible: false });
    book.activeSheet = 'KAM Summary';
    expect(failure(await hostOver(book).readTable())).toMatchObject({ code: 'summary-sheet' });
  });

  it('says what is missing on an empty sheet or a sheet without a header row', async () => {
    const empty = fakeBook({ sheets: [{ name: 'Accounts', rows: [] }] });
    expect(failure(await hostOver(empty).readTable()).code).toBe('empty-sheet');
    const noHeader = fakeBook({
      sheets: [
        {
          name: 'Accounts',
          rows: [
            [1, 2],
            [3, 4],
          ],
        },
      ],
      active: { sheet: 'Accounts', cell: 'D9' },
    });
    expect(failure(await hostOver(noHeader).readTable()).code).toBe('no-header');
  });

  it('refuses an Excel table whose header row is turned off', async () => {
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS.slice(1) }],
      tables: [{ name: 'T', sheet: 'Accounts', address: 'A1:E7', showHeaders: false }],
    });
    expect(failure(await hostOver(book).readTable()).code).toBe('no-header');
  });

  it('needs ExcelApi 1.7 and says so on an older Excel', async () => {
    const book = fakeBook({ sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }], apiMinor: 6 });
    expect(failure(await hostOver(book).readTable())).toMatchObject({
      code: 'excel-too-old',
      message: expect.stringContaining('1.7'),
    });
  });
});
