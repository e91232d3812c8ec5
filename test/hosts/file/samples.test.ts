// The bundled sample workbooks read as intended, and a CSV input can be written back as CSV or .xlsx.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../../src/hosts/file';
import { openWorkbookFile, saveWorkbookFile } from '../../../src/hosts/file/node';
import { column, errorCode, ok, plan, summaryPlan } from './helpers';

const examples = join(__dirname, '..', '..', '..', 'examples');
const HEADERS = [
  'Account',
  'Region',
  'ARR',
  'Revenue potential',
  'Product fit',
  'Relationship',
  'Credit rating',
  'Shared vision',
  'Cost to serve',
  'Notes',
  'Owner',
];

describe('sample workbooks', () => {
  it('accounts.xlsx: title row, header on row 3, 60 accounts with the messy cells', async () => {
    const host = ok(await openWorkbookFile(join(examples, 'accounts.xlsx')));
    const { table, layout } = ok(await host.readTable());
    expect([table.headerRow, table.rows.length, layout.firstFreeColumn]).toEqual([3, 60, 12]);
    expect(table.headers).toEqual(HEADERS);
    const cells = table.rows.flat();
    for (const messy of [
      '$12.5k',
      'n/a',
      '#N/A',
      'Mediumish',
      '=HYPERLINK("http://example.com","Click")',
      '+Plus Corp',
    ])
      expect(cells).toContain(messy);
  });

  it('accounts-table.xlsx: the same data as the Excel table "Accounts"', async () => {
    const host = ok(await openWorkbookFile(join(examples, 'accounts-table.xlsx')));
    const { table } = ok(await host.readTable());
    expect([table.tableName, table.headerRow, table.rows.length]).toEqual(['Accounts', 1, 60]);
    const plain = ok(
      await ok(await openWorkbookFile(join(examples, 'accounts.xlsx'))).readTable(),
    ).table;
    expect(table.rows).toEqual(plain.rows);
  });

  it('accounts-messy.csv: European text values, read in the decimal-comma locale', async () => {
    const host = ok(await openWorkbookFile(join(examples, 'accounts-messy.csv')));
    const { table } = ok(await host.readTable());
    expect([table.sheet, table.headerRow, table.rows.length, table.numberLocale]).toEqual([
      'accounts-messy',
      1,
      62,
      'decimal-comma',
    ]);
    expect(table.rows.every((row) => row.every((v) => v === null || typeof v === 'string'))).toBe(
      true,
    );
    expect(table.rows.flat()).toEqual(
      expect.arrayContaining(['(1.200)', '300-', '#DIV/0!', 'Left in March\nkept for history']),
    );
  });
});

describe('saving', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'kam-save-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a CSV input back as CSV with formula-like text escaped, or as .xlsx with text cells', async () => {
    const host = ok(await openWorkbookFile(join(examples, 'accounts-messy.csv')));
    const { layout } = ok(await host.readTable());
    const drivers = Array.from({ length: 62 }, (_, i) => (i === 0 ? '=1+2' : `Driver ${i}`));
    const scores = Array.from({ length: 62 }, (_, i) => i + 0.5);
    const written = plan({
      sheet: 'accounts-messy',
      headerRow: 1,
      rowCount: 62,
      columns: [
        column('score', 'KAM Score', layout.firstFreeColumn, scores),
        column('drivers', 'KAM Drivers', layout.firstFreeColumn + 1, drivers, '@'),
      ],
      summary: summaryPlan(),
    });
    ok(await host.apply(written));
    const savedCsv = ok(await saveWorkbookFile(host, join(dir, 'out.csv')));
    ok(await saveWorkbookFile(host, join(dir, 'out.xlsx')));
    expect(errorCode(await saveWorkbookFile(host, join(dir, 'out.pdf')))).toBe(
      'unsupported-output',
    );
    const text = readFileSync(join(dir, 'out.csv'), 'utf8');
    expect(text.startsWith('\ufeffAccount;')).toBe(true);
    const rows = parseCsv(text.slice(1)).rows;
    expect(rows[0].slice(-2)).toEqual(['KAM Score', 'KAM Drivers']);
    // Decimal comma for a ";" file; the formula-looking values are escaped; input text is kept as is.
    expect(rows[1].slice(-2)).toEqual(['0,5', "'=1+2"]);
    expect(rows.flat()).toContain('\'=HYPERLINK("http://example.com","Click")');
    expect(rows.flat()).toContain("'+Plus Corp");
    expect(rows.flat()).toContain('(1.200)');
    expect(savedCsv.notes.join(' ')).toMatch(/CSV keeps only the values/);
    const xlsx = ok(await openWorkbookFile(join(dir, 'out.xlsx')));
    const again = ok(await xlsx.readTable());
    expect(again.layout.ownedColumns).toEqual({ 'KAM Score': 12, 'KAM Drivers': 13 });
    expect(again.table.rows[0][12]).toBe('=1+2');
  });
});
