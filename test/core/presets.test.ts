// Presets, and the valid 3-5 criteria models they build over a detected table.
import {
  detectColumns,
  modelSchema,
  parseModel,
  findPreset,
  modelFromPreset,
  type Preset,
  PRESETS,
  type RawTable,
} from '../../src/core';
import { ACCOUNTS, accountsWith, tableOf } from './detection-fixtures';

function build(preset: Preset, table: RawTable) {
  const outcome = modelFromPreset(preset, detectColumns(table), table);
  if (outcome.kind === 'error') throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome.value;
}

function preset(name: string): Preset {
  const found = findPreset(name);
  if (found === undefined) throw new Error(`no preset ${name}`);
  return found;
}

describe('the presets', () => {
  it('are Balanced, Growth potential first, Relationship first and Revenue first', () => {
    expect(PRESETS.map((p) => [p.name, p.label])).toEqual([
      ['balanced', 'Balanced'],
      ['growth', 'Growth potential first'],
      ['relationship', 'Relationship first'],
      ['revenue', 'Revenue first'],
    ]);
  });

  it('weigh every criterion of the catalogue, so any table finds its columns weighted', () => {
    for (const p of PRESETS) expect(Object.keys(p.weights)).toHaveLength(11);
  });

  it('put their namesake first', () => {
    const heaviest = (p: Preset) =>
      Object.entries(p.weights).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0][0];
    expect(heaviest(preset('growth'))).toBe('revenue-potential');
    expect(heaviest(preset('relationship'))).toBe('relationships');
    expect(heaviest(preset('revenue'))).toBe('arr');
  });

  it.each([
    ['balanced'],
    ['Balanced'],
    [' BALANCED '],
    ['growth-potential-first'],
    ['Growth potential first'],
    ['revenue_first'],
    ['relationship'],
  ])('are found by name or label: "%s"', (name) => expect(findPreset(name)).toBeDefined());

  it('do not invent a preset for an unknown name', () => {
    expect(findPreset('aggressive')).toBeUndefined();
  });
});

describe('a model from a preset over the typical account list', () => {
  it('is a valid model: parseModel accepts it and its defaults are filled in', () => {
    for (const p of PRESETS) {
      const { model } = build(p, ACCOUNTS);
      expect(parseModel(model)).toEqual({ kind: 'ok', value: model });
      expect(modelSchema.safeParse(model).success).toBe(true);
      expect(model).toMatchObject({
        version: 1,
        name: p.label,
        idColumn: 'Account',
        revenueColumn: 'ARR',
        missing: 'reweight',
      });
      expect(model.tiers.method).toBe('top-share');
    }
  });

  it('scores on the five heaviest criteria of the preset that the table has', () => {
    const { model, warnings } = build(preset('balanced'), ACCOUNTS);
    expect(model.criteria.map((c) => [c.id, c.column, c.weight])).toEqual([
      ['arr', 'ARR', 25],
      ['revenue-potential', 'Revenue potential', 20],
      ['product-fit', 'Product fit (1-5)', 20],
      ['relationships', 'Relationship', 15],
      ['solvency', 'Credit rating', 10],
    ]);
    expect(warnings).toEqual([]);
  });

  it('lets Relationship first lead with relationships and shared vision', () => {
    const { model } = build(preset('relationship'), ACCOUNTS);
    expect(model.criteria.map((c) => c.id)).toEqual([
      'relationships',
      'shared-vision',
      'product-fit',
      'arr',
      'revenue-potential',
    ]);
  });

  it('keeps the direction and normalisation detected for each column', () => {
    const { model } = build(preset('revenue'), ACCOUNTS);
    const cost = model.criteria.find((c) => c.id === 'cost-to-serve');
    expect(cost).toMatchObject({
      column: 'Cost to serve',
      direction: 'lower',
      normalize: { method: 'log-minmax' },
    });
    expect(model.criteria.find((c) => c.id === 'solvency')?.normalize).toEqual({
      method: 'rating',
      min: 1,
      max: 5,
    });
  });

  it('uses three or four criteria when that is all the table has, without a warning', () => {
    const { model, warnings } = build(
      preset('balanced'),
      accountsWith(['Account', 'ARR', 'Product fit (1-5)', 'Relationship']),
    );
    expect(model.criteria).toHaveLength(3);
    expect(warnings).toEqual([]);
  });

  it('warns when the table has only two criteria columns', () => {
    const { model, warnings } = build(
      preset('balanced'),
      accountsWith(['Account', 'Region', 'ARR', 'Relationship']),
    );
    expect(model.criteria.map((c) => c.id)).toEqual(['arr', 'relationships']);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'criteria-count', severity: 'warning' }),
    ]);
    expect(warnings[0].message).toContain('3 to 5');
  });

  it('takes the best column when two columns are the same criterion', () => {
    const table = tableOf(
      ['Account', 'ARR', 'Fit', 'Product fit'],
      [
        ['Acme', 10, 3, 4],
        ['Globex', 20, 5, 2],
      ],
    );
    const { model } = build(preset('balanced'), table);
    expect(model.criteria.find((c) => c.id === 'product-fit')?.column).toBe('Product fit');
  });
});

describe('a model from a preset over an unusual table', () => {
  it('does not rest on a weak hint such as a bare "Fit" header', () => {
    const table = tableOf(
      ['Account', 'ARR', 'Fit', 'Relationship', 'Credit rating'],
      [
        ['Acme', 10, 3, 'High', 'AA'],
        ['Globex', 20, 5, 'Low', 'BB'],
      ],
    );
    const { model } = build(preset('balanced'), table);
    expect(model.criteria.map((c) => c.column)).toEqual(['ARR', 'Relationship', 'Credit rating']);
  });

  it('refuses a table without a revenue column, naming the headers it saw', () => {
    const table = accountsWith([
      'Account',
      'Revenue potential',
      'Product fit (1-5)',
      'Relationship',
    ]);
    const outcome = modelFromPreset(preset('balanced'), detectColumns(table), table);
    expect(outcome).toMatchObject({ kind: 'error', code: 'no-revenue-column' });
    if (outcome.kind === 'error') expect(outcome.message).toContain('"Revenue potential"');
  });

  it('refuses a table with nothing to score: revenue named "Spend" is no ARR criterion', () => {
    const table = tableOf(
      ['Account', 'Spend', 'Notes'],
      [
        ['Acme', 100, 'ok'],
        ['Globex', 200, 'fine'],
      ],
    );
    const outcome = modelFromPreset(preset('balanced'), detectColumns(table), table);
    expect(outcome).toMatchObject({ kind: 'error', code: 'no-criteria' });
  });

  it('names accounts by row when there is no account column, and says so', () => {
    const table = tableOf(
      ['ARR', 'Product fit', 'Relationship', 'Shared vision'],
      [
        [10, 3, 'High', 'Yes'],
        [20, 4, 'Low', 'No'],
      ],
    );
    const { model, warnings } = build(preset('balanced'), table);
    expect(model.idColumn).toBeUndefined();
    expect(warnings).toEqual([expect.objectContaining({ code: 'missing-id', severity: 'info' })]);
  });
});
