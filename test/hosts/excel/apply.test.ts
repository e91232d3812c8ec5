// Applying a plan from the real planner in Excel: values, formats, rules, the summary with live formulas, and refusals.
import { columnLetters } from '../../../src/core';
import { FakeOfficeError } from './fake';
import { ACCOUNT_ROWS, cellOf, failure, fakeBook, hostOver, identify, ok } from './fixtures';

const TITLED = [['Customer accounts FY2026'], [], ...ACCOUNT_ROWS];

function titledBook(apiMinor?: number) {
  return fakeBook({
    sheets: [{ name: 'Accounts', rows: TITLED }],
    active: { sheet: 'Accounts', cell: 'B5' },
    ...(apiMinor !== undefined ? { apiMinor } : {}),
  });
}

describe('apply', () => {
  it('writes every result column into its planned cells, with its number format and width', async () => {
    const book = titledBook();
    const host = hostOver(book);
    const { plan } = await identify(host);
    ok(await host.apply(plan));
    for (const column of plan.columns) {
      const letters = columnLetters(column.column);
      expect(cellOf(book, 'Accounts', `${letters}${plan.headerRow}`).value).toBe(column.header);
      column.values.forEach((value, i) => {
        const cell = cellOf(book, 'Accounts', `${letters}${plan.firstDataRow + i}`);
        expect(cell.value).toBe(value);
        expect(cell.formula).toBeNull();
        expect(cell.numberFormat).toBe(typeof value === 'string' ? '@' : column.numberFormat);
      });
      expect(book.sheet('Accounts')?.widths.get(column.column)).toBeCloseTo(
        (column.width * 7 + 5) * 0.75,
        1,
      );
    }
    expect(plan.columns.map((c) => c.header)).toEqual([
      'KAM Score',
      'KAM Rank',
      'KAM Tier',
      'KAM Revenue Share',
      'KAM Cumulative Share',
      'KAM ABC',
      'KAM Portfolio',
      'KAM Drivers',
      'KAM Stability',
    ]);
  });

  it('formats through conditional-format rules over each column’s data cells', async () => {
    const book = titledBook();
    const host = hostOver(book);
    const { plan } = await identify(host);
    ok(await host.apply(plan));
    const letters = (key: string) =>
      columnLetters(plan.columns.find((c) => c.key === key)?.column ?? 0);
    const rules = book.rules.map((r) => ({
      type: r.type,
      column: columnLetters(r.box.left),
      rows: [r.box.top, r.box.bottom],
      settings: r.settings,
    }));
    expect(rules).toHaveLength(6);
    expect(rules[0]).toMatchObject({
      type: 'ColorScale',
      column: letters('score'),
      rows: [4, 10],
      settings: {
        colorScale: {
          criteria: {
            minimum: { type: 'LowestValue', color: '#F8696B' },
            midpoint: { type: 'Percentile', formula: '50', color: '#FFEB84' },
            maximum: { type: 'HighestValue', color: '#63BE7B' },
          },
        },
      },
    });
    const tier = letters('tier');
    expect(
      rules
        .slice(1, 4)
        .map((r) => [
          r.type,
          r.column,
          (r.settings.custom as { rule: { formula: string } }).rule.formula,
        ]),
    ).toEqual([
      ['Custom', tier, `=$${tier}4="Key"`],
      ['Custom', tier, `=$${tier}4="Growth"`],
      ['Custom', tier, `=$${tier}4="Core"`],
    ]);
    expect(rules[1].settings).toMatchObject({
      custom: { format: { fill: { color: '#C6EFCE' }, font: { color: '#006100' } } },
    });
    // Stability: a bar from 0, in green.
    expect(rules[5]).toMatchObject({
      type: 'DataBar',
      column: letters('stability'),
      settings: { dataBar: { positiveFormat: { fillColor: '#63BE7B', gradientFill: false } } },
    });
    expect(rules[4]).toMatchObject({
      type: 'DataBar',
      column: letters('revenueShare'),
      settings: {
        dataBar: {
          positiveFormat: { fillColor: '#5B9BD5', gradientFill: false },
          lowerBoundRule: { type: 'Number', formula: '0' },
        },
      },
    });
  });

  it('writes the summary sheet: live KAM formulas, values as text or numbers, formats, styles, widths, our mark', async () => {
    const book = titledBook();
    const host = hostOver(book);
    const { plan } = await identify(host);
    ok(await host.apply(plan));
    const summary = plan.summary;
    for (const cellPlan of summary.cells) {
      const cell = cellOf(book, 'KAM Summary', cellPlan.address);
      if (cellPlan.kamFormula !== undefined) {
        expect(cell.formula).toBe(cellPlan.kamFormula);
        expect(cell.numberFormat).toBe(cellPlan.numberFormat ?? 'General');
      } else {
        expect(cell.formula).toBeNull();
        expect(cell.value).toBe(cellPlan.value);
        expect(cell.numberFormat).toBe(
          typeof cellPlan.value === 'string' ? '@' : (cellPlan.numberFormat ?? 'General'),
        );
      }
    }
    expect(cellOf(book, 'KAM Summary', 'B7').formula).toBe(
      "=KAM.TOPSHARE('Accounts'!$C$4:$C$10,0.2)",
    );
    const sheet = book.sheet('KAM Summary');
    expect(sheet?.cell(1, 1)?.style).toMatchObject({ bold: true, size: 14 });
    expect(sheet?.cell(2, 1)?.style).toMatchObject({ italic: true, color: '#808080' });
    expect(sheet?.widths.get(1)).toBeCloseTo((44 * 7 + 5) * 0.75, 1);
    expect(book.names.get('_KAM_Summary')).toEqual({
      formula: "='KAM Summary'!$A$1",
      visible: false,
    });
  });

  it('draws the Pareto chart: revenue columns, cumulative share as a line on the secondary axis', async () => {
    const book = titledBook();
    const host = hostOver(book);
    const { plan } = await identify(host);
    ok(await host.apply(plan));
    const chartPlan = plan.summary.chart;
    expect(chartPlan).not.toBeNull();
    const [chart] = book.sheet('KAM Summary')?.charts ?? [];
    expect(chart).toMatchObject({
      type: 'ColumnClustered',
      source: chartPlan?.revenue,
      title: { text: 'Revenue by account (Pareto)' },
      position: 'G4',
      axes: { 'Value/Secondary': { maximum: 1, numberFormat: '0%' } },
    });
    expect(chart.series).toEqual([
      {
        name: 'Revenue',
        values: null,
        xValues: chartPlan?.categories,
        chartType: null,
        axisGroup: 'Primary',
      },
      {
        name: 'Cumulative share',
        values: chartPlan?.cumulativeShare,
        xValues: chartPlan?.categories,
        chartType: 'Line',
        axisGroup: 'Secondary',
      },
    ]);
  });

  it('suspends calculation at the start of every batch that writes', async () => {
    const book = titledBook();
    const host = hostOver(book);
    const { plan } = await identify(host);
    book.journal.length = 0;
    ok(await host.apply(plan));
    const batches = [...new Set(book.journal.map((e) => e.batch))];
    expect(batches.length).toBeGreaterThan(0);
    for (const batch of batches)
      expect(book.journal.find((e) => e.batch === batch)?.action).toBe('suspendCalculation');
  });

  it('adds the result columns to the Excel table the data is in', async () => {
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }],
      tables: [{ name: 'Accounts_tbl', sheet: 'Accounts', address: 'A1:E8' }],
      active: { sheet: 'Accounts', cell: 'B2' },
    });
    const host = hostOver(book);
    const { plan } = await identify(host);
    expect(plan.tableName).toBe('Accounts_tbl');
    const applied = ok(await host.apply(plan));
    expect(book.table('Accounts_tbl')?.box).toEqual({ top: 1, left: 1, bottom: 8, right: 14 });
    expect(applied.notes).toEqual([]);
  });

  it('refuses, changing nothing, when a sheet called "KAM Summary" is the user’s own', async () => {
    const book = fakeBook({
      sheets: [
        { name: 'Accounts', rows: TITLED },
        { name: 'KAM Summary', rows: [['my notes']] },
      ],
    });
    const host = hostOver(book);
    const { plan } = await identify(host);
    const before = JSON.stringify(book.grid('Accounts'));
    const refused = failure(await host.apply(plan));
    expect(refused).toMatchObject({
      code: 'summary-sheet-exists',
      message: expect.stringContaining('did not create'),
    });
    expect(JSON.stringify(book.grid('Accounts'))).toBe(before);
    expect(book.grid('KAM Summary')).toEqual([['my notes']]);
  });

  it('refuses, changing nothing, when the user typed into a planned column since the table was read', async () => {
    const book = titledBook();
    const host = hostOver(book);
    const { plan } = await identify(host);
    book.mustSheet('Accounts', 'test').ensure(7, 9).value = 'typed meanwhile';
    const before = JSON.stringify(book.grid('Accounts'));
    expect(failure(await host.apply(plan))).toMatchObject({
      code: 'unsafe-plan',
      message: expect.stringContaining('I7'),
    });
    expect(JSON.stringify(book.grid('Accounts'))).toBe(before);
    expect(book.sheet('KAM Summary')).toBeUndefined();
  });

  it('degrades on an older Excel: no chart and results beside the table, each with a note', async () => {
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }],
      tables: [{ name: 'T', sheet: 'Accounts', address: 'A1:E8' }],
      active: { sheet: 'Accounts', cell: 'B2' },
      apiMinor: 7,
    });
    const host = hostOver(book);
    const { plan } = await identify(host);
    const applied = ok(await host.apply(plan));
    expect(book.sheet('KAM Summary')?.charts).toEqual([]);
    expect(book.table('T')?.box.right).toBe(5);
    expect(applied.notes.join('\n')).toMatch(/Pareto chart was not drawn/);
    expect(applied.notes.join('\n')).toMatch(/beside the table "T"/);
    expect(cellOf(book, 'Accounts', 'H2').value).toBe(plan.columns[2].values[0]);
  });

  it('turns an Office.js error into an error outcome with Excel’s code and the failing API', async () => {
    const book = titledBook();
    const host = hostOver(book);
    book.failSync(1, {
      error: new FakeOfficeError('AccessDenied', 'The workbook is protected.', {
        errorLocation: 'Workbook.getActiveCell',
      }),
    });
    expect(failure(await host.readTable())).toEqual({
      kind: 'error',
      code: 'excel:AccessDenied@Workbook.getActiveCell',
      message: 'Excel could not read the account table: The workbook is protected.',
    });
  });

  it('says a write Excel refused may have stopped part-way, keeping Excel’s code and the failing API', async () => {
    const book = titledBook();
    const host = hostOver(book);
    const { plan } = await identify(host);
    book.addSheet = () => {
      throw new FakeOfficeError('AccessDenied', 'The workbook is protected.', {
        errorLocation: 'WorksheetCollection.add',
      });
    };
    // Excel applies a request up to the operation that fails: the outcome cannot promise nothing was written.
    expect(failure(await host.apply(plan))).toEqual({
      kind: 'error',
      code: 'partially-written',
      message:
        'Writing the results stopped part-way (The workbook is protected. [excel:AccessDenied@WorksheetCollection.add]). Your own cells were not changed; run "Identify key accounts" again, or "Clear results" to remove the partial results.',
    });
    expect(book.sheets.map((s) => s.name)).toEqual(['Accounts']);
    expect(book.names.size + book.mustSheet('Accounts', 'test').names.size).toBe(0);
  });

  it('refuses a plan that does not add up without touching the workbook', async () => {
    const book = titledBook();
    const host = hostOver(book);
    const { plan } = await identify(host);
    const syncs = book.syncCount;
    const broken = { ...plan, columns: [{ ...plan.columns[0], values: [1] }] };
    expect(failure(await host.apply(broken)).code).toBe('bad-plan');
    expect(book.syncCount).toBe(syncs);
  });

  it('reports progress from 0 to 1 with what it is doing', async () => {
    const book = titledBook();
    const host = hostOver(book);
    const { plan } = await identify(host);
    const seen: [number, string][] = [];
    ok(await host.apply(plan, (fraction, label) => seen.push([fraction, label])));
    expect(seen[0]).toEqual([0, 'Checking the sheet']);
    expect(seen[seen.length - 1]).toEqual([1, 'Done']);
    const fractions = seen.map(([f]) => f);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(seen.map(([, label]) => label)).toContain('Writing results');
  });

  it('refuses a plan for a sheet that is gone', async () => {
    const book = titledBook();
    const host = hostOver(book);
    const { plan } = await identify(host);
    expect(failure(await host.apply({ ...plan, sheet: 'Renamed' }))).toMatchObject({
      code: 'no-sheet',
    });
  });

  it('selects a cell for a diagnostic link, and says so when the sheet is gone', async () => {
    const book = fakeBook({
      sheets: [
        { name: 'Notes', rows: [['x']] },
        { name: 'Accounts', rows: TITLED },
      ],
    });
    const host = hostOver(book);
    ok(await host.selectCell('Accounts', 'C7'));
    expect(book.activeSheet).toBe('Accounts');
    expect(book.activeCell).toEqual({ row: 7, column: 3 });
    expect(failure(await host.selectCell('Gone', 'A1')).code).toBe('no-sheet');
    expect(failure(await host.selectCell('Accounts', 'not a cell')).code).toBe('bad-address');
  });
});
