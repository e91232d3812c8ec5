// Re-runs on a changed workbook: fewer rows, a renamed summary, stale columns that are not ours, clearing one sheet.
import { SUMMARY_SHEET_NAME } from '../../../src/core';
import { FileWorkbookHost } from '../../../src/hosts/file';
import {
  accountsSheet,
  column,
  ok,
  openBytes,
  plan,
  reload,
  sheet,
  snapshot,
  xlsxBytes,
} from './helpers';

const scores = (n: number) => Array.from({ length: n }, (_, i) => 10 * (i + 1));

async function twoSheetHost() {
  return openBytes(await xlsxBytes((wb) => (accountsSheet(wb), accountsSheet(wb, 'Other'))));
}

describe('re-running', () => {
  it('clears our old values below a table that got shorter', async () => {
    const host = await twoSheetHost();
    ok(
      await host.apply(
        plan({ headerRow: 3, rowCount: 5, columns: [column('score', 'KAM Score', 5, scores(5))] }),
      ),
    );
    const again = await openBytes((await host.toBuffer()).bytes);
    ok(
      await again.apply(
        plan({ headerRow: 3, rowCount: 3, columns: [column('score', 'KAM Score', 5, scores(3))] }),
      ),
    );
    const ws = sheet(await reload(again), 'Accounts');
    expect([4, 5, 6, 7, 8].map((r) => ws.getCell(r, 5).value)).toEqual([10, 20, 30, null, null]);
    // The user's cells in those rows are untouched.
    expect(ws.getCell('A8').value).toBe('@x');
  });

  it('keeps a summary sheet the user renamed, and writes a fresh one', async () => {
    const host = await twoSheetHost();
    ok(await host.apply(plan({ headerRow: 3, rowCount: 5, columns: [] })));
    // The user renames our summary sheet and saves the workbook.
    const saved = await reload(host);
    sheet(saved, SUMMARY_SHEET_NAME).name = 'Summary January';
    const renamed = await openBytes(new Uint8Array(await saved.xlsx.writeBuffer()));
    ok(await renamed.apply(plan({ headerRow: 3, rowCount: 5, columns: [] })));
    const wb = await reload(renamed);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Accounts',
      'Other',
      'Summary January',
      SUMMARY_SHEET_NAME,
    ]);
    const cleared = await openBytes((await renamed.toBuffer()).bytes);
    ok(await cleared.clearResults());
    expect((await cleared.excelWorkbook()).worksheets.map((ws) => ws.name)).toEqual([
      'Accounts',
      'Other',
      'Summary January',
    ]);
  });

  it('ignores a stale column that is not ours', async () => {
    const host = await openBytes(
      await xlsxBytes((wb) => {
        const ws = accountsSheet(wb);
        ws.getCell('G3').value = 'KAM Tier';
        ws.getCell('G4').value = 'mine';
      }),
    );
    const before = snapshot(sheet(await host.excelWorkbook(), 'Accounts'));
    ok(await host.apply(plan({ headerRow: 3, rowCount: 5, columns: [], staleColumns: [7, 2] })));
    expect(snapshot(sheet(await reload(host), 'Accounts'))).toEqual(before);
  });

  it('clears only the requested sheet', async () => {
    const host = await twoSheetHost();
    ok(
      await host.apply(
        plan({ headerRow: 3, rowCount: 5, columns: [column('score', 'KAM Score', 5, scores(5))] }),
      ),
    );
    ok(
      await host.apply(
        plan({
          sheet: 'Other',
          headerRow: 3,
          rowCount: 5,
          columns: [column('score', 'KAM Score', 5, scores(5))],
        }),
      ),
    );
    ok(await host.clearResults({ sheet: 'Other' }));
    const wb = await reload(host);
    expect(sheet(wb, 'Accounts').getCell('E4').value).toBe(10);
    expect(sheet(wb, 'Other').getCell('E4').value).toBeNull();
    const read = ok(
      await (await openBytes((await host.toBuffer()).bytes)).readTable({ sheet: 'Accounts' }),
    );
    expect(read.layout.ownedColumns).toEqual({ 'KAM Score': 5 });
  });

  it.each(["O'Brien & Co", 'Sheet 1', 'Données!'])(
    'finds and clears its columns on a sheet called %s',
    async (name) => {
      const host = await openBytes(await xlsxBytes((wb) => accountsSheet(wb, name)));
      const columns = [column('score', 'KAM Score', 5, scores(5))];
      ok(await host.apply(plan({ sheet: name, headerRow: 3, rowCount: 5, columns })));
      const again = await openBytes((await host.toBuffer()).bytes);
      expect(ok(await again.readTable()).layout.ownedColumns).toEqual({ 'KAM Score': 5 });
      ok(await again.clearResults());
      const wb = await reload(again);
      expect([wb.definedNames.model, wb.worksheets.map((ws) => ws.name)]).toEqual([[], [name]]);
    },
  );

  it('reads whitespace-only cells as empty', async () => {
    const host = await openBytes(
      await xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Data');
        ws.getRow(1).values = ['Account', 'Relationship'];
        ws.getRow(2).values = ['Acme', '   '];
      }),
    );
    expect(ok(await host.readTable()).table.rows).toEqual([['Acme', null]]);
  });

  it("reads an earlier run's result cells as empty for a run (which replaces them), and as they are for a view", async () => {
    const host = await twoSheetHost();
    ok(
      await host.apply(
        plan({ headerRow: 3, rowCount: 5, columns: [column('score', 'KAM Score', 5, scores(5))] }),
      ),
    );
    const bytes = (await host.toBuffer()).bytes;
    const forRun = ok(await (await openBytes(bytes)).readTable({ sheet: 'Accounts' }));
    const forView = ok(
      await ok(await FileWorkbookHost.fromBuffer(bytes, 'test.xlsx', { forView: true })).readTable({
        sheet: 'Accounts',
      }),
    );
    expect(forRun.table.headers).toEqual(forView.table.headers);
    expect(forRun.table.headers[4]).toBe('KAM Score');
    expect(forView.table.rows.map((r) => r[4])).toEqual(scores(5));
    expect(forRun.table.rows.map((r) => r[4])).toEqual([null, null, null, null, null]);
    expect(forRun.table.rows.map((r) => r.slice(0, 4))).toEqual(
      forView.table.rows.map((r) => r.slice(0, 4)),
    );
    expect(forRun.layout).toEqual(forView.layout);
  });

  it('does not take a row whose own cells the user emptied for an account because our old result is beside it', async () => {
    const host = await twoSheetHost();
    ok(
      await host.apply(
        plan({ headerRow: 3, rowCount: 5, columns: [column('score', 'KAM Score', 5, scores(5))] }),
      ),
    );
    const saved = await reload(host);
    for (const address of ['A8', 'B8', 'C8', 'D8'])
      sheet(saved, 'Accounts').getCell(address).value = null;
    const edited = await openBytes(new Uint8Array(await saved.xlsx.writeBuffer()));
    const read = ok(await edited.readTable({ sheet: 'Accounts' }));
    expect(read.layout.ownedColumns).toEqual({ 'KAM Score': 5 });
    expect(read.table.rows.map((r) => r[0])).toEqual([
      'Acme',
      expect.any(String),
      '+Plus Corp',
      '-x',
    ]);
  });
});
