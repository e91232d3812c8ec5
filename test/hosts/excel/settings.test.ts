// The model and the run's statistics in the workbook's document settings: round trips, and refusal of bad stored state.
import { calibrationFrom, parseModel, type Model } from '../../../src/core';
import { identifyAndWrite } from '../../../src/hosts/identify-and-write';
import { MAX_STATE_TEXT, STATE_KEYS } from '../../../src/hosts/state';
import { ACCOUNT_ROWS, failure, fakeBook, hostOver, identify, ok } from './fixtures';

function model(name: string, weight = 60): Model {
  return ok(
    parseModel({
      version: 1,
      name,
      idColumn: 'Account',
      revenueColumn: 'ARR',
      criteria: [
        { id: 'arr', column: 'ARR', weight, normalize: { method: 'log-minmax' } },
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

function book() {
  return fakeBook({
    sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }],
    active: { sheet: 'Accounts', cell: 'A2' },
  });
}

describe('saved model and statistics', () => {
  it('has no model in a new workbook', async () => {
    expect(ok(await hostOver(book()).state.loadModel())).toBeNull();
    expect(ok(await hostOver(book()).state.listModels())).toEqual([]);
    expect(ok(await hostOver(book()).state.loadCalibration())).toBeNull();
  });

  it('saves the model as JSON text with the workbook and reads the same model back', async () => {
    const fake = book();
    const host = hostOver(fake);
    ok(await host.state.saveModel(model('Balanced')));
    expect(typeof fake.savedSettings.get(STATE_KEYS.model)).toBe('string');
    expect(ok(await host.state.loadModel())).toEqual(model('Balanced'));
    ok(await host.state.saveModel(model('Growth', 80)));
    ok(await host.state.saveModel(model('balanced', 70)));
    expect(ok(await host.state.listModels()).map((m) => [m.name, m.criteria[0].weight])).toEqual([
      ['Growth', 80],
      ['balanced', 70],
    ]);
  });

  it('saves and reads back the statistics of a run', async () => {
    const host = hostOver(book());
    const { result } = await identify(host);
    const calibration = calibrationFrom(result);
    ok(await host.state.saveCalibration(calibration));
    expect(ok(await host.state.loadCalibration())).toEqual(calibration);
  });

  it.each([
    ['damaged JSON', '{"version": 1, "name": ', 'state-not-json'],
    [
      'a model from a newer version',
      JSON.stringify({ ...model('Future'), version: 2 }),
      'model-newer-version',
    ],
    ['a hostile huge text', `"${'x'.repeat(MAX_STATE_TEXT + 1)}"`, 'state-too-large'],
    ['an object where text belongs', { version: 1 }, 'state-not-text'],
    [
      'a model with a criterion of negative weight',
      JSON.stringify({ ...model('Bad'), criteria: [{ ...model('Bad').criteria[0], weight: -1 }] }),
      'model-invalid',
    ],
  ])('refuses %s with a message, never half-using it', async (_what, stored, code) => {
    const fake = book();
    fake.settings.set(STATE_KEYS.model, stored);
    const refused = failure(await hostOver(fake).state.loadModel());
    expect(refused.code).toBe(code);
    expect(refused.message.length).toBeGreaterThan(20);
  });

  it('refuses damaged statistics and a damaged model list', async () => {
    const fake = book();
    fake.settings.set(STATE_KEYS.calibration, '{"version": 1}');
    fake.settings.set(STATE_KEYS.library, '{"not": "a list"}');
    const host = hostOver(fake);
    expect(failure(await host.state.loadCalibration()).code).toBe('calibration-invalid');
    expect(failure(await host.state.listModels()).code).toBe('library-invalid');
    const saved = ok(await host.state.saveModel(model('Fresh')));
    expect(ok(await host.state.listModels()).map((m) => m.name)).toEqual(['Fresh']);
    expect(saved.notes.join('\n')).toMatch(/replaced by a list holding "Fresh"/);
  });

  it('says so when Excel cannot save the settings (a read-only workbook)', async () => {
    const fake = book();
    fake.failSave = true;
    expect(failure(await hostOver(fake).state.saveModel(model('Balanced')))).toMatchObject({
      code: 'settings-not-saved',
      message: expect.stringContaining('read-only'),
    });
  });

  it('runs the whole "Identify key accounts" job: read, write, then save the model and statistics', async () => {
    const fake = book();
    const host = hostOver(fake);
    const done = ok(await identifyAndWrite(host, { useSavedModel: true }));
    expect(ok(await host.state.loadModel())).toEqual(done.result.model);
    expect(ok(await host.state.loadCalibration())).toEqual(calibrationFrom(done.result));
    expect(fake.sheet('KAM Summary')).toBeDefined();
  });
});
