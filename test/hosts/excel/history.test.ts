// The run history in Excel: kept on the very hidden state sheet (document settings hold about 2 MB),
// read back by the next run, which says what changed in its KAM Change column and on the summary.
import { identifyAndWrite } from '../../../src/hosts/identify-and-write';
import { STATE_CHUNK, STATE_SHEET } from '../../../src/hosts/state-sheet';
import { STATE_KEYS } from '../../../src/hosts/state';
import { ACCOUNT_ROWS, fakeBook, generatedRows, hostOver, ok } from './fixtures';

describe('two runs in Excel, the data changed in between', () => {
  const book = fakeBook({ sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }] });
  const host = hostOver(book, 40_000);

  it('keeps the first run on the state sheet, not in the settings', async () => {
    const first = ok(await identifyAndWrite(host, { date: new Date('2026-09-30T10:00:00Z') }));
    expect(first.result.changes).toBeNull();
    expect(book.settings.has(STATE_KEYS.history)).toBe(false);
    const state = book.sheet(STATE_SHEET);
    expect(state).toBeDefined();
    const row = [...Array(4).keys()].map((c) => state?.cell(1, c + 1)?.value ?? null);
    expect(row[0]).toBe(STATE_KEYS.history);
    expect(String(row[1])).toMatch(/^KAMH1\./);
    expect(state?.cell(1, 2)?.numberFormat).toBe('@');
  });

  it('compares the second run with it: Initech is gone, Hooli is new, Acme fell', async () => {
    const sheet = book.sheet('Accounts')!;
    sheet.ensure(8, 1).value = 'Hooli'; // Initech's row becomes a new account
    sheet.ensure(2, 3).value = 10; // Acme's ARR collapses
    const second = ok(await identifyAndWrite(host, { date: new Date('2026-12-31T10:00:00Z') }));
    const changes = second.result.changes!;
    expect(changes.since).toBe('2026-09-30T10:00:00.000Z');
    expect(changes.gone).toEqual(['Initech']);
    expect(changes.new).toEqual(['Hooli']);
    const column = second.plan.columns.find((c) => c.key === 'change')!;
    const acme = second.result.ids.indexOf('Acme');
    expect(column.values[acme]).toMatch(/^(▼ .* → .*|−\d+\.\d)$/);
    expect(column.values[second.result.ids.indexOf('Hooli')]).toBe('new');
    const summary = second.plan.summary.cells.map((c) => String(c.value));
    expect(summary).toContain('Changes since 2026-09-30');
    expect(summary).toContain('Gone from the table');
    expect(summary.some((t) => t.startsWith('This workbook keeps the last 2 runs'))).toBe(true);
  });
});

describe('a run history longer than one request', () => {
  it('is written and read back in slices within the request budget, exactly', async () => {
    const book = fakeBook({ sheets: [{ name: 'Accounts', rows: generatedRows(9000) }] });
    const host = hostOver(book, 70_000);
    const first = ok(await identifyAndWrite(host, {}));
    expect(first.history.text.length).toBeGreaterThan(2 * STATE_CHUNK);
    const state = book.sheet(STATE_SHEET)!;
    expect(state.cell(1, 4)?.value).toEqual(expect.any(String)); // the text spans several cells
    const before = book.syncCount;
    const history = ok(await host.state.loadHistory());
    expect(book.syncCount - before).toBeGreaterThan(2);
    expect(history.runs).toEqual([first.history.text]);
    expect(history.latest?.ids).toEqual(first.result.ids);
  });
});
