// The Google Sheets add-on at 100,000 accounts: the built Code.js driven through the fake
// SpreadsheetApp in a bare vm context, the calls it makes, and the execution time a cautious cost
// model of real Sheets gives them (Google stops an execution at 6 minutes). Only real Sheets can
// confirm the model; the call counts and sizes are exact.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type CallRecord, fakeGoogle, SHEETS_ESTIMATE } from '../test/sheets/fake';
import { fillSheet } from '../test/sheets/fixtures';
import { loadCode } from '../test/sheets/vm';
import { accountRange } from './functions';
import { type BenchSection, type Measurement, peakMemoryMb } from './measure';

interface BuildSheets {
  buildCode(): Promise<{ code: string; names: string[] }>;
  buildSheets(options: { out: string }): Promise<{ code: number; sidebar: number }>;
}

/** The build script itself: plain JavaScript beside the sources, loaded from there (tsc does not copy it into dist/). */
function buildScript(): BuildSheets {
  return createRequire(__filename)(
    join(__dirname, '..', '..', 'scripts', 'build-sheets.js'),
  ) as BuildSheets;
}

const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

function count(calls: readonly CallRecord[], method: string): number {
  return calls.filter((c) => c.method === method).length;
}

export const sheetsSection = (rows = 100_000): BenchSection => ({
  name: 'sheets',
  async run(): Promise<Measurement[]> {
    const build = buildScript();
    const out = join(__dirname, '..', '..', 'dist', 'sheets');
    const sizes = await build.buildSheets({ out });
    const { code } = await build.buildCode();

    const google = fakeGoogle();
    google.journal.cost = SHEETS_ESTIMATE;
    const range = accountRange(rows);
    const sheet = google.spreadsheet.addSheet('Accounts', rows + 1, 26);
    fillSheet(sheet, range);
    google.spreadsheet.current = { row: 1, column: 1 };
    const { script } = loadCode(code, google);
    const startedAt = google.journal.now();
    const wall = performance.now();
    await script.identifyKeyAccounts();
    const wallMs = performance.now() - wall;
    const modelled = google.journal.now() - startedAt;
    const alert = google.ui.alerts[0];
    if (alert?.title !== 'Key accounts identified')
      throw new Error(`the run did not finish: ${alert?.title}: ${alert?.prompt}`);
    const calls = google.journal.calls;
    const n = rows.toLocaleString('en-US');
    return [
      {
        key: 'sheets_code_mb',
        label: 'Code.js (core, zod and the Sheets host for Apps Script, unminified)',
        value: round(sizes.code / 2 ** 20, 2),
        unit: 'MB',
        budget: 0.8,
      },
      {
        key: 'sheets_sidebar_mb',
        label: 'sidebar.html (React, Fluent UI and the panel, self-contained, minified)',
        value: round(sizes.sidebar / 2 ** 20, 2),
        unit: 'MB',
        budget: 1.5,
      },
      {
        key: 'sheets_identify_100k_modelled_s',
        label: `one-click identify in Sheets, ${n} accounts, modelled execution time`,
        value: round(modelled / 1000),
        unit: 's',
        budget: 180,
        note: `${calls.length} service calls (${count(calls, 'getValues')} getValues, ${count(calls, 'setValues')} setValues) at 40 ms a call, 2 µs a cell read, 25 µs a cell written; Google's limit is 360 s`,
      },
      {
        key: 'sheets_identify_100k_ms',
        label: `one-click identify through Code.js over the fake, ${n} accounts`,
        value: round(wallMs, 0),
        unit: 'ms',
        note: "Node vm wall time, the in-memory fake's own bookkeeping included (identify and plan alone take about 0.4 s in Node)",
      },
      {
        key: 'sheets_peak_mb',
        label: 'peak memory so far',
        value: round(peakMemoryMb(), 0),
        unit: 'MB',
      },
    ];
  },
});
