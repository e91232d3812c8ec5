// Writing a plan back: input cells untouched, text stays text, our columns/rules/summary replaced on re-run, clear removes exactly ours.
import { strFromU8, unzipSync } from 'fflate';
import { portableCodec } from '../../../src/hosts/file/xlsx-write';
import { ValueType, type Worksheet } from 'exceljs';
import { RESULTS_NAME, SUMMARY_NAME } from '../../../src/hosts/file';
import {
  accountsSheet,
  column,
  errorCode,
  ok,
  openBytes,
  plan,
  reload,
  rulesOf,
  sheet,
  snapshot,
  summaryPlan,
  xlsxBytes,
} from './helpers';

const HEADER_ROW = 3;
const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', '+1', '-x', '@x', 'Acme'];

async function accountsHost(extra?: (ws: Worksheet) => void) {
  const bytes = await xlsxBytes((wb) => {
    const ws = accountsSheet(wb);
    ws.addConditionalFormatting({
      ref: 'C4:C8',
      rules: [
        {
          type: 'cellIs',
          operator: 'greaterThan',
          formulae: ['1000'],
          priority: 1,
          style: { font: { bold: true } },
        },
      ],
    });
    extra?.(ws);
  });
  return openBytes(bytes);
}

function firstPlan(start: number) {
  return plan({
    headerRow: HEADER_ROW,
    rowCount: 5,
    columns: [
      column('score', 'KAM Score', start, [83.2, 10, 55.5, 40, 20]),
      column('tier', 'KAM Tier', start + 1, ['Key', 'Core', 'Say "Hi"', 'Core', 'Growth'], '@'),
      column('drivers', 'KAM Drivers', start + 2, FORMULA_LIKE, '@'),
    ],
    conditionalFormats: [
      { kind: 'color-scale', column: start, colors: ['#F8696B', '#FFEB84', '#63BE7B'] },
      {
        kind: 'text-equals',
        column: start + 1,
        text: 'Say "Hi"',
        fill: '#C6EFCE',
        fontColor: '#006100',
      },
      { kind: 'data-bar', column: start + 2, color: '#638EC6' },
    ],
  });
}

describe('apply', () => {
  it('writes our columns, keeps every input cell, and keeps formula-looking text as text', async () => {
    const host = await accountsHost();
    const before = snapshot(sheet(await host.excelWorkbook(), 'Accounts'));
    const { layout } = ok(await host.readTable());
    ok(await host.apply(firstPlan(layout.firstFreeColumn)));
    const wb = await reload(host);
    const ws = sheet(wb, 'Accounts');
    expect(snapshot(ws, [5, 6, 7])).toEqual(before);
    expect(ws.getCell('E3').value).toBe('KAM Score');
    expect(ws.getCell('E4').value).toBe(83.2);
    expect(ws.getCell('E4').numFmt).toBe('0.0');
    expect(ws.getColumn(5).width).toBe(12);
    FORMULA_LIKE.forEach((text, i) => {
      const cell = ws.getCell(4 + i, 7);
      expect(cell.type).toBe(ValueType.String);
      expect(cell.value).toBe(text);
    });
    // The user's formula-looking account name is still text too.
    expect(ws.getCell('A5').type).toBe(ValueType.String);
  });

  it('adds colour scale, tier fill and data bar rules over the data cells, beside the user rule', async () => {
    const host = await accountsHost();
    ok(await host.apply(firstPlan(5)));
    const rules = rulesOf(sheet(await reload(host), 'Accounts'));
    expect(rules.map((r) => [r.ref, r.rules[0].type])).toEqual([
      ['C4:C8', 'cellIs'],
      ['E4:E8', 'colorScale'],
      ['F4:F8', 'expression'],
      ['G4:G8', 'dataBar'],
    ]);
    // A band name with quotes cannot break out of the formula.
    expect(rules[2].rules[0].formulae).toEqual(['$F4="Say ""Hi"""']);
  });

  it('marks our columns so a later read finds them, and a re-run replaces only them', async () => {
    const host = await accountsHost();
    ok(await host.apply(firstPlan(5)));
    const reread = await openBytes((await host.toBuffer()).bytes);
    const { layout } = ok(await reread.readTable());
    expect(layout.ownedColumns).toEqual({ 'KAM Score': 5, 'KAM Tier': 6, 'KAM Drivers': 7 });
    const before = snapshot(sheet(await reread.excelWorkbook(), 'Accounts'), [5, 6, 7]);
    // Second run: new scores, the drivers column is no longer used (stale).
    const second = plan({
      headerRow: HEADER_ROW,
      rowCount: 5,
      columns: [
        column('score', 'KAM Score', 5, [1, 2, 3, 4, 5]),
        column('tier', 'KAM Tier', 6, ['Key', 'Key', 'Core', 'Core', 'Core'], '@'),
      ],
      staleColumns: [7],
      conditionalFormats: [
        { kind: 'color-scale', column: 5, colors: ['#000000', '#777777', '#FFFFFF'] },
      ],
    });
    ok(await reread.apply(second));
    const ws = sheet(await reload(reread), 'Accounts');
    expect(snapshot(ws, [5, 6, 7])).toEqual(before);
    expect([ws.getCell('E4').value, ws.getCell('F8').value]).toEqual([1, 'Core']);
    expect([ws.getCell('G3').value, ws.getCell('G4').value]).toEqual([null, null]);
    expect(rulesOf(ws).map((r) => r.ref)).toEqual(['C4:C8', 'E4:E8']);
    expect(sheet(await reload(reread), 'KAM Summary').getCell('A1').value).toBe(
      'Key account summary',
    );
  });

  it('never writes into a user column called "KAM Score" that has no marker', async () => {
    const host = await accountsHost((ws) => {
      ws.getCell('G3').value = 'KAM Score';
      ws.getCell('G4').value = 'my own';
    });
    const { layout } = ok(await host.readTable());
    expect(layout).toEqual({ ownedColumns: {}, firstFreeColumn: 8 });
    const before = snapshot(sheet(await host.excelWorkbook(), 'Accounts'));
    const unsafe = plan({
      headerRow: HEADER_ROW,
      rowCount: 5,
      columns: [column('score', 'KAM Score', 7, [1, 2, 3, 4, 5])],
    });
    const outcome = await host.apply(unsafe);
    expect(errorCode(outcome)).toBe('unsafe-plan');
    expect(outcome.kind === 'error' && outcome.message).toMatch(/G3/);
    expect(snapshot(sheet(await host.excelWorkbook(), 'Accounts'))).toEqual(before);
    expect((await host.excelWorkbook()).getWorksheet('KAM Summary')).toBeUndefined();
  });

  it('refuses to replace a user sheet called "KAM Summary", changing nothing', async () => {
    const bytes = await xlsxBytes((wb) => {
      accountsSheet(wb);
      wb.addWorksheet('KAM Summary').getCell('A1').value = 'my notes';
    });
    const host = await openBytes(bytes);
    const outcome = await host.apply(firstPlan(5));
    expect(errorCode(outcome)).toBe('summary-sheet-exists');
    expect(sheet(await host.excelWorkbook(), 'KAM Summary').getCell('A1').value).toBe('my notes');
    expect(sheet(await host.excelWorkbook(), 'Accounts').getCell('E3').value).toBeNull();
  });

  it('writes summary values (not formulas) with styles, and the Pareto chart as a chart part', async () => {
    const host = await accountsHost();
    const chart = {
      title: 'Pareto',
      categories: 'A20:A24',
      revenue: 'B20:B24',
      cumulativeShare: 'C20:C24',
      anchor: 'E2',
    };
    const applied = ok(
      await host.apply(
        plan({ headerRow: HEADER_ROW, rowCount: 5, columns: [], summary: summaryPlan({ chart }) }),
      ),
    );
    const ws = sheet(await reload(host), 'KAM Summary');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').font?.size).toBe(14);
    expect(ws.getCell('B3').value).toBe(0.61);
    expect(ws.getCell('B3').numFmt).toBe('0.0%');
    expect(ws.getCell('A5').type).toBe(ValueType.String);
    expect(ws.getCell('A5').font?.italic).toBe(true);
    expect(ws.getColumn('A').width).toBe(30);
    expect(applied.notes).toEqual([]);
    const parts = unzipSync((await host.toBuffer()).bytes);
    const chartXml = strFromU8(parts['xl/charts/chart1.xml']);
    expect(chartXml).toContain("<c:f>'KAM Summary'!$A$20:$A$24</c:f>");
    expect(chartXml).toMatch(/<c:barChart>.*<c:lineChart>.*<c:axPos val="r"\/>/s);
    expect(strFromU8(parts['xl/drawings/_rels/drawing1.xml.rels'])).toContain(
      '../charts/chart1.xml',
    );
  });

  it('reports progress in steps while saving many rows', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Accounts');
      ws.getRow(1).values = ['Account', 'ARR'];
      for (let r = 2; r <= 20_001; r++) ws.getRow(r).values = [`A${r}`, r];
    });
    const host = await openBytes(bytes);
    const { table, layout } = ok(await host.readTable());
    const values = table.rows.map((_, i) => i / 10);
    const calls: number[] = [];
    ok(
      await host.apply(
        plan({
          headerRow: 1,
          rowCount: 20_000,
          columns: [column('score', 'KAM Score', layout.firstFreeColumn, values)],
        }),
      ),
    );
    ok(
      host.writeXlsx(
        () => undefined,
        portableCodec,
        (f) => calls.push(f),
      ),
    );
    expect(calls.length).toBeGreaterThanOrEqual(20);
    expect(calls.length).toBeLessThan(30);
    expect(sheet(await host.excelWorkbook(), 'Accounts').getCell('C20001').value).toBe(1999.9);
  });
});

describe('clearResults', () => {
  it('removes exactly what apply wrote: cells, rules, summary sheet and markers', async () => {
    const host = await accountsHost();
    const beforeWb = await reload(host);
    ok(await host.apply(firstPlan(5)));
    const again = await openBytes((await host.toBuffer()).bytes);
    ok(await again.clearResults());
    const wb = await reload(again);
    const ws = sheet(wb, 'Accounts');
    expect(snapshot(ws)).toEqual(snapshot(sheet(beforeWb, 'Accounts')));
    expect(rulesOf(ws).map((r) => r.ref)).toEqual(['C4:C8']);
    expect(wb.getWorksheet('KAM Summary')).toBeUndefined();
    expect(wb.definedNames.model.map((n) => n.name)).not.toContain(RESULTS_NAME);
    expect(wb.definedNames.model.map((n) => n.name)).not.toContain(SUMMARY_NAME);
    expect(ok(await (await openBytes((await again.toBuffer()).bytes)).readTable()).layout).toEqual({
      ownedColumns: {},
      firstFreeColumn: 5,
    });
  });
});
