// Result columns in Excel tables: they become table columns when they sit right next to the table, and leave it on clear.
import type { Workbook } from 'exceljs';
import { keepFilterButtons, sheetTables } from '../../../src/hosts/file/tables';
import { column, ok, openBytes, plan, reload, sheet, snapshot, xlsxBytes } from './helpers';

async function tableHost(userColumnAt?: string) {
  return openBytes(
    await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Accounts');
      ws.getCell('A1').value = 'Accounts FY2026';
      ws.addTable({
        name: 'Accounts',
        ref: 'A2',
        totalsRow: true,
        columns: [
          { name: 'Account', filterButton: true, totalsRowLabel: 'Total' },
          { name: 'ARR', filterButton: true, totalsRowFunction: 'sum' },
        ],
        rows: [
          ['Acme', 100],
          ['Beta', 50],
          ['=SUM(1)', 10],
        ],
      });
      if (userColumnAt !== undefined) ws.getCell(userColumnAt).value = 'Owner';
    }),
  );
}

function tableOf(wb: Workbook) {
  const [table] = sheetTables(sheet(wb, 'Accounts'));
  return {
    ref: table.model.tableRef,
    filter: table.model.autoFilterRef,
    names: table.model.columns.map((c) => c.name),
  };
}

const scorePlan = (start: number, columns = 2) =>
  plan({
    tableName: 'Accounts',
    headerRow: 2,
    rowCount: 3,
    columns: [
      column('score', 'KAM Score', start, [90, 50, 10]),
      column('tier', 'KAM Tier', start + 1, ['Key', 'Core', 'Core'], '@'),
    ].slice(0, columns),
  });

describe('result columns in an Excel table', () => {
  it('become table columns, survive a save, and the input cells stay as they were', async () => {
    const host = await tableHost();
    const { table, layout } = ok(await host.readTable());
    expect(table.tableName).toBe('Accounts');
    expect(layout.firstFreeColumn).toBe(3);
    const before = snapshot(sheet(await host.excelWorkbook(), 'Accounts'));
    ok(await host.apply(scorePlan(3)));
    const wb = await reload(host);
    expect(tableOf(wb)).toEqual({
      ref: 'A2:D6',
      filter: 'A2:D5',
      names: ['Account', 'ARR', 'KAM Score', 'KAM Tier'],
    });
    const ws = sheet(wb, 'Accounts');
    expect(snapshot(ws, [3, 4])).toEqual(before);
    expect([ws.getCell('C2').value, ws.getCell('D5').value, ws.getCell('C6').value]).toEqual([
      'KAM Score',
      'Core',
      null,
    ]);
    // The next read sees the user's columns plus ours, and knows which are ours.
    const again = await openBytes((await host.toBuffer()).bytes);
    const read = ok(await again.readTable());
    expect(read.table.headers).toEqual(['Account', 'ARR', 'KAM Score', 'KAM Tier']);
    expect(read.layout.ownedColumns).toEqual({ 'KAM Score': 3, 'KAM Tier': 4 });
  });

  it('a re-run with fewer columns shrinks the table, and clear gives the original table back', async () => {
    const host = await tableHost();
    const original = tableOf(await reload(host));
    const before = snapshot(sheet(await reload(host), 'Accounts'));
    ok(await host.apply(scorePlan(3)));
    const second = await openBytes((await host.toBuffer()).bytes);
    ok(await second.apply({ ...scorePlan(3, 1), staleColumns: [4] }));
    expect(tableOf(await reload(second))).toEqual({
      ref: 'A2:C6',
      filter: 'A2:C5',
      names: ['Account', 'ARR', 'KAM Score'],
    });
    ok(await second.clearResults());
    const wb = await reload(second);
    expect(tableOf(wb)).toEqual(original);
    expect(snapshot(sheet(wb, 'Accounts'))).toEqual(before);
  });

  it('columns separated from the table by a user column are written beside it, with a note', async () => {
    const host = await tableHost('C2');
    const { layout } = ok(await host.readTable());
    expect(layout.firstFreeColumn).toBe(4);
    const applied = ok(await host.apply(scorePlan(4)));
    const wb = await reload(host);
    expect(tableOf(wb).ref).toBe('A2:B6');
    expect(sheet(wb, 'Accounts').getCell('C2').value).toBe('Owner');
    expect(sheet(wb, 'Accounts').getCell('D3').value).toBe(90);
    expect(applied.notes.join(' ')).toMatch(/beside the table "Accounts"/);
  });

  it('refuses a result header that would duplicate a table column name', async () => {
    const host = await tableHost();
    const clash = plan({
      tableName: 'Accounts',
      headerRow: 2,
      rowCount: 3,
      columns: [column('score', 'arr', 3, [1, 2, 3])],
    });
    const outcome = await host.apply(clash);
    expect(outcome.kind).toBe('error');
    expect(sheet(await host.excelWorkbook(), 'Accounts').getCell('C2').value).toBeNull();
  });
});

describe('saving keeps a user table as Excel showed it', () => {
  it('shows filter buttons that Excel did not list, and gives a table without filters a valid range', async () => {
    const host = await openBytes(
      await xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Accounts');
        ws.addTable({
          name: 'A',
          ref: 'A1',
          columns: [{ name: 'X' }, { name: 'Y' }],
          rows: [[1, 2]],
        });
        ws.addTable({
          name: 'B',
          ref: 'E1',
          columns: [{ name: 'X' }, { name: 'Y' }],
          rows: [[1, 2]],
        });
      }),
    );
    // What ExcelJS's reader makes of Excel's XML: A has <autoFilter> without <filterColumn>s
    // (no button setting), B has no <autoFilter> at all (filter buttons turned off).
    const ws = sheet(await host.excelWorkbook(), 'Accounts');
    const [a, b] = sheetTables(ws);
    a.model.columns.forEach((c) => delete c.filterButton);
    delete b.model.autoFilterRef;
    keepFilterButtons(ws);
    expect(a.model.columns.map((c) => c.filterButton)).toEqual([true, true]);
    expect([b.model.autoFilterRef, b.model.columns.map((c) => c.filterButton)]).toEqual([
      'E1:F2',
      [false, false],
    ]);
    const saved = sheetTables(sheet(await reload(host), 'Accounts'));
    expect(saved.map((t) => t.model.autoFilterRef)).toEqual(['A1:B2', 'E1:F2']);
  });
});
