// State stored in the workbook (model, model list, run statistics): a very hidden sheet, read back through zod, refused whole when bad.
import type { Model, Calibration } from '../../../src/core';
import { STATE_KEYS } from '../../../src/hosts/state';
import { STATE_SHEET } from '../../../src/hosts/file';
import { accountsSheet, errorCode, ok, openBytes, sheet, xlsxBytes } from './helpers';

const model: Model = {
  version: 1,
  name: 'Balanced',
  idColumn: 'Account',
  revenueColumn: 'ARR',
  missing: 'reweight',
  minCoverage: 0.6,
  criteria: [
    {
      id: 'arr',
      column: 'ARR',
      weight: 30,
      direction: 'higher',
      normalize: { method: 'log-minmax' },
    },
    {
      id: 'rel',
      column: 'Relationship',
      weight: 20,
      direction: 'higher',
      normalize: { method: 'categorical', map: { High: 1, 'Medium "ish"': 0.5, Low: 0 } },
    },
  ],
  tiers: {
    method: 'top-share',
    bands: [{ name: 'Key', share: 0.2 }, { name: 'Growth', share: 0.3 }, { name: 'Core' }],
  },
  abc: { a: 0.8, b: 0.95 },
};

const calibration: Calibration = {
  version: 1,
  model: '0123abcd-512',
  numberLocale: 'decimal-comma',
  labels: ['ARR', 'Relationship'],
  headers: ['Account', 'ARR', 'Relationship'],
  stats: [{ kind: 'range', min: 0, max: 12.5 }, { kind: 'fixed' }],
  tierFloors: [80, 40, null],
  tierNames: ['Key', 'Growth', 'Core'],
  accounts: 5,
};

/** A workbook whose state sheet holds the given cells after the key (column B on). */
async function withStored(key: string, cells: readonly (string | number)[]) {
  return openBytes(
    await xlsxBytes((wb) => {
      accountsSheet(wb);
      const ws = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
      ws.getRow(1).values = [key, ...cells];
    }),
  );
}

async function reopened(host: Awaited<ReturnType<typeof openBytes>>) {
  return openBytes((await host.toBuffer()).bytes);
}

describe('the stored model', () => {
  it('is null when the workbook has none, and the model list is empty', async () => {
    const host = await openBytes(await xlsxBytes((wb) => accountsSheet(wb)));
    expect(ok(await host.state.loadModel())).toBeNull();
    expect(ok(await host.state.listModels())).toEqual([]);
    expect(ok(await host.state.loadCalibration())).toBeNull();
  });

  it('round-trips through a saved file, on a very hidden sheet the user does not see', async () => {
    const host = await openBytes(await xlsxBytes((wb) => accountsSheet(wb)));
    ok(await host.state.saveModel(model));
    ok(await host.state.saveModel({ ...model, name: 'Growth focus' }));
    ok(await host.state.saveModel(model));
    const again = await reopened(host);
    expect(ok(await again.state.loadModel())).toEqual(model);
    expect(ok(await again.state.listModels()).map((m) => m.name)).toEqual([
      'Growth focus',
      'Balanced',
    ]);
    expect(sheet(await again.excelWorkbook(), STATE_SHEET).state).toBe('veryHidden');
    expect(again.sheetNames()).toEqual(['Accounts']);
    expect(ok(await again.readTable()).table.sheet).toBe('Accounts');
  });

  it('splits a large model over several cells (Excel holds 32,767 characters per cell)', async () => {
    const map: Record<string, number> = {};
    for (let i = 0; i < 3000; i++) map[`Label number ${i} with some length 😀`] = (i % 10) / 10;
    const big: Model = {
      ...model,
      criteria: [
        {
          id: 'big',
          column: 'Relationship',
          weight: 1,
          direction: 'higher',
          normalize: { method: 'categorical', map },
        },
      ],
    };
    const host = await openBytes(await xlsxBytes((wb) => accountsSheet(wb)));
    ok(await host.state.saveModel(model));
    ok(await host.state.saveModel(big));
    const again = await reopened(host);
    const ws = sheet(await again.excelWorkbook(), STATE_SHEET);
    const cells: unknown[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells.filter((c) => typeof c === 'string' && c.length > 30_000).length).toBeGreaterThan(
      3,
    );
    expect(cells.every((c) => typeof c === 'string' && c.length <= 32_767)).toBe(true);
    expect(ok(await again.state.loadModel())).toEqual(big);
    // Saving a smaller model afterwards leaves no tail of the big one behind.
    ok(await again.state.saveModel(model));
    expect(ok(await (await reopened(again)).state.loadModel())).toEqual(model);
  });

  it.each([
    ['text that is not JSON', ['{"version":1,'], 'state-not-json'],
    [
      'a model from a newer version',
      [JSON.stringify({ ...model, version: 2 })],
      'model-newer-version',
    ],
    [
      'a model with a bad weight',
      [JSON.stringify({ ...model, criteria: [{ ...model.criteria[0], weight: -1 }] })],
      'model-invalid',
    ],
    [
      'an unknown field (a hostile or foreign payload)',
      [JSON.stringify({ ...model, __proto__x: 1 })],
      'model-invalid',
    ],
    ['a number where the JSON should be', [42], 'state-not-text'],
  ])('refuses %s, whole', async (_what, cells, code) => {
    const host = await withStored(STATE_KEYS.model, cells);
    expect(errorCode(await host.state.loadModel())).toBe(code);
  });

  it('refuses text too large to be ours before parsing it', async () => {
    const chunk = 'x'.repeat(32_000);
    const host = await withStored(
      STATE_KEYS.model,
      Array.from({ length: 126 }, () => chunk),
    );
    expect(errorCode(await host.state.loadModel())).toBe('state-too-large');
  });
});

describe('the run statistics', () => {
  it('round-trip, and a damaged copy is refused', async () => {
    const host = await openBytes(await xlsxBytes((wb) => accountsSheet(wb)));
    ok(await host.state.saveModel(model));
    ok(await host.state.saveCalibration(calibration));
    const again = await reopened(host);
    expect(ok(await again.state.loadCalibration())).toEqual(calibration);
    expect(ok(await again.state.loadModel())).toEqual(model);
    const bad = await withStored(STATE_KEYS.calibration, [
      JSON.stringify({ ...calibration, accounts: -1 }),
    ]);
    expect(errorCode(await bad.state.loadCalibration())).toBe('calibration-invalid');
  });

  it('a damaged model list loses only the bad entries', async () => {
    const list = JSON.stringify([model, { version: 1, criteria: [] }, { ...model, name: 'Other' }]);
    const host = await withStored(STATE_KEYS.library, [list]);
    expect(ok(await host.state.listModels()).map((m) => m.name)).toEqual(['Balanced', 'Other']);
  });
});
