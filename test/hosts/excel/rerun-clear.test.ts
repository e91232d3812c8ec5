// Re-running replaces only our columns, rules and sheet; "Clear results" removes exactly them (every other cell diffed).
import { columnLetters } from '../../../src/core';
import type { FakeWorkbook } from './fake';
import { ACCOUNT_ROWS, cellOf, fakeBook, hostOver, identify, ok } from './fixtures';

const TITLED = [['Customer accounts FY2026'], [], ...ACCOUNT_ROWS];

/** Every cell that holds something (value, formula, non-default format or style), as comparable text. */
function snapshot(
  book: FakeWorkbook,
  sheet: string,
  skipColumns: readonly number[] = [],
): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [key, cell] of book.mustSheet(sheet, 'test').cells) {
    const column = Number(key.split(':')[1]);
    if (skipColumns.includes(column)) continue;
    const empty =
      cell.value === null &&
      cell.formula === null &&
      cell.numberFormat === 'General' &&
      Object.keys(cell.style).length === 0;
    if (!empty) cells.set(key, JSON.stringify(cell));
  }
  return cells;
}

function titled(): FakeWorkbook {
  const book = fakeBook({
    sheets: [{ name: 'Accounts', rows: TITLED }],
    active: { sheet: 'Accounts', cell: 'B5' },
  });
  const sheet = book.mustSheet('Accounts', 'test');
  sheet.ensure(3, 1).style = { bold: true, fill: '#DDEBF7' };
  sheet.ensure(4, 3).numberFormat = '#,##0 [$€-x-euro2]';
  // The user's own rules: one on ARR, one over ARR and the first columns right of the data.
  book.addRule('Accounts', { top: 4, left: 3, bottom: 10, right: 3 }, 'DataBar', { mine: true });
  book.addRule('Accounts', { top: 4, left: 3, bottom: 10, right: 7 }, 'Custom', { mine: true });
  return book;
}

describe('re-run', () => {
  it('replaces only our columns, rules and summary sheet', async () => {
    const book = titled();
    const host = hostOver(book);
    const before = snapshot(book, 'Accounts');
    const first = (await identify(host)).plan;
    ok(await host.apply(first));
    book.mustSheet('Accounts', 'test').ensure(5, 3).value = 250000;
    const second = (await identify(host)).plan;
    expect(second.columns.map((c) => c.column)).toEqual(first.columns.map((c) => c.column));
    ok(await host.apply(second));

    const ours = second.columns.map((c) => c.column);
    const after = snapshot(book, 'Accounts', ours);
    const expected = new Map(before);
    expected.set('5:3', JSON.stringify({ ...book.mustSheet('Accounts', 'test').cell(5, 3) }));
    expect(after).toEqual(expected);
    second.columns.forEach((column) =>
      column.values.forEach((value, i) =>
        expect(cellOf(book, 'Accounts', `${columnLetters(column.column)}${4 + i}`).value).toBe(
          value,
        ),
      ),
    );
    expect(book.rules.filter((r) => r.settings.mine !== true)).toHaveLength(6);
    expect(book.rules.filter((r) => r.settings.mine === true)).toHaveLength(2);
    expect(book.sheets.map((s) => s.name)).toEqual(['Accounts', 'KAM Summary']);
    expect(book.sheet('KAM Summary')?.charts).toHaveLength(1);
  });

  it('keeps the summary sheet, so formulas of the user that point at it keep working', async () => {
    const book = titled();
    const host = hostOver(book);
    ok(await host.apply((await identify(host)).plan));
    // The user's own cell on their sheet, reading a figure off our summary.
    const mine = book.mustSheet('Accounts', 'test').ensure(14, 1);
    mine.formula = "='KAM Summary'!B7";
    mine.value = 0.42;
    book.journal.length = 0;
    ok(await host.apply((await identify(host)).plan));
    expect(cellOf(book, 'Accounts', 'A14').formula).toBe("='KAM Summary'!B7");
    expect(book.journal.map((e) => e.action)).not.toContain('deleteSheet');
    expect(book.journal.map((e) => e.action)).not.toContain('addSheet');
    expect(book.sheets.map((s) => s.name)).toEqual(['Accounts', 'KAM Summary']);
    expect(book.names.get('_KAM_Summary')?.formula).toBe("='KAM Summary'!$A$1");
  });

  it('empties the kept summary before rewriting it, and redraws only our chart', async () => {
    const book = titled();
    const host = hostOver(book);
    ok(await host.apply((await identify(host)).plan));
    const summary = book.mustSheet('KAM Summary', 'test');
    const written = new Map([...summary.cells].map(([at, cell]) => [at, structuredClone(cell)]));
    // Left over from a longer summary of an earlier run: a value, a format and a style of ours.
    summary.ensure(240, 2).value = 'stale figure';
    summary.ensure(241, 2).numberFormat = '0.0%';
    summary.ensure(242, 2).style = { bold: true };
    // A chart the user drew on the summary themselves stays.
    summary.charts.push({ ...summary.charts[0], name: 'My chart', series: [] });
    const { plan } = await identify(host);
    ok(await host.apply(plan));
    expect(summary.cell(240, 2)?.value ?? null).toBeNull();
    expect(summary.cell(241, 2)?.numberFormat ?? 'General').toBe('General');
    expect(summary.cell(242, 2)?.style ?? {}).toEqual({});
    for (const [at, cell] of written) expect(summary.cells.get(at)).toEqual(cell);
    expect(summary.charts.map((c) => c.name).sort()).toEqual(['KAM Pareto', 'My chart']);
    expect(summary.charts.find((c) => c.name === 'KAM Pareto')?.series).toHaveLength(2);
  });

  it('keeps its columns where they are when the user adds a column right of them', async () => {
    const book = titled();
    const host = hostOver(book);
    const first = (await identify(host)).plan;
    ok(await host.apply(first));
    const sheet = book.mustSheet('Accounts', 'test');
    sheet.ensure(3, 15).value = 'Owner';
    sheet.ensure(4, 15).value = 'Dana';
    const second = (await identify(host)).plan;
    expect(second.columns.map((c) => c.column)).toEqual(first.columns.map((c) => c.column));
    ok(await host.apply(second));
    expect(cellOf(book, 'Accounts', 'O3').value).toBe('Owner');
    expect(cellOf(book, 'Accounts', 'O4').value).toBe('Dana');
  });

  it('never overwrites a user column with one of our names; ours gets " (2)"', async () => {
    const rows = ACCOUNT_ROWS.map((r, i) => [...r, i === 0 ? 'KAM Score' : 100 - i]);
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows }],
      active: { sheet: 'Accounts', cell: 'A2' },
    });
    const host = hostOver(book);
    const before = snapshot(book, 'Accounts');
    const { plan } = await identify(host);
    expect(plan.columns[0]).toMatchObject({ header: 'KAM Score (2)', column: 7 });
    ok(await host.apply(plan));
    expect(
      snapshot(
        book,
        'Accounts',
        plan.columns.map((c) => c.column),
      ),
    ).toEqual(before);
    ok(await host.clearResults());
    expect(snapshot(book, 'Accounts')).toEqual(before);
  });

  it('clears a column of ours that the new plan no longer uses', async () => {
    const book = titled();
    const host = hostOver(book);
    ok(await host.apply((await identify(host)).plan));
    // An earlier version of ours wrote one more column, N, and marked it.
    const sheet = book.mustSheet('Accounts', 'test');
    sheet.ensure(3, 14).value = 'KAM Old';
    for (let r = 4; r <= 10; r++) sheet.ensure(r, 14).value = r;
    const mark = sheet.names.get('_KAM_Results');
    if (mark) mark.formula += ",'Accounts'!$N$3,'Accounts'!$N$10";
    const { plan } = await identify(host);
    expect(plan.staleColumns).toEqual([14]);
    ok(await host.apply(plan));
    for (let r = 3; r <= 10; r++) expect(sheet.hasValue(r, 14)).toBe(false);
    expect(mark?.formula).not.toContain('$N$');
  });

  it('empties our cells below a table that became shorter', async () => {
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }],
      tables: [{ name: 'T', sheet: 'Accounts', address: 'A1:E8' }],
      active: { sheet: 'Accounts', cell: 'B2' },
    });
    const host = hostOver(book);
    ok(await host.apply((await identify(host)).plan));
    const table = book.table('T');
    if (table) table.box.bottom = 6;
    const sheet = book.mustSheet('Accounts', 'test');
    for (let r = 7; r <= 8; r++) for (let c = 1; c <= 5; c++) sheet.ensure(r, c).value = null;
    const { plan } = await identify(host);
    expect(plan.rowCount).toBe(5);
    ok(await host.apply(plan));
    for (let c = 6; c <= 14; c++)
      for (let r = 7; r <= 8; r++) expect(sheet.hasValue(r, c)).toBe(false);
    expect(book.table('T')?.box).toEqual({ top: 1, left: 1, bottom: 6, right: 14 });
  });
});

describe('clearResults', () => {
  it('removes exactly what apply wrote: every cell of the sheet is as it was', async () => {
    const book = titled();
    const host = hostOver(book);
    const before = snapshot(book, 'Accounts');
    const { plan } = await identify(host);
    ok(await host.apply(plan));
    ok(await host.apply((await identify(host)).plan));
    ok(await host.clearResults());
    expect(snapshot(book, 'Accounts')).toEqual(before);
    expect(book.rules.map((r) => r.settings)).toEqual([{ mine: true }, { mine: true }]);
    expect(book.sheets.map((s) => s.name)).toEqual(['Accounts']);
    expect([...book.names.keys(), ...book.mustSheet('Accounts', 'test').names.keys()]).toEqual([]);
    for (const column of plan.columns)
      expect(book.mustSheet('Accounts', 'test').widths.get(column.column)).toBeCloseTo(
        (8.43 * 7 + 5) * 0.75,
        1,
      );
  });

  it('gives a table its own columns back', async () => {
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }],
      tables: [{ name: 'T', sheet: 'Accounts', address: 'A1:E8' }],
      active: { sheet: 'Accounts', cell: 'B2' },
    });
    const host = hostOver(book);
    const before = snapshot(book, 'Accounts');
    ok(await host.apply((await identify(host)).plan));
    expect(book.table('T')?.box.right).toBe(14);
    ok(await host.clearResults({ table: 'T' }));
    expect(book.table('T')?.box).toEqual({ top: 1, left: 1, bottom: 8, right: 5 });
    expect(snapshot(book, 'Accounts')).toEqual(before);
  });

  it('leaves a summary the user renamed (it is theirs now), and only removes our mark', async () => {
    const book = titled();
    const host = hostOver(book);
    ok(await host.apply((await identify(host)).plan));
    const summary = book.sheet('KAM Summary');
    if (summary) summary.name = 'KAM Summary March';
    const mark = book.names.get('_KAM_Summary');
    if (mark) mark.formula = "='KAM Summary March'!$A$1";
    ok(await host.clearResults({ sheet: 'Accounts' }));
    expect(book.sheets.map((s) => s.name)).toEqual(['Accounts', 'KAM Summary March']);
    expect(book.names.has('_KAM_Summary')).toBe(false);
  });

  it('takes over the marks the file host wrote (a workbook-scoped name) and clears those columns too', async () => {
    const book = titled();
    const sheet = book.mustSheet('Accounts', 'test');
    sheet.ensure(3, 6).value = 'KAM Score';
    for (let r = 4; r <= 10; r++) sheet.ensure(r, 6).value = r * 10;
    book.names.set('_KAM_Results', { formula: "='Accounts'!$F$3,'Accounts'!$F$10", visible: true });
    const host = hostOver(book);
    const read = ok(await host.readTable());
    expect(read.layout.ownedColumns).toEqual({ 'KAM Score': 6 });
    ok(await host.clearResults());
    for (let r = 3; r <= 10; r++) expect(sheet.hasValue(r, 6)).toBe(false);
    expect(book.names.has('_KAM_Results')).toBe(false);
  });
});
