// What is pushed is what is tested: Code.js in a bare vm context over the fake, driven the way Sheets
// drives it (onOpen, the menu's "Identify key accounts", the KAM_* cells, "Clear results"), with
// every written cell, rule, chart, named range and property checked on the bundled sample.
import {
  calibrationFrom,
  columnLetters,
  SCORE_SCALE_COLORS,
  SHARE_BAR_COLOR,
  STABILITY_BAR_COLOR,
  TIER_STYLES,
  type WritePlan,
} from '../../src/core';
import { identifyAndPlan, type Identification } from '../../src/hosts/identify-and-write';
import { sheetsFormula } from '../../src/hosts/sheets';
import { STATE_KEYS } from '../../src/hosts/state';
import type { FakeRule, FakeSheet } from './fake';
import { fakeBook, hostOver } from './fixtures';
import { evaluate } from './formulas';
import { sampleSheet } from './sample';
import { addOnCode, type LoadedScript, loadScript } from './script';

const close = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 : a === b;

function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (!close(actual, expected))
    throw new Error(`${where}: ${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`);
}

async function sampleBook() {
  const { name, rows } = await sampleSheet();
  // A user selected a cell in the list, as in the Excel add-in's one-click run.
  const google = fakeBook({ sheet: name, rows, current: [5, 1] });
  return { google, name, original: google.data.grid() };
}

/** What the run must write: the same host and core, compiled by ts-jest instead of esbuild. */
function expectedRun(google: ReturnType<typeof fakeBook>): Identification {
  const read = hostOver(google).readTableNow();
  if (read.kind === 'error') throw new Error(read.message);
  const planned = identifyAndPlan(read.value.table, read.value.layout);
  if (planned.kind === 'error') throw new Error(planned.message);
  return planned.value;
}

function rowsOf(sheet: FakeSheet, top: number, left: number, count: number, width: number) {
  return sheet.getRange(top, left, count, width).getValues();
}

describe('Code.js in a bare V8 context (the file clasp pushes)', () => {
  it('loads with no require, timers, process, TextEncoder, URL or fetch, and declares every entry point at top level', async () => {
    const { google } = await sampleBook();
    const { context } = await loadScript(google);
    for (const name of [
      'require',
      'setTimeout',
      'setInterval',
      'process',
      'TextEncoder',
      'URL',
      'fetch',
      'module',
    ])
      expect(`${name}: ${typeof context[name]}`).toBe(`${name}: undefined`);
    const { names } = await addOnCode();
    expect([...names].sort()).toEqual(
      [
        'onOpen',
        'onInstall',
        'identifyKeyAccounts',
        'openKamPanel',
        'showKamMethodology',
        'clearKamResults',
        ...[
          'SCORE',
          'SCORES',
          'TIER',
          'STABILITY',
          'EXPLAIN',
          'TOPSHARE',
          'ACCOUNTSHARE',
          'ABC',
          'PARETO',
          'GINI',
          'HHI',
          'NORMALIZE',
          'WEIGHTED',
        ].map((n) => `KAM_${n}`),
        ...[
          'Capabilities',
          'ReadTable',
          'ReadRows',
          'BeginWrite',
          'WriteRows',
          'FinishWrite',
          'ClearResults',
          'ReadState',
          'WriteState',
          'ShowMethodology',
          'SelectCell',
        ].map((n) => `kam${n}`),
      ].sort(),
    );
    for (const name of names) expect(typeof context[name]).toBe('function');
  });

  it('has no syntax Apps Script V8 refuses: no modules, #private or static class fields', async () => {
    const { code } = await addOnCode();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/(^|[^\w$'"`])#[A-Za-z_]\w*\s*(=|;|\(|in\b)/m);
    expect(code).not.toMatch(/\bstatic\s+[A-Za-z_$][\w$]*\s*(=|;)/);
    expect(code).not.toMatch(/\bstatic\s*\{/);
  });

  it('declares the custom functions with their @customfunction JSDoc, one top-level function each', async () => {
    const { code } = await addOnCode();
    const declared = [...code.matchAll(/@customfunction\s*\*\/\s*function (KAM_[A-Z]+)\(/g)].map(
      (m) => m[1],
    );
    expect(declared).toHaveLength(13);
    expect(code).toMatch(
      /@param \{A7:I7\} row One account's row[^\n]*\n[^\n]*@return[^\n]*\n \* @customfunction\s*\*\/\nfunction KAM_SCORE\(row\) \{\n {2}return KeyAccounts\.KAM_SCORE\(row\);\n\}/,
    );
  });

  it('onOpen builds the add-on menu (Identify key accounts, Open panel, How the numbers are computed, Clear results) and touches nothing else', async () => {
    const { google } = await sampleBook();
    const { script } = await loadScript(google);
    google.journal.clear();
    script.onOpen({ authMode: 'NONE' });
    expect(google.ui.menus).toHaveLength(1);
    expect(google.ui.menus[0].items).toEqual([
      { caption: 'Identify key accounts', functionName: 'identifyKeyAccounts' },
      { caption: 'Open panel', functionName: 'openKamPanel' },
      { caption: 'How the numbers are computed', functionName: 'showKamMethodology' },
      { caption: 'Clear results', functionName: 'clearKamResults' },
    ]);
    expect(google.journal.calls).toEqual([]);
  });

  it('Open panel shows sidebar.html titled "Key accounts"', async () => {
    const { google } = await sampleBook();
    const { script } = await loadScript(google);
    script.openKamPanel();
    expect(google.ui.sidebars.map((s) => [s.file, s.title])).toEqual([['sidebar', 'Key accounts']]);
  });

  it("the menu item and the panel's link both show methodology.html in a dialog beside the sheet", async () => {
    const { google } = await sampleBook();
    const { script } = await loadScript(google);
    script.showKamMethodology();
    expect(script.kamShowMethodology()).toEqual({ kind: 'ok', value: undefined });
    expect(google.ui.dialogs.map((d) => [d.output.file, d.title, d.output.width > 0])).toEqual([
      ['methodology', 'How the numbers are computed', true],
      ['methodology', 'How the numbers are computed', true],
    ]);
  });
});

describe('"Identify key accounts" from the menu on the sample, through Code.js', () => {
  let loaded: LoadedScript;
  let run: Identification;
  let plan: WritePlan;
  let book: Awaited<ReturnType<typeof sampleBook>>;

  beforeAll(async () => {
    book = await sampleBook();
    run = expectedRun(book.google);
    plan = run.plan;
    loaded = await loadScript(book.google);
    await loaded.script.identifyKeyAccounts();
  });

  it('reads the sample as the other hosts do: header on row 3, 60 accounts, results from column L', () => {
    expect([plan.headerRow, plan.rowCount, plan.columns[0].column]).toEqual([3, 60, 12]);
    expect(run.result.diagnostics.length).toBeGreaterThan(0);
  });

  it("tells the user what happened in the ribbon command's words, with progress toasts on the way", () => {
    const [alert] = book.google.ui.alerts;
    expect(alert.title).toBe('Key accounts identified');
    expect(alert.prompt).toContain('of revenue');
    expect(alert.prompt).toContain('a Pareto chart');
    expect(book.google.spreadsheet.toasts.length).toBeGreaterThan(1);
    expect(loaded.logged).toEqual([]);
  });

  it('writes every result cell of the plan, with its number format, and no other cell of the sheet', () => {
    const sheet = book.google.data;
    for (const column of plan.columns) {
      const header = sheet.peek(plan.headerRow, column.column);
      expect(header?.value).toBe(column.header);
      const cells = rowsOf(sheet, plan.firstDataRow, column.column, plan.rowCount, 1);
      column.values.forEach((value, i) =>
        expectClose(
          cells[i][0] === '' ? null : cells[i][0],
          value,
          `${columnLetters(column.column)}${plan.firstDataRow + i}`,
        ),
      );
      for (let i = 0; i < plan.rowCount; i++)
        expect(sheet.peek(plan.firstDataRow + i, column.column)?.numberFormat).toBe(
          column.numberFormat,
        );
      expect(sheet.widths.get(column.column)).toBe(column.width * 7 + 5);
    }
    const ours = new Set(plan.columns.map((c) => c.column));
    const after = sheet.grid();
    const changed: string[] = [];
    book.original.forEach((line, r) =>
      line.forEach((value, c) => {
        if (!ours.has(c + 1) && after[r]?.[c] !== value)
          changed.push(`${columnLetters(c + 1)}${r + 1}`);
      }),
    );
    expect(changed).toEqual([]);
  });

  it('colours with rules, not fills: a score gradient, a formula fill per tier, a revenue-share gradient', () => {
    const rules = book.google.data.rules;
    const first = plan.firstDataRow;
    const last = plan.firstDataRow + plan.rowCount - 1;
    const describe = (rule: FakeRule) => ({
      range: rule.ranges.map((r) => `${r.getA1Notation()}`),
      ...rule.condition,
      background: rule.background,
      fontColor: rule.fontColor,
    });
    const col = (key: string) =>
      columnLetters(plan.columns.find((c) => c.key === key)?.column ?? 0);
    expect(rules.map(describe)).toEqual([
      {
        range: [`${col('score')}${first}:${col('score')}${last}`],
        kind: 'gradient',
        points: [
          { color: SCORE_SCALE_COLORS[0], type: 'MIN', value: '' },
          { color: SCORE_SCALE_COLORS[1], type: 'MID:PERCENTILE', value: '50' },
          { color: SCORE_SCALE_COLORS[2], type: 'MAX', value: '' },
        ],
        background: null,
        fontColor: null,
      },
      ...['Key', 'Growth', 'Core'].map((tier, k) => ({
        range: [`${col('tier')}${first}:${col('tier')}${last}`],
        kind: 'formula',
        formula: `=$${col('tier')}${first}="${tier}"`,
        background: TIER_STYLES[k].fill,
        fontColor: TIER_STYLES[k].fontColor,
      })),
      {
        range: [`${col('revenueShare')}${first}:${col('revenueShare')}${last}`],
        kind: 'gradient',
        points: [
          { color: '#FFFFFF', type: 'MIN:NUMBER', value: '0' },
          { color: SHARE_BAR_COLOR, type: 'MAX', value: '' },
        ],
        background: null,
        fontColor: null,
      },
      {
        range: [`${col('stability')}${first}:${col('stability')}${last}`],
        kind: 'gradient',
        points: [
          { color: '#FFFFFF', type: 'MIN:NUMBER', value: '0' },
          { color: STABILITY_BAR_COLOR, type: 'MAX', value: '' },
        ],
        background: null,
        fontColor: null,
      },
    ]);
  });

  it('writes the "KAM Summary" sheet: every value, format and style, and live KAM_* formulas that compute the run\'s figures', () => {
    const summary = book.google.spreadsheet.sheet('KAM Summary');
    if (summary === undefined) throw new Error('no summary sheet');
    let evaluated = 0;
    for (const cell of plan.summary.cells) {
      const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(cell.address) ?? [];
      const column = letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const written = summary.peek(Number(row), column);
      if (written === undefined) throw new Error(`summary ${cell.address} not written`);
      if (cell.kamFormula !== undefined) {
        expect(written.formula).toBe(sheetsFormula(cell.kamFormula));
        expect(written.formula).not.toContain('KAM.');
        const computed = evaluate(written.formula, summary, book.google.spreadsheet, loaded.script);
        expectClose(computed, cell.value, `summary ${cell.address} (${written.formula})`);
        evaluated++;
      } else
        expectClose(
          written.value === '' ? null : written.value,
          cell.value,
          `summary ${cell.address}`,
        );
      const textCell = cell.kamFormula === undefined && typeof cell.value === 'string';
      expect(written.numberFormat).toBe(textCell ? '@' : (cell.numberFormat ?? 'General'));
      expect(written.fontWeight).toBe(
        cell.style === 'title' || cell.style === 'heading' ? 'bold' : 'normal',
      );
      expect(written.fontStyle).toBe(cell.style === 'note' ? 'italic' : 'normal');
    }
    // Top-20% share, share for 80%, Gini, HHI, and a count and a share per tier.
    expect(evaluated).toBe(4 + 2 * 3);
    // The account whose name looks like a formula is in the Pareto table as text, not as a formula.
    const names = [...summary.cells.values()].flatMap((line) => [...line.values()]);
    expect(
      names.some((c) => c.value === '=HYPERLINK("http://example.com","Click")' && c.formula === ''),
    ).toBe(true);
  });

  it('draws the Pareto chart: columns of revenue and the cumulative share as a line on a second 0-100% axis', () => {
    const summary = book.google.spreadsheet.sheet('KAM Summary');
    const chart = plan.summary.chart;
    if (summary === undefined || chart === null) throw new Error('no summary or chart');
    expect(summary.charts).toHaveLength(1);
    const [drawn] = summary.charts;
    expect(drawn.type).toBe('COMBO');
    expect(drawn.ranges.map((r) => r.getA1Notation())).toEqual([
      chart.categories,
      chart.revenue,
      chart.cumulativeShare,
    ]);
    expect(drawn.options).toMatchObject({
      title: chart.title,
      seriesType: 'bars',
      series: { 1: { type: 'line', targetAxisIndex: 1 } },
      vAxes: { 1: { format: 'percent', viewWindow: { min: 0, max: 1 } } },
    });
    expect(drawn.position).toEqual({ row: 4, column: 7 });
  });

  it('marks each result column and the summary with a named range', () => {
    const named = [...book.google.spreadsheet.named.values()].map((n) => [
      n.name,
      n.getRange().getA1Notation(),
      n.getRange().getSheet().getName(),
    ]);
    const id = book.google.data.getSheetId();
    expect(named).toEqual(
      expect.arrayContaining([
        ['_KAM_Summary', 'A1', 'KAM Summary'],
        ...plan.columns.map((c) => [
          `_KAM_Results_${id}_${plan.headerRow}_${c.column}`,
          `${columnLetters(c.column)}${plan.headerRow}:${columnLetters(c.column)}${plan.headerRow + plan.rowCount}`,
          book.name,
        ]),
      ]),
    );
    expect(named).toHaveLength(plan.columns.length + 1);
  });

  it("saves the model, the model list, the run's statistics and the run history in document properties", () => {
    const props = book.google.properties.values;
    expect(JSON.parse(props.get(STATE_KEYS.model) ?? '')).toEqual(run.result.model);
    expect(JSON.parse(props.get(STATE_KEYS.library) ?? '')).toEqual([run.result.model]);
    expect(JSON.parse(props.get(STATE_KEYS.calibration) ?? '')).toEqual(
      calibrationFrom(run.result),
    );
    expect([...props.keys()].sort()).toEqual(
      [STATE_KEYS.calibration, STATE_KEYS.model, STATE_KEYS.library, STATE_KEYS.history].sort(),
    );
  });

  it("serves KAM_SCORE, KAM_TIER, KAM_EXPLAIN and KAM_SCORES with exactly the run's scores", () => {
    const { script } = loaded;
    const sheet = book.google.data;
    const width = run.result.table.headers.length;
    const table = rowsOf(sheet, plan.headerRow, 1, plan.rowCount + 1, width);
    const scores = plan.columns.find((c) => c.key === 'score')?.values ?? [];
    const tiers = plan.columns.find((c) => c.key === 'tier')?.values ?? [];
    const spilled = script.KAM_SCORES(table);
    table.slice(1).forEach((row, i) => {
      const where = `account row ${plan.firstDataRow + i}`;
      expectClose(
        script.KAM_SCORE([row]) === '' ? null : script.KAM_SCORE([row]),
        scores[i],
        where,
      );
      expect(script.KAM_TIER([row])).toBe(tiers[i] ?? '');
      expectClose(spilled[i][0] === '' ? null : spilled[i][0], scores[i], `KAM_SCORES ${where}`);
      const points = script
        .KAM_EXPLAIN([row])
        .reduce((sum, [, p]) => sum + (typeof p === 'number' ? p : 0), 0);
      if (typeof scores[i] === 'number')
        expect(Math.abs(points - (scores[i] as number))).toBeLessThan(1e-9);
    });
  });

  it('gives custom-function errors as Errors with the shared messages, naming the Sheets function', () => {
    const { script } = loaded;
    expect(() => script.KAM_GINI([[100]])).toThrow(
      'KAM_GINI needs at least two accounts with revenue.',
    );
    expect(() => script.KAM_TOPSHARE([[1], [2]], 20)).toThrow(
      'p, the share of accounts, must be between 0 and 1',
    );
    expect(() => script.KAM_SCORE([['Acme', 1]])).toThrow(
      'Pass one row of the 11 input columns (Account to Owner); got 2 cells.',
    );
    expect(script.KAM_HHI([[30], [30], [20], [20]])).toBe(2600);
    expect(script.KAM_NORMALIZE(5)).toEqual([[0.5]]);
  });

  it('"Clear results" removes exactly what was written: the sheet as before, no summary, marks or rules', () => {
    loaded.script.clearKamResults();
    expect(book.google.data.grid()).toEqual(book.original);
    expect(book.google.spreadsheet.sheet('KAM Summary')).toBeUndefined();
    expect(book.google.spreadsheet.named.size).toBe(0);
    expect(book.google.data.rules).toEqual([]);
    for (const column of plan.columns) expect(book.google.data.widths.get(column.column)).toBe(100);
    expect(book.google.ui.alerts.at(-1)?.title).toBe('Results cleared');
    // The model stays: KAM_* formulas and the next one-click run use it.
    expect(book.google.properties.values.has(STATE_KEYS.model)).toBe(true);
  });
});
