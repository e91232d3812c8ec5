// Google stops an execution after 6 minutes. A one-click run that would write past its budget stops
// between blocks, says so, and the next run of the same data continues where it stopped (Code.js over
// the fake, whose virtual clock charges setValues() by the cell).
import { accountRange } from '../../bench/functions';
import { RESUME_KEY, rowsPerWrite } from '../../src/hosts/sheets';
import { STATE_KEYS } from '../../src/hosts/state';
import { type CallRecord, type CostModel, FREE } from './fake';
import { fakeBook } from './fixtures';
import { loadScript } from './script';

/** 2 ms a cell for setValues(): a block of 60,000 cells takes two virtual minutes. */
const SLOW_WRITES: CostModel = { ...FREE, perCellBy: { setValues: 2 } };
const ROWS = 20_000;
const RESULT_COLUMNS = 9; // KAM Score .. KAM Drivers, KAM Stability

/** Cells written by setValues() into the result columns' data rows (blocks on the data sheet, headers apart). */
function dataCellsWritten(calls: readonly CallRecord[]): number {
  return calls
    .filter((c) => c.method === 'setValues' && c.sheet === 'Accounts' && c.cells > 1)
    .reduce((s, c) => s + c.cells, 0);
}

describe('a one-click run past the time budget', () => {
  const table = accountRange(ROWS);

  it('stops between blocks, keeps what it wrote, and the next run of the same data continues from there', async () => {
    const google = fakeBook({ sheet: 'Accounts', rows: table });
    google.journal.cost = SLOW_WRITES;
    const step = rowsPerWrite({ columns: new Array(RESULT_COLUMNS) });
    expect(step).toBe(6_666);

    const first = await loadScript(google);
    await first.script.identifyKeyAccounts();
    const stopped = google.ui.alerts[0];
    expect(stopped.title).toBe('Key accounts were not identified');
    expect(stopped.prompt).toContain(
      `written down to row ${(1 + 2 * step).toLocaleString('en-US')} of 20,001`,
    );
    expect(stopped.prompt).toContain(
      `continues from row ${(2 + 2 * step).toLocaleString('en-US')}`,
    );
    expect(JSON.parse(google.properties.values.get(RESUME_KEY) ?? '{}')).toMatchObject({
      nextRow: 2 * step,
    });
    expect(dataCellsWritten(google.journal.calls)).toBe(2 * step * RESULT_COLUMNS);
    // Nothing is saved from a run that did not finish: the formulas keep the last complete run.
    expect(google.properties.values.has(STATE_KEYS.calibration)).toBe(false);

    google.journal.clear();
    await (await loadScript(google)).script.identifyKeyAccounts();
    expect(google.ui.alerts[1].title).toBe('Key accounts identified');
    expect(dataCellsWritten(google.journal.calls)).toBe((ROWS - 2 * step) * RESULT_COLUMNS);
    expect(google.properties.values.has(RESUME_KEY)).toBe(false);
    expect(google.properties.values.has(STATE_KEYS.calibration)).toBe(true);

    // The result is the one a single uninterrupted run writes.
    const once = fakeBook({ sheet: 'Accounts', rows: table });
    await (await loadScript(once)).script.identifyKeyAccounts();
    expect(google.data.grid()).toEqual(once.data.grid());
  });

  it('starts over when the data changed since the run stopped', async () => {
    const google = fakeBook({ sheet: 'Accounts', rows: table });
    google.journal.cost = SLOW_WRITES;
    await (await loadScript(google)).script.identifyKeyAccounts();
    expect(google.properties.values.has(RESUME_KEY)).toBe(true);
    google.data.cell(2, 3).value = 123_456_789;
    google.journal.cost = FREE;
    google.journal.clear();
    await (await loadScript(google)).script.identifyKeyAccounts();
    expect(google.ui.alerts[1].title).toBe('Key accounts identified');
    expect(dataCellsWritten(google.journal.calls)).toBe(ROWS * RESULT_COLUMNS);
  });
});
