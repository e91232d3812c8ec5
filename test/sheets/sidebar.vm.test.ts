// The sidebar's path through Code.js: the panel's SidebarHost over google.script.run (a fake of it
// over the loaded script) writes what the menu's one-click run writes, reads large tables in pages
// and writes them in blocks, one execution each.
import { accountRange } from '../../bench/functions';
import { decodeSnapshot, type Outcome } from '../../src/core';
import { STATE_KEYS } from '../../src/hosts/state';
import { identifyAndWrite } from '../../src/hosts/identify-and-write';
import { serverCalls } from '../../src/sheets/client/server-calls';
import { SidebarHost } from '../../src/sheets/client/sidebar-host';
import { PAGE_CELLS } from '../../src/sheets/sidebar-protocol';
import type { FakeGoogle } from './fake';
import { fakeBook } from './fixtures';
import { sampleSheet } from './sample';
import { loadScript } from './script';
import { type RunnerLog, scriptRunner } from './script-runner';

function ok<T>(outcome: Outcome<T>): T {
  if (outcome.kind === 'error') throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome.value;
}

async function sidebarOver(google: FakeGoogle, log?: RunnerLog): Promise<SidebarHost> {
  const { script } = await loadScript(google);
  return ok(await SidebarHost.connect(serverCalls(() => scriptRunner(script, log))));
}

/** Everything a run leaves in a spreadsheet, comparable between two runs. */
function snapshot(google: FakeGoogle) {
  return {
    sheets: google.spreadsheet.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells].map(([r, line]) => [r, [...line]]),
      rules: s.rules.map((rule) => ({
        ranges: rule.ranges.map((x) => x.getA1Notation()),
        condition: rule.condition,
        background: rule.background,
        fontColor: rule.fontColor,
      })),
      charts: s.charts.map((c) => ({
        type: c.type,
        ranges: c.ranges.map((x) => x.getA1Notation()),
        options: c.options,
        position: c.position,
      })),
      widths: [...s.widths],
    })),
    named: [...google.spreadsheet.named.keys()].sort(),
    // The run history differs only in each run's date: compared as what it holds, without the date.
    properties: [...google.properties.values]
      .map(([key, value]) => [key, key === STATE_KEYS.history ? withoutDate(value) : value])
      .sort(),
  };
}

function withoutDate(text: unknown): unknown {
  const decoded = decodeSnapshot(String(text));
  return decoded.kind === 'ok' ? { ...decoded.value, date: '' } : text;
}

describe('the sidebar through google.script.run and Code.js', () => {
  it('"Identify key accounts" from the panel writes exactly what the menu writes', async () => {
    const { name, rows } = await sampleSheet();
    const fromMenu = fakeBook({ sheet: name, rows, current: [5, 1] });
    await (await loadScript(fromMenu)).script.identifyKeyAccounts();

    const fromPanel = fakeBook({ sheet: name, rows, current: [5, 1] });
    const log: RunnerLog = { calls: [] };
    const host = await sidebarOver(fromPanel, log);
    const progress: number[] = [];
    const outcome = ok(await identifyAndWrite(host, {}, (fraction) => progress.push(fraction)));
    expect(outcome.capabilities).toEqual({ charts: true, liveFormulas: true, tableColumns: false });
    expect(snapshot(fromPanel)).toEqual(snapshot(fromMenu));
    expect(log.calls).toEqual([
      'kamCapabilities',
      'kamReadTable',
      'kamReadState', // the run history, to compare with
      'kamBeginWrite',
      'kamWriteRows',
      'kamFinishWrite',
      'kamReadState',
      'kamWriteState',
      'kamWriteState',
      'kamWriteState', // the history with this run
    ]);
    expect(progress.at(-1)).toBe(1);

    expect(ok(await host.state.loadModel())).toEqual(outcome.result.model);
    ok(await host.selectCell(name, 'C7'));
    expect(fromPanel.spreadsheet.current).toEqual({ row: 7, column: 3 });
    ok(await host.clearResults({ sheet: name }));
    const clean = fakeBook({ sheet: name, rows, current: [5, 1] });
    expect(fromPanel.data.grid()).toEqual(clean.data.grid());
    expect(fromPanel.spreadsheet.sheet('KAM Summary')).toBeUndefined();
  });

  it('reads a table larger than one call in pages, each one getValues(), and writes it in blocks with progress', async () => {
    const rows = accountRange(12_000);
    const google = fakeBook({ sheet: 'Accounts', rows });
    const log: RunnerLog = { calls: [] };
    const host = await sidebarOver(google, log);
    google.journal.clear();
    const read = ok(await host.readTable());
    expect(read.table.rows).toHaveLength(12_000);
    expect(read.table.rows[11_999]).toEqual(rows[12_000].map((v) => (v === '' ? null : v)));
    const pages = log.calls.filter((c) => c === 'kamReadRows').length;
    expect(pages).toBe(Math.ceil((12_000 * 9) / PAGE_CELLS) - 1);
    // The first call reads the whole used range once (to find the block); each page reads its rows once.
    expect(google.journal.count('getValues')).toBe(1 + pages);

    log.calls.length = 0;
    const fractions: number[] = [];
    ok(await identifyAndWrite(host, {}, (fraction) => fractions.push(fraction)));
    const blocks = log.calls.filter((c) => c === 'kamWriteRows').length;
    expect(blocks).toBe(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(google.data.peek(12_001, 10)?.value).toEqual(expect.any(Number));
  });

  it('refuses what the page sends wrong, before anything is written', async () => {
    const google = fakeBook({ sheet: 'Accounts', rows: accountRange(5) });
    const { script } = await loadScript(google);
    const refused = script.kamWriteRows(
      {
        sheet: 'Accounts',
        headerRow: 1,
        firstDataRow: 2,
        rowCount: 5,
        columns: [{ column: 2, numberFormat: '0' }],
      },
      { start: 0, values: [[1]] },
    ) as Outcome<void>;
    expect(refused).toMatchObject({ kind: 'error', code: 'bad-plan' });
    expect((refused as { message: string }).message).toContain(
      'not marked as results of this add-on',
    );
    const malformed = script.kamBeginWrite({ sheet: 'Accounts' }) as Outcome<void>;
    expect(malformed).toMatchObject({ kind: 'error', code: 'bad-plan' });
    expect(script.kamReadState('../etc')).toMatchObject({ kind: 'error', code: 'bad-plan' });
    expect(google.data.grid()).toEqual(
      fakeBook({ sheet: 'Accounts', rows: accountRange(5) }).data.grid(),
    );
  });
});
