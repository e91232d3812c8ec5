// Every workbook in the fixtures corpus (files shaped as Excel, LibreOffice, Google Sheets, openpyxl and ExcelJS write them) read cell by cell.
import {
  cellAddress,
  identify,
  parseCellArea,
  parseModel,
  type Model,
  type RawCell,
} from '../../../../src/core';
import { exitCodeFor } from '../../../../src/cli/errors';
import { FileWorkbookHost } from '../../../../src/hosts/file';
import { identifyAndWrite } from '../../../../src/hosts/identify-and-write';
import { ok } from '../helpers';
import { rawOf, xlsxFixtures, type ExpectedSheet } from './expect';

const fixtures = xlsxFixtures();
const readable = fixtures.filter((f) => f.expect.refuse !== true);

async function open(name: string, bytes: Uint8Array): Promise<FileWorkbookHost> {
  return ok(await FileWorkbookHost.fromBuffer(bytes, name));
}

/** The area the sidecar lists every non-empty cell of: the table, else the block, else the listed cells. */
function listedArea(
  sheet: ExpectedSheet,
): { top: number; left: number; bottom: number; right: number } | null {
  const ref = sheet.table?.ref ?? sheet.block;
  return ref === undefined ? null : parseCellArea(ref);
}

describe.each(readable.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
  const sheets = fixture.expect.sheets ?? [];

  it('lists the visible sheets in tab order', async () => {
    const host = await open(name, fixture.bytes);
    const visible = sheets.filter((s) => s.visible).map((s) => s.name);
    expect(host.sheetNames().filter((n) => visible.includes(n))).toEqual(visible);
  });

  it.each(sheets.map((s) => [s.name, s] as const))(
    'sheet %s: every cell as the sidecar says, and nothing else in its block',
    async (_, sheet) => {
      const host = await open(name, fixture.bytes);
      const view = host.sheetView(sheet.name);
      if (view === undefined) throw new Error(`no sheet ${sheet.name}`);
      const { rows, styles } = view.cells;
      const at = (r: number, c: number): RawCell => rows[r]?.[c - 1] ?? null;
      for (const [address, cell] of Object.entries(sheet.cells)) {
        const box = parseCellArea(address);
        if (box === null) throw new Error(address);
        expect([address, at(box.top, box.left)]).toEqual([address, rawOf(cell)]);
        if (cell.format !== undefined && cell.type !== 'formula')
          expect([address, view.formats[styles?.[box.top]?.[box.left - 1] ?? 0]]).toEqual([
            address,
            cell.format,
          ]);
      }
      const area = listedArea(sheet);
      if (area === null) return;
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) {
          const address = cellAddress(r, c);
          if (sheet.cells[address] === undefined)
            expect([address, at(r, c)]).toEqual([address, null]);
        }
    },
  );

  it('reads the account table through the port as the cells say', async () => {
    const host = await open(name, fixture.bytes);
    const first = sheets.find((s) => s.visible && s.headerRow !== undefined);
    if (first === undefined) throw new Error('no account block in the sidecar');
    const { table } = ok(await host.readTable({ sheet: first.name }));
    expect(table.sheet).toBe(first.name);
    if (first.table !== null) {
      expect(table.tableName).toBe(first.table.name);
      expect(table.headers).toEqual(first.table.columns);
    }
    const expected = (r: number, c: number): RawCell => {
      const cell = first.cells[cellAddress(r, c)];
      return cell === undefined ? null : rawOf(cell);
    };
    table.rows.forEach((row, i) =>
      row.forEach((value, j) => {
        const r = table.headerRow + 1 + i;
        const c = table.firstColumn + j;
        expect([cellAddress(r, c), value]).toEqual([cellAddress(r, c), expected(r, c)]);
      }),
    );
  });
});

/** A model scoring ARR, and Margin when asked: the Margin column is all formulas in the openpyxl file. */
function model(withMargin: boolean): Model {
  const minmax = { method: 'minmax' };
  return ok(
    parseModel({
      version: 1,
      name: withMargin ? 'ARR and margin' : 'ARR only',
      idColumn: 'Account',
      revenueColumn: 'ARR',
      criteria: [
        { id: 'arr', column: 'ARR', weight: 1, normalize: minmax },
        ...(withMargin ? [{ id: 'margin', column: 'Margin', weight: 1, normalize: minmax }] : []),
      ],
    }),
  );
}

describe('what other producers write, read as they mean it', () => {
  const fixture = (name: string): { name: string; bytes: Uint8Array } => {
    const found = fixtures.find((f) => f.name === name);
    if (found === undefined) throw new Error(name);
    return found;
  };

  it('reads an Excel table without headerRowCount as a table with a header row', async () => {
    const { name, bytes } = fixture('excel-table.xlsx');
    const { table } = ok(await (await open(name, bytes)).readTable());
    expect([table.tableName, table.headerRow, table.rows.length]).toEqual(['tblAccounts', 1, 12]);
  });

  it('leaves the totals row out and keeps a hidden row as an account', async () => {
    const { name, bytes } = fixture('excel-table-totals.xlsx');
    const host = await open(name, bytes);
    const { table } = ok(await host.readTable());
    expect(table.rows).toHaveLength(12);
    expect(host.sheetView('Accounts')?.cells.hiddenRows).toEqual([9]);
    expect(host.sheetView('Accounts')?.cells.merges).toEqual([
      { top: 1, left: 13, bottom: 2, right: 14 },
    ]);
  });

  it('takes a cached 0 as 0, not as missing', async () => {
    const { name, bytes } = fixture('excel-table.xlsx');
    const { table } = ok(await (await open(name, bytes)).readTable({ sheet: 'Notes' }));
    // C5 holds <f>B5*12</f><v>0</v>.
    expect(table.rows[5 - table.headerRow - 1][3 - table.firstColumn]).toBe(0);
  });

  it('reports formulas without a saved result once per column, with the count and the first cells', async () => {
    const { name, bytes } = fixture('openpyxl-no-cache.xlsx');
    const { table } = ok(await (await open(name, bytes)).readTable());
    expect(table.rows.map((row) => row[table.headers.indexOf('Margin')])).toEqual(
      new Array(12).fill(null),
    );
    const run = ok(identify(table, { model: model(true) }));
    const reported = run.diagnostics.filter((d) => d.code === 'formula-without-result');
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({
      column: 'Margin',
      cell: 'K2',
      count: 12,
      cells: ['K2', 'K3', 'K4', 'K5', 'K6'],
    });
    expect(reported[0].message).toMatch(
      /^12 formula cells in Margin \(K2, K3, K4, K5, K6, …\) have no saved result: open and save the file in Excel or LibreOffice first/,
    );
  });

  it('says nothing of formulas in a column the run does not read', async () => {
    const { name, bytes } = fixture('openpyxl-no-cache.xlsx');
    const { table } = ok(await (await open(name, bytes)).readTable());
    const run = ok(identify(table, { model: model(false) }));
    expect(run.diagnostics.filter((d) => d.code === 'formula-without-result')).toEqual([]);
  });

  it('has no note about parts a write would drop: the patching writer keeps them all', async () => {
    for (const file of ['excel-extras.xlsx', 'xlsm-macro.xlsm', 'excel-table.xlsx']) {
      const { name, bytes } = fixture(file);
      expect((await open(name, bytes)).openNotes).toEqual([]);
    }
  });

  it('gives the data sheet as CSV from the package, dates as ISO dates, without loading ExcelJS', async () => {
    const { name, bytes } = fixture('excel-table.xlsx');
    const host = await open(name, bytes);
    ok(await host.readTable());
    const lines = host.toCsv().text.split('\r\n');
    expect(lines[0]).toBe(
      'Account,Region,ARR,Revenue potential,Product fit (1-5),Relationship,Credit rating,Cost to serve,Renewal date,Active,Margin',
    );
    expect(lines[1]).toMatch(
      /^Northwind Traders,North America,1250000,2400000,5,High,AA,180000,2025-03-31,TRUE,0\.856/,
    );
    expect(host.loadedWorkbook()).toBeUndefined();
  });

  it('sees the note in XFD4 beside a block (no room for result columns)', async () => {
    const { name, bytes } = fixture('wide-xfd.xlsx');
    const { layout } = ok(await (await open(name, bytes)).readTable());
    expect(layout.firstFreeColumn).toBe(16_385);
  });
});

describe.each(fixtures.filter((f) => f.expect.refuse === true).map((f) => [f.name, f] as const))(
  'refused: %s',
  (name, fixture) => {
    it('is unreadable (the command line exits 3), with a sentence and no stack trace', async () => {
      const opened = await FileWorkbookHost.fromBuffer(fixture.bytes, name);
      if (opened.kind === 'ok') throw new Error('expected a refusal');
      expect(opened.code).toBe('unreadable-file');
      expect(exitCodeFor(opened.code)).toBe(3);
      expect(opened.message).toContain(`"${name}"`);
      expect(opened.message).not.toMatch(/\n\s+at /);
    });
  },
);

describe('the write path: the package patched, ExcelJS never loaded by a run', () => {
  const bytesOf = (name: string): Uint8Array => {
    const found = fixtures.find((f) => f.name === name);
    if (found === undefined) throw new Error(name);
    return found.bytes;
  };

  it('writes results into a LibreOffice table, which has no table style', async () => {
    const host = await open('libreoffice.xlsx', bytesOf('libreoffice.xlsx'));
    expect(host.loadedWorkbook()).toBeUndefined();
    ok(await identifyAndWrite(host, {}));
    const { bytes } = await host.toBuffer();
    const again = await open('again.xlsx', bytes);
    const { table } = ok(await again.readTable());
    expect(table.headers).toContain('KAM Score');
  });

  it('keeps an Excel table without headerRowCount a table with a header row when it writes', async () => {
    const host = await open('excel-table.xlsx', bytesOf('excel-table.xlsx'));
    ok(await identifyAndWrite(host, {}));
    const again = await open('again.xlsx', (await host.toBuffer()).bytes);
    const { table } = ok(await again.readTable());
    expect([table.tableName, table.headerRow, table.rows.length]).toEqual(['tblAccounts', 1, 12]);
  });

  it('writes results into a file ExcelJS cannot open (openpyxl absolute targets)', async () => {
    const host = await open('openpyxl-no-cache.xlsx', bytesOf('openpyxl-no-cache.xlsx'));
    ok(await identifyAndWrite(host, {}));
    expect(host.loadedWorkbook()).toBeUndefined();
    const again = await open('again.xlsx', (await host.toBuffer()).bytes);
    const { table } = ok(await again.readTable());
    expect(table.headers).toContain('KAM Score');
  });
});
