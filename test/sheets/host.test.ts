// The Sheets host over the fake, case by case: where the table is, what it refuses to overwrite,
// Google's limits (10 million cells, 9 KB per property), text that must stay text, dates, re-runs.
import { type Calibration, type Outcome, parseModel, type WritePlan } from '../../src/core';
import { identifyAndPlan, identifyAndWrite } from '../../src/hosts/identify-and-write';
import type { SheetsWorkbookHost } from '../../src/hosts/sheets';
import { CONTRACT_MODEL } from '../hosts/contract/contract';
import { type Book, type Cell, fakeBook, fillSheet, hostOver } from './fixtures';

const ACCOUNTS: Cell[][] = [
  ['Account', 'ARR', 'Product fit', 'Shared vision'],
  ['Acme', 120000, 5, 'Yes'],
  ['Globex', 88000, 4, 'Yes'],
  ['Initech', 15000, 3, 'No'],
  ['Umbrella', 64000, 5, 'Yes'],
];

function ok<T>(outcome: Outcome<T>): T {
  if (outcome.kind === 'error') throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome.value;
}

function errorOf(outcome: Outcome<unknown>): { code: string; message: string } {
  if (outcome.kind === 'ok') throw new Error('expected an error');
  return { code: outcome.code, message: outcome.message };
}

function book(extra: Partial<Book> = {}) {
  const google = fakeBook({ sheet: 'Accounts', rows: ACCOUNTS, ...extra });
  return { google, host: hostOver(google) };
}

function planOf(host: SheetsWorkbookHost, model = CONTRACT_MODEL): WritePlan {
  const read = ok(host.readTableNow());
  return ok(identifyAndPlan(read.table, read.layout, { model })).plan;
}

/** The write calls the fake served: a refusal must leave this empty. */
function writes(google: ReturnType<typeof book>['google']): string[] {
  return google.journal.calls
    .map((c) => c.method)
    .filter((m) => /^(set|insert|delete|remove|clear|copyTo)/.test(m));
}

describe('where the Sheets host finds the table', () => {
  it('reads a named range by name, and says which names exist when one is missing', () => {
    const { google, host } = book({ named: { name: 'Accounts_2026', headerRow: 1 } });
    fillSheet(google.data, [['Notes beside the list']], 8);
    const read = ok(host.readTableNow({ table: 'accounts_2026' }));
    expect([read.table.tableName, read.table.headerRow, read.table.rows.length]).toEqual([
      'Accounts_2026',
      1,
      4,
    ]);
    expect(errorOf(host.readTableNow({ table: 'Customers' }))).toEqual({
      code: 'no-table',
      message:
        'There is no named range called "Customers". The spreadsheet\'s named ranges: "Accounts_2026".',
    });
  });

  it('reads a filter range as the table, its trailing blank rows left out', () => {
    const { google, host } = book();
    google.data.filter = { top: 1, left: 1, bottom: 40, right: 4 };
    const read = ok(host.readTableNow());
    expect([read.table.headerRow, read.table.rows.length, read.layout.firstFreeColumn]).toEqual([
      1, 4, 5,
    ]);
  });

  it('names the sheets when the requested one is missing, and refuses its own summary sheet', async () => {
    const { google, host } = book();
    expect(errorOf(host.readTableNow({ sheet: 'Leads' })).message).toBe(
      'There is no sheet called "Leads". The spreadsheet has: "Accounts".',
    );
    ok(host.applyNow(planOf(host)));
    google.spreadsheet.active = google.spreadsheet.sheet('KAM Summary') ?? null;
    expect(errorOf(host.readTableNow()).code).toBe('summary-sheet');
    google.spreadsheet.active = google.data;
    const empty = google.spreadsheet.addSheet('Empty');
    google.spreadsheet.active = empty;
    expect(errorOf(host.readTableNow()).code).toBe('empty-sheet');
  });

  it("reads dates as serial numbers in the spreadsheet's time zone, and its locale's decimal mark", () => {
    const { google, host } = book();
    google.spreadsheet.timeZone = 'Europe/Berlin';
    google.spreadsheet.locale = 'de_DE';
    // Midnight of 1 March 2024 in Berlin is 23:00 UTC the day before: still serial 45352 there.
    google.data.cell(2, 5).value = new Date(Date.UTC(2024, 1, 29, 23, 0, 0));
    google.data.cell(1, 5).value = 'Since';
    const read = ok(host.readTableNow());
    expect(read.table.rows[0][4]).toBe(45352);
    expect(read.table.numberLocale).toBe('decimal-comma');
  });
});

describe('what the Sheets host refuses to write over, changing nothing', () => {
  it("a user's value or formula in a planned column", () => {
    const { google, host } = book();
    const plan = planOf(host);
    google.data.cell(3, plan.columns[2].column).formula = '=1+1';
    google.journal.clear();
    expect(errorOf(host.applyNow(plan))).toEqual({
      code: 'unsafe-plan',
      message: `Cell ${String.fromCharCode(64 + plan.columns[2].column)}3 on "Accounts" holds your data, and the results would overwrite it. Nothing was changed; read the table again and retry.`,
    });
    expect(writes(google)).toEqual([]);
  });

  it('merged cells where the results go', () => {
    const { google, host } = book();
    google.data.merges.push({ top: 2, left: 6, bottom: 3, right: 7 });
    google.journal.clear();
    expect(errorOf(host.applyNow(planOf(host))).message).toContain(
      'merged cells (F2:G3 on "Accounts")',
    );
    expect(writes(google)).toEqual([]);
  });

  it('a "KAM Summary" sheet the add-on did not create', () => {
    const { google, host } = book();
    google.spreadsheet.addSheet('KAM Summary');
    google.spreadsheet.active = google.data;
    google.journal.clear();
    expect(errorOf(host.applyNow(planOf(host))).code).toBe('summary-sheet-exists');
    expect(writes(google)).toEqual([]);
  });

  it('a spreadsheet that would pass 10 million cells, saying how many it has', () => {
    const { google, host } = book();
    google.spreadsheet.addSheet('Big', 383_000, 26);
    google.spreadsheet.active = google.data;
    google.journal.clear();
    expect(errorOf(host.applyNow(planOf(host)))).toEqual({
      code: 'too-many-cells',
      message:
        "This spreadsheet has 9,984,000 cells and the results need 26,000 more, past Google Sheets' limit of 10,000,000. Delete empty rows and columns (or sheets you no longer need) and run again. Nothing was changed.",
    });
    expect(writes(google)).toEqual([]);
  });
});

describe('writing with the Sheets host', () => {
  it('adds the columns a narrow sheet lacks, and counts them against the 10 million cells', () => {
    const google = fakeBook({ sheet: 'Accounts', rows: ACCOUNTS });
    google.data.maxColumns = 6;
    const host = hostOver(google);
    ok(host.applyNow(planOf(host)));
    expect(google.data.maxColumns).toBe(13);
    expect(google.data.peek(1, 12)?.value).toBe('KAM Drivers');
  });

  it('keeps text as text: a tier named like a formula is written as rich text, never evaluated', () => {
    const { google, host } = book();
    const model = ok(
      parseModel({
        ...CONTRACT_MODEL,
        tiers: { method: 'top-share', bands: [{ name: '=1+1', share: 0.5 }, { name: "'Rest" }] },
      }),
    );
    const plan = planOf(host, model);
    ok(host.applyNow(plan));
    const tier = plan.columns.find((c) => c.key === 'tier');
    if (tier === undefined) throw new Error('no tier column');
    const written = [1, 2, 3, 4].map((i) => google.data.peek(1 + i, tier.column));
    expect(written.map((c) => c?.value)).toEqual(tier.values);
    expect(written.every((c) => c?.formula === '')).toBe(true);
    expect(google.journal.count('setRichTextValue')).toBeGreaterThanOrEqual(4);
  });

  it("copies the look of the user's header onto ours", () => {
    const { google, host } = book();
    Object.assign(google.data.cell(1, 4), { fontWeight: 'bold', background: '#ddeeff' });
    ok(host.applyNow(planOf(host)));
    expect(google.data.peek(1, 5)).toMatchObject({
      fontWeight: 'bold',
      background: '#ddeeff',
      value: 'KAM Score',
    });
  });

  it("a re-run on a shorter table empties our old rows below it and keeps the user's rules", async () => {
    const { google, host } = book();
    const userRule = google.services.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2>100000')
      .setBackground('#ff0000')
      .setRanges([google.data.getRange(2, 2, 4, 1)])
      .build();
    google.data.setConditionalFormatRules([userRule]);
    ok(await identifyAndWrite(host, { model: CONTRACT_MODEL }));
    // The user empties the last account's row (its results with it).
    google.data.removeCells({ top: 5, left: 1, bottom: 5, right: 13 });
    const again = ok(await identifyAndWrite(host, { model: CONTRACT_MODEL }));
    expect(again.plan.rowCount).toBe(3);
    for (const column of again.plan.columns)
      expect(google.data.peek(5, column.column)?.value ?? '').toBe('');
    expect(google.data.rules[0]).toBe(userRule);
    expect(google.data.rules).toHaveLength(1 + again.plan.conditionalFormats.length);
    const id = google.data.getSheetId();
    expect(google.spreadsheet.named.get(`_KAM_Results_${id}_1_5`)?.getRange().getA1Notation()).toBe(
      'E1:E4',
    );
  });

  it("clears a renamed summary's mark but leaves the sheet: it is the user's now", async () => {
    const { google, host } = book();
    ok(await identifyAndWrite(host, { model: CONTRACT_MODEL }));
    const summary = google.spreadsheet.sheet('KAM Summary');
    if (summary === undefined) throw new Error('no summary');
    summary.name = 'March figures';
    ok(host.clearNow());
    expect(google.spreadsheet.sheet('March figures')).toBeDefined();
    expect(google.spreadsheet.named.size).toBe(0);
  });
});

/** Saved run statistics of a percentile criterion over `n` accounts: about 20 bytes a value, labels in UTF-8. */
function calibration(n: number): Calibration {
  return {
    version: 1,
    model: 'fingerprint',
    numberLocale: null,
    labels: ['Umsatz (€)'],
    headers: ['Kunde', 'Umsatz (€)'],
    stats: [{ kind: 'sorted', values: Array.from({ length: n }, (_, i) => i * 1.000001) }],
    tierFloors: [null],
    tierNames: ['Schlüsselkunde'],
    accounts: n,
  };
}

describe('the state in document properties', () => {
  it('splits a value past 9 KB into chunks and drops the chunks a shorter value no longer needs', async () => {
    const { google, host } = book();
    ok(await host.state.saveCalibration(calibration(1_500)));
    const sizes = [...google.properties.values].map(
      ([k, v]) => Buffer.byteLength(k) + Buffer.byteLength(v),
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(9 * 1024);
    const chunks = () =>
      [...google.properties.values.keys()].filter((k) => k.startsWith('kam.calibration#'));
    expect(chunks().length).toBeGreaterThan(2);
    expect(ok(await host.state.loadCalibration())).toEqual(calibration(1_500));
    ok(await host.state.saveCalibration(calibration(3)));
    expect(chunks()).toEqual([]);
    expect(ok(await host.state.loadCalibration())).toEqual(calibration(3));
  });

  it('refuses a write past the 500 KB store, keeping what was there, and a missing chunk reads as damaged', async () => {
    const { google, host } = book();
    ok(await host.state.saveModel(CONTRACT_MODEL));
    ok(await host.state.saveCalibration(calibration(1_500)));
    const before = new Map(google.properties.values);
    const failed = await host.state.saveCalibration(calibration(50_000));
    expect(errorOf(failed).code).toBe('settings-not-saved');
    expect(errorOf(failed).message).toContain('do not fit in the 500 KB Google Sheets keeps');
    expect(google.properties.values).toEqual(before);

    google.properties.values.delete('kam.calibration#2');
    expect(errorOf(await host.state.loadCalibration()).code).toBe('state-not-json');
  });
});

describe("selecting a cell (a diagnostic's link)", () => {
  it('activates the sheet and the cell, and refuses what is not an address', () => {
    const { google, host } = book();
    ok(host.selectCellNow('Accounts', 'B3'));
    expect(google.spreadsheet.current).toEqual({ row: 3, column: 2 });
    expect(errorOf(host.selectCellNow('Accounts', 'nowhere')).code).toBe('bad-address');
  });
});
