// KAM.STABILITY: the last run's stored tier stability of the account a row names.
import type { RawCell, RawTable } from '../../src/core';
import { stability } from '../../src/functions/functions';
import { useWorkbookState } from '../../src/functions/state';
import { calibrationFrom } from '../../src/core';
import { errorOf, messyTable, runAndSave, useSettings } from './helpers';

afterEach(() => useWorkbookState(undefined));

function inputRow(table: RawTable, i: number): RawCell[][] {
  const width = table.headers.filter((h) => !/^kam\s/i.test(h)).length;
  return [table.rows[i].slice(0, width) as RawCell[]];
}

describe('KAM.STABILITY', () => {
  const table = messyTable();

  it('gives every tiered account the share of weightings the run found it keeps its tier in', async () => {
    const run = runAndSave(table);
    const shares = run.result.stability?.shares;
    if (shares === undefined) throw new Error('the run measured no stability');
    let tiered = 0;
    for (let i = 0; i < table.rows.length; i++) {
      const cell = await stability(inputRow(table, i));
      if (Number.isNaN(shares[i])) expect(cell).toBe('');
      else {
        tiered++;
        expect(cell).toBeCloseTo(shares[i], 9);
      }
    }
    expect(tiered).toBeGreaterThan(table.rows.length / 2);
  });

  it('says the account is not one of the last run’s when its name is not', async () => {
    runAndSave(table);
    const row = inputRow(table, 0);
    const idColumn = table.headers.indexOf('Account');
    row[0][idColumn] = 'Nobody & Co';
    expect(await errorOf(() => stability(row))).toMatchObject({
      code: '#N/A',
      message: expect.stringContaining('"Nobody & Co" is not an account of the last run'),
    });
  });

  it('asks for a run when the workbook keeps no run history', async () => {
    const run = runAndSave(table);
    useSettings({
      model: JSON.stringify(run.result.model),
      calibration: JSON.stringify(calibrationFrom(run.result)),
    });
    expect(await errorOf(() => stability(inputRow(table, 0)))).toMatchObject({
      code: '#N/A',
      message: expect.stringContaining('run "Identify key accounts" first'),
    });
  });

  it('is #VALUE! for a row of the wrong width', async () => {
    runAndSave(table);
    expect(await errorOf(() => stability([inputRow(table, 0)[0].slice(0, 2)]))).toMatchObject({
      code: '#VALUE!',
    });
  });
});
