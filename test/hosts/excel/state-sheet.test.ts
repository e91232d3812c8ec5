// A model saved by the CLI (on its very hidden "_KAM_State" sheet) is found by the Excel host when document settings hold none.
import { Workbook } from 'exceljs';
import {
  calibrationFrom,
  type Calibration,
  parseModel,
  type Model,
  tierName,
} from '../../../src/core';
import { score, scores, tier } from '../../../src/functions/functions';
import { useWorkbookState } from '../../../src/functions/state';
import { FileWorkbookHost, STATE_SHEET } from '../../../src/hosts/file';
import { STATE_KEYS } from '../../../src/hosts/state';
import { FakeWorkbook } from './fake';
import { ACCOUNT_ROWS, failure, fakeBook, hostOver, identify, ok } from './fixtures';

function model(name: string, label = 'Annual revenue'): Model {
  return ok(
    parseModel({
      version: 1,
      name,
      idColumn: 'Account',
      revenueColumn: 'ARR',
      criteria: [
        { id: 'arr', column: 'ARR', weight: 60, label, normalize: { method: 'log-minmax' } },
        {
          id: 'fit',
          column: 'Product fit',
          weight: 40,
          normalize: { method: 'scale', min: 1, max: 5 },
        },
      ],
    }),
  );
}

/** An account workbook as the CLI leaves it: the file host saved models and statistics, then wrote the .xlsx. */
async function savedByCli(
  models: readonly Model[],
  calibration?: Calibration,
): Promise<Uint8Array> {
  const input = new Workbook();
  const ws = input.addWorksheet('Accounts');
  ACCOUNT_ROWS.forEach((row, i) => row.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
  const opened = await FileWorkbookHost.fromBuffer(
    new Uint8Array(await input.xlsx.writeBuffer()),
    'accounts.xlsx',
  );
  const host = ok(opened);
  for (const m of models) ok(await host.state.saveModel(m));
  if (calibration !== undefined) ok(await host.state.saveCalibration(calibration));
  return (await host.toBuffer()).bytes;
}

/** The saved .xlsx opened in (fake) Excel: every sheet's cell values, the very hidden one too. */
async function openInExcel(bytes: Uint8Array): Promise<FakeWorkbook> {
  const file = new Workbook();
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  await file.xlsx.load(copy.buffer);
  const book = new FakeWorkbook();
  file.eachSheet((ws) => {
    const sheet = book.addSheet(ws.name);
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const value = cell.value;
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          sheet.ensure(r, c).value = value;
      }),
    );
  });
  book.activeSheet = 'Accounts';
  return book;
}

/** A workbook with a hand-made state sheet: rows of [key, text chunks...]. */
function withStateSheet(rows: readonly (readonly (string | number)[])[]): FakeWorkbook {
  return fakeBook({
    sheets: [
      { name: 'Accounts', rows: ACCOUNT_ROWS },
      { name: STATE_SHEET, rows },
    ],
    active: { sheet: 'Accounts', cell: 'A2' },
  });
}

describe('state saved by the CLI on the "_KAM_State" sheet', () => {
  it('gives the Excel host the model, the model list and the statistics the CLI saved, in two requests each', async () => {
    // A label longer than one cell holds: the model's JSON spans several cells of its row.
    const long = model('Long', `Revenue ${'x'.repeat(70_000)}`);
    const growth = model('Growth');
    const fake = fakeBook({
      sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }],
      active: { sheet: 'Accounts', cell: 'A2' },
    });
    const calibration = calibrationFrom((await identify(hostOver(fake))).result);
    const book = await openInExcel(await savedByCli([growth, long], calibration));
    expect(book.sheet(STATE_SHEET)?.cell(1, 4)?.value).toEqual(expect.any(String));
    const host = hostOver(book);
    const before = book.syncCount;
    expect(ok(await host.state.loadModel())).toEqual(long);
    // The keys (column A) first, then the key's row: never the whole sheet, which may hold a large run history.
    expect(book.syncCount - before).toBe(2);
    expect(ok(await host.state.listModels())).toEqual([growth, long]);
    expect(ok(await host.state.loadCalibration())).toEqual(calibration);
  });

  it('is not read when document settings hold a model: settings take precedence', async () => {
    const book = withStateSheet([[STATE_KEYS.model, JSON.stringify(model('From the CLI'))]]);
    book.settings.set(STATE_KEYS.model, JSON.stringify(model('From Excel')));
    book.settings.set(STATE_KEYS.library, JSON.stringify([model('From Excel')]));
    const host = hostOver(book);
    const before = book.syncCount;
    expect(ok(await host.state.loadModel())?.name).toBe('From Excel');
    expect(ok(await host.state.listModels()).map((m) => m.name)).toEqual(['From Excel']);
    expect(book.syncCount).toBe(before);
  });

  it('finds nothing, in one request, in a workbook without the sheet', async () => {
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }],
      active: { sheet: 'Accounts', cell: 'A2' },
    });
    const host = hostOver(book);
    expect(ok(await host.state.loadModel())).toBeNull();
    expect(ok(await host.state.listModels())).toEqual([]);
    expect(ok(await host.state.loadCalibration())).toBeNull();
    expect(book.syncCount).toBe(3);
  });

  it.each([
    ['damaged JSON', ['{"version": 1, "name": '], 'state-not-json'],
    [
      'a criterion of negative weight',
      [
        JSON.stringify({
          ...model('Bad'),
          criteria: [{ ...model('Bad').criteria[0], weight: -1 }],
        }),
      ],
      'model-invalid',
    ],
    ['a number where text belongs', [42], 'state-not-text'],
  ])(
    'refuses a model the CLI saved with %s, with a message saying where it is',
    async (_what, chunks, code) => {
      const book = withStateSheet([[STATE_KEYS.model, ...chunks]]);
      const refused = failure(await hostOver(book).state.loadModel());
      expect(refused.code).toBe(code);
      expect(refused.message).toMatch(/^The (saved )?model .*in this workbook/);
      expect(refused.message).toMatch(
        /saved by the KAM command-line tool, on the hidden sheet "_KAM_State"/,
      );
    },
  );

  it('never writes to the sheet: saving from Excel goes to document settings, keeping the CLI’s models in the list', async () => {
    const book = withStateSheet([
      [STATE_KEYS.model, JSON.stringify(model('Growth'))],
      [STATE_KEYS.library, JSON.stringify([model('Growth')])],
    ]);
    const state = JSON.stringify([...(book.sheet(STATE_SHEET)?.cells ?? [])]);
    const host = hostOver(book);
    book.journal.length = 0;
    ok(await host.state.saveModel(model('Balanced')));
    expect(ok(await host.state.loadModel())?.name).toBe('Balanced');
    expect(ok(await host.state.listModels()).map((m) => m.name)).toEqual(['Growth', 'Balanced']);
    expect(JSON.parse(String(book.savedSettings.get(STATE_KEYS.library)))).toHaveLength(2);
    expect(JSON.stringify([...(book.sheet(STATE_SHEET)?.cells ?? [])])).toBe(state);
    expect(book.journal).toEqual([]);
  });

  it('serves KAM.SCORE, KAM.TIER and KAM.SCORES in a workbook the CLI wrote: the functions read the host’s own store', async () => {
    const fake = fakeBook({
      sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }],
      active: { sheet: 'Accounts', cell: 'A2' },
    });
    const { result } = await identify(hostOver(fake));
    const book = await openInExcel(await savedByCli([result.model], calibrationFrom(result)));
    expect(book.settings.get(STATE_KEYS.model)).toBeUndefined();
    useWorkbookState(hostOver(book).state);
    try {
      const rows = ACCOUNT_ROWS.slice(1);
      await score([[...rows[0]]]);
      const reads = book.syncCount;
      for (let i = 0; i < rows.length; i++) {
        expect(await score([[...rows[i]]])).toBe(result.pipeline.scores[i]);
        expect(await tier([[...rows[i]]])).toBe(tierName(result, i));
      }
      const spilled = await scores(ACCOUNT_ROWS.map((row) => [...row]));
      expect(spilled.map((r) => r[0])).toEqual(Array.from(result.pipeline.scores));
      // The CLI's sheet is read once per key, not once per formula cell.
      expect(book.syncCount).toBe(reads);
    } finally {
      useWorkbookState(undefined);
    }
  });
});
