// The model file format (DESIGN 4.1): defaults, validation messages, versions.
import { MODEL_VERSION, parseModel, parseModelJson } from '../../src/core';

const minimal = {
  version: 1,
  criteria: [{ id: 'arr', column: 'ARR', weight: 30, normalize: { method: 'log-minmax' } }],
};

describe('scoring model', () => {
  it('fills in the documented defaults', () => {
    const outcome = parseModel(minimal);
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(outcome.value.missing).toBe('reweight');
    expect(outcome.value.criteria[0].direction).toBe('higher');
    expect(outcome.value.tiers).toEqual({
      method: 'top-share',
      bands: [{ name: 'Key', share: 0.2 }, { name: 'Growth', share: 0.3 }, { name: 'Core' }],
    });
    expect(outcome.value.abc).toEqual({ a: 0.8, b: 0.95 });
  });

  it('reads the example of the design document', () => {
    const example = {
      version: 1,
      name: 'Balanced',
      idColumn: 'Account',
      revenueColumn: 'ARR',
      missing: 'reweight',
      criteria: [
        {
          id: 'arr',
          column: 'ARR',
          weight: 30,
          direction: 'higher',
          normalize: { method: 'log-minmax' },
        },
        {
          id: 'product-fit',
          column: 'Product fit',
          weight: 25,
          normalize: { method: 'scale', min: 1, max: 5 },
        },
        {
          id: 'relationships',
          column: 'Relationship',
          weight: 20,
          normalize: { method: 'categorical', map: { High: 1, Medium: 0.5, Low: 0 } },
        },
        {
          id: 'cost-to-serve',
          column: 'Cost to serve',
          weight: 10,
          direction: 'lower',
          normalize: { method: 'minmax' },
        },
      ],
      tiers: {
        method: 'top-share',
        bands: [{ name: 'Key', share: 0.2 }, { name: 'Growth', share: 0.3 }, { name: 'Core' }],
      },
      abc: { a: 0.8, b: 0.95 },
    };
    expect(parseModel(example).kind).toBe('ok');
  });

  it.each([
    [
      'a newer version',
      { ...minimal, version: MODEL_VERSION + 1 },
      'model-newer-version',
      /newer version/,
    ],
    ['no version', { criteria: minimal.criteria }, 'model-unknown-version', /version/],
    ['a string version', { ...minimal, version: '1' }, 'model-unknown-version', /version/],
    [
      'a negative weight',
      { ...minimal, criteria: [{ ...minimal.criteria[0], weight: -1 }] },
      'model-invalid',
      /criterion 1 \(ARR\): weight cannot be negative/,
    ],
    [
      'all weights zero',
      { ...minimal, criteria: [{ ...minimal.criteria[0], weight: 0 }] },
      'model-invalid',
      /weight above 0/,
    ],
    [
      'an unknown method',
      { ...minimal, criteria: [{ ...minimal.criteria[0], normalize: { method: 'magic' } }] },
      'model-invalid',
      /normalize/,
    ],
    [
      'a misspelt field',
      { ...minimal, criteria: [{ ...minimal.criteria[0], weigth: 3 }] },
      'model-invalid',
      /weigth/,
    ],
    [
      'duplicate criterion ids',
      { ...minimal, criteria: [minimal.criteria[0], minimal.criteria[0]] },
      'model-invalid',
      /criterion 2 \(ARR\): the id "arr" is also the id of an earlier criterion/,
    ],
    [
      'a scale with max below min',
      {
        ...minimal,
        criteria: [
          { id: 'fit', column: 'Fit', weight: 1, normalize: { method: 'scale', min: 5, max: 1 } },
        ],
      },
      'model-invalid',
      /criterion 1 \(Fit\): normalize\.max must be above normalize\.min/,
    ],
    [
      'a categorical value above 1',
      {
        ...minimal,
        criteria: [
          {
            id: 'r',
            column: 'R',
            weight: 1,
            normalize: { method: 'categorical', map: { High: 2 } },
          },
        ],
      },
      'model-invalid',
      /between 0 and 1/,
    ],
    [
      'tier shares above 100%',
      {
        ...minimal,
        tiers: {
          method: 'top-share',
          bands: [{ name: 'Key', share: 0.7 }, { name: 'Growth', share: 0.5 }, { name: 'Core' }],
        },
      },
      'model-invalid',
      /more than 1/,
    ],
    [
      'an ABC threshold a above b',
      { ...minimal, abc: { a: 0.9, b: 0.8 } },
      'model-invalid',
      /below "b"/,
    ],
    ['an array', [minimal], 'model-not-object', /JSON object/],
  ])('refuses %s with a clear message', (_what, data, code, message) => {
    const outcome = parseModel(data);
    expect(outcome.kind).toBe('error');
    if (outcome.kind === 'error') {
      expect(outcome.code).toBe(code);
      expect(outcome.message).toMatch(message);
    }
  });

  it('refuses text that is not JSON without throwing', () => {
    const outcome = parseModelJson('{"version": 1,');
    expect(outcome).toMatchObject({ kind: 'error', code: 'model-not-json' });
  });

  it('reads a model file saved with a UTF-8 byte-order mark, as it reads it without', () => {
    const text = JSON.stringify(minimal);
    const withMark = parseModelJson('\uFEFF' + text);
    expect(withMark.kind).toBe('ok');
    expect(withMark).toEqual(parseModelJson(text));
    // Only a leading mark is the file's: one inside the JSON is still refused.
    expect(parseModelJson(' \uFEFF' + text)).toMatchObject({
      kind: 'error',
      code: 'model-not-json',
    });
  });
});
