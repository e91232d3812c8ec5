// Re-runs on a changed workbook: fewer rows, a renamed summary, stale columns that are not ours, clearing one sheet.
import { join } from 'node:path';
import { SUMMARY_SHEET_NAME, tierName } from '../../../src/core';
import { openWorkbookFile } from '../../../src/hosts/file/node';
import { identifyAndWrite } from '../../../src/hosts/identify-and-write';
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

  it("lets a re-run keep only the accounts of an earlier run's tier (a filter on our own column)", async () => {
    const host = ok(
      await openWorkbookFile(join(__dirname, '..', '..', '..', 'examples', 'accounts.xlsx')),
    );
    const first = ok(await identifyAndWrite(host, {}));
    const keyAccounts = first.result.ids.filter((_, i) => tierName(first.result, i) === 'Key');
    expect(keyAccounts.length).toBeGreaterThan(0);
    const again = await openBytes((await host.toBuffer()).bytes);
    const second = ok(
      await identifyAndWrite(again, { useSavedModel: true, filter: { 'KAM Tier': ['Key'] } }),
    );
    expect([...second.result.ids].sort()).toEqual([...keyAccounts].sort());
  });

  it('leaves out an account the user emptied beside our results, and the runs after it still read every row below', async () => {
    const sample = join(__dirname, '..', '..', '..', 'examples', 'accounts.xlsx');
    const firstHost = ok(await openWorkbookFile(sample));
    const first = ok(await identifyAndWrite(firstHost, {}));
    const accounts = first.result.ids.length;
    const row = first.plan.firstDataRow + 6;
    const emptied = first.result.ids[6];
    const scoreColumn = first.plan.columns.find((c) => c.header === 'KAM Score')?.column ?? 0;
    const ours = Math.min(...first.plan.columns.map((c) => c.column));
    // The user empties the account's own cells, not our KAM columns beside them.
    const wb = await reload(firstHost);
    for (let c = 1; c < ours; c++) sheet(wb, 'Accounts').getCell(row, c).value = null;
    let host = await openBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
    const gone: (readonly string[] | undefined)[] = [];
    for (let run = 0; run < 2; run++) {
      const again = ok(await identifyAndWrite(host, { useSavedModel: true }));
      expect(again.result.ids).toHaveLength(accounts - 1);
      expect(again.result.ids).not.toContain(emptied);
      expect(again.result.ids[6]).toBe(first.result.ids[7]);
      expect(again.result.diagnostics.map((d) => d.code)).toContain('row-without-data');
      gone.push(again.result.changes?.gone);
      const written = sheet(await reload(host), 'Accounts');
      // The emptied row's old results went (the second run finds the row blank and reads on).
      expect(written.getCell(row, scoreColumn).value).toBeNull();
      expect(written.getCell(row + 1, scoreColumn).value).toBe(again.result.pipeline.scores[6]);
      host = await openBytes((await host.toBuffer()).bytes);
    }
    expect(gone).toEqual([[emptied], []]);
  });
});
