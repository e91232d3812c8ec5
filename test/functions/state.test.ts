// The saved model and run as the functions read them: absent -> #N/A saying what to do; malformed,
// hostile, newer or stale -> refused with a message, never half-used and never a crash.
import { calibrationFrom, modelFingerprint, parseModel, type RawCell } from '../../src/core';
import { gini, score, scores, tier } from '../../src/functions/functions';
import { useWorkbookState } from '../../src/functions/state';
import { settingsStore } from '../../src/hosts/excel/settings';
import { NO_MODEL_MESSAGE, NO_RUN_MESSAGE, WorkbookState } from '../../src/hosts/state';
import { STATE_KEYS } from '../../src/hosts/state';
import { errorOf, MIXED_TABLE, rangeOf, runAndSave, useSettings } from './helpers';

afterEach(() => useWorkbookState(undefined));

const ROW: RawCell[][] = [MIXED_TABLE.rows[0].slice(0, 8) as RawCell[]];
const TABLE = rangeOf(MIXED_TABLE);

function savedState(): { model: string; calibration: string } {
  const run = runAndSave(MIXED_TABLE);
  return {
    model: JSON.stringify(run.result.model),
    calibration: JSON.stringify(calibrationFrom(run.result)),
  };
}

describe('without a saved model', () => {
  it('gives #N/A that says to run "Identify key accounts" or save a model', async () => {
    useSettings({});
    for (const call of [() => score(ROW), () => tier(ROW), () => scores(TABLE)]) {
      const error = await errorOf(call);
      expect(error.code).toBe('#N/A');
      expect(error.message).toBe(NO_MODEL_MESSAGE);
    }
    expect(NO_MODEL_MESSAGE).toMatch(
      /Run "Identify key accounts" first, or save a model in the KAM panel/,
    );
  });

  it('still computes the revenue figures, which need no model', async () => {
    useSettings({});
    expect(await gini([[1], [3]])).toBeCloseTo(0.25, 15);
  });

  it('gives #N/A while the workbook’s settings cannot be read (outside Excel, or before Office is ready)', async () => {
    expect(await errorOf(() => score(ROW))).toMatchObject({
      code: '#N/A',
      message: expect.stringMatching(/still starting.*Recalculate/),
    });
    const notReady = (): never => {
      throw new Error('Office.context.document is not ready');
    };
    useWorkbookState(
      new WorkbookState(settingsStore(notReady, async () => ({ kind: 'ok', value: null }))),
    );
    expect((await errorOf(() => scores(TABLE))).code).toBe('#N/A');
  });
});

describe('with a saved model but no saved run', () => {
  it('KAM.SCORES works; KAM.SCORE and KAM.TIER ask for a run', async () => {
    useSettings({ model: savedState().model });
    expect(await scores(TABLE)).toHaveLength(MIXED_TABLE.rows.length);
    expect(await errorOf(() => score(ROW))).toMatchObject({
      code: '#N/A',
      message: NO_RUN_MESSAGE,
    });
  });
});

describe('a saved model that cannot be used', () => {
  const model = (): Record<string, unknown> => JSON.parse(savedState().model);

  it.each([
    ['damaged JSON', '{"version": 1, "criteria": [', /damaged \(not valid JSON\)/],
    [
      'a newer version',
      JSON.stringify({ ...model(), version: 2 }),
      /newer version of the add-in.*Update the add-in/,
    ],
    ['no version', JSON.stringify({ ...model(), version: undefined }), /no known "version"/],
    [
      'a negative weight',
      JSON.stringify({
        ...model(),
        criteria: [{ id: 'x', column: 'ARR', weight: -1, normalize: { method: 'minmax' } }],
      }),
      /criterion 1 \(ARR\): weight cannot be negative/,
    ],
    ['an unknown field', JSON.stringify({ ...model(), script: '=cmd|" /c calc"!A1' }), /not valid/],
    ['a number instead of text', 42, /not readable text/],
    ['100 MB of text', 'x'.repeat(4_000_001), /too large to be ours/],
  ])('is refused with #N/A when it is %s', async (_, text, message) => {
    useSettings({ model: text, calibration: savedState().calibration });
    for (const call of [() => score(ROW), () => scores(TABLE)]) {
      const error = await errorOf(call);
      expect(error.code).toBe('#N/A');
      expect(error.message).toMatch(/cannot be used|damaged|not readable|too large/);
      expect(error.message).toMatch(message);
    }
  });

  it('does not let a "__proto__" key in the saved JSON reach any object', async () => {
    const hostile = savedState().model.replace('{', '{"__proto__": {"polluted": true},');
    useSettings({ model: hostile });
    try {
      await scores(TABLE);
    } catch {
      // refused or used: either way nothing may leak
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses damaged run statistics, and a model changed after the run, instead of scoring with them', async () => {
    const state = savedState();
    useSettings({ model: state.model, calibration: '{"version": 1, "headers": []}' });
    expect(await errorOf(() => score(ROW))).toMatchObject({
      code: '#N/A',
      message: expect.stringMatching(
        /statistics of the last run.*cannot be used.*Run "Identify key accounts" again/,
      ),
    });

    const changed = JSON.parse(state.model);
    changed.criteria[0].normalize = { method: 'scale', min: 1, max: 5 };
    useSettings({ model: JSON.stringify(changed), calibration: state.calibration });
    expect(await errorOf(() => tier(ROW))).toMatchObject({
      code: '#N/A',
      message: expect.stringMatching(/model changed since the last "Identify key accounts" run/),
    });

    // Only the weights changed: the statistics still fit, but the scores would not be the run's.
    const reweighted = JSON.parse(state.model);
    reweighted.criteria[0].weight += 1;
    useSettings({ model: JSON.stringify(reweighted), calibration: state.calibration });
    expect((await errorOf(() => score(ROW))).code).toBe('#N/A');

    const fewer = JSON.parse(state.model);
    fewer.criteria.pop();
    useSettings({ model: JSON.stringify(fewer), calibration: state.calibration });
    expect((await errorOf(() => score(ROW))).code).toBe('#N/A');
  });

  it('points a percentile criterion over too many accounts to KAM.SCORES', async () => {
    const parsed = parseModel({
      version: 1,
      criteria: [{ id: 'arr', column: 'ARR', weight: 1, normalize: { method: 'percentile' } }],
    });
    if (parsed.kind === 'error') throw new Error(parsed.message);
    const calibration = {
      version: 1,
      model: modelFingerprint(parsed.value),
      numberLocale: null,
      labels: ['ARR'],
      headers: ['Account', 'ARR'],
      stats: [{ kind: 'too-many', count: 60_000 }],
      tierFloors: [null, null, null],
      tierNames: ['Key', 'Growth', 'Core'],
      accounts: 60_000,
    };
    useSettings({ model: JSON.stringify(parsed.value), calibration: JSON.stringify(calibration) });
    expect(await errorOf(() => score([['Acme', 100]]))).toMatchObject({
      code: '#N/A',
      message: expect.stringMatching(/use KAM.SCORES/),
    });
  });
});

describe('reading the workbook', () => {
  it('reads Office.context.document.settings when nothing is injected', async () => {
    const state = savedState();
    const expected = await score(ROW);
    useWorkbookState(undefined);
    const office = {
      context: {
        document: {
          settings: {
            get: (key: string) =>
              key === STATE_KEYS.model
                ? state.model
                : key === STATE_KEYS.calibration
                  ? state.calibration
                  : null,
          },
        },
      },
    };
    (globalThis as { Office?: unknown }).Office = office;
    try {
      expect(await score(ROW)).toBe(expected);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it('sees a newly saved model at the next calculation', async () => {
    const state = savedState();
    useSettings({ model: state.model, calibration: state.calibration });
    const before = await scores(TABLE);
    const reweighted = JSON.parse(state.model);
    reweighted.criteria[0].weight *= 5;
    useSettings({ model: JSON.stringify(reweighted), calibration: state.calibration });
    expect(await scores(TABLE)).not.toEqual(before);
  });
});
