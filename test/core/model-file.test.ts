// A model file as users write it (DESIGN 4.1): `normalize` may be left out, and what is wrong reads as a sentence.
import {
  completeModel,
  detectColumns,
  identify,
  parseModel,
  parseModelFile,
  requireComplete,
  type ModelFile,
} from '../../src/core';
import { csvFixture } from '../support/csv-fixture';

const salesforce = csvFixture('salesforce-accounts.csv');

function file(data: unknown): ModelFile {
  const parsed = parseModelFile(data);
  if (parsed.kind !== 'ok') throw new Error(parsed.message);
  return parsed.value;
}

function refusal(data: unknown): string {
  const parsed = parseModelFile(data);
  if (parsed.kind === 'ok') throw new Error('expected the model to be refused');
  expect(parsed.code).toBe('model-invalid');
  return parsed.message;
}

const lean = {
  version: 1,
  revenueColumn: 'Annual Revenue',
  criteria: [
    { id: 'arr', column: 'Annual Revenue', weight: 40 },
    { id: 'rating', column: 'Rating', weight: 30 },
    { id: 'sla', label: 'Service level', column: 'SLA', weight: 20 },
    { id: 'active', column: 'Active', weight: 10 },
  ],
};

describe('a criterion without normalize', () => {
  it('parses as a model file, and a saved (complete) model still needs it', () => {
    expect(parseModelFile(lean).kind).toBe('ok');
    const saved = parseModel(lean);
    expect(saved).toMatchObject({ kind: 'error', code: 'model-invalid' });
    if (saved.kind === 'error')
      expect(saved.message).toContain(
        'criterion 1 (Annual Revenue): normalize is missing: give an object like {"method": "minmax"}',
      );
  });

  it('gets the method detection suggests for its column, on a Salesforce export', () => {
    const completed = completeModel(file(lean), salesforce);
    if (completed.kind !== 'ok') throw new Error(completed.message);
    const detection = detectColumns(salesforce);
    const suggested = (header: string) =>
      detection.candidates.find((c) => c.header === header)?.normalize;
    const methods = completed.value.criteria.map((c) => c.normalize);
    // "arr" is the catalogue's money kind: log scale; Hot/Warm/Cold and Platinum..Bronze are picklists in
    // their known order; Yes/No are rating words. The same readings detection offers in the panel.
    expect(methods[0]).toEqual({ method: 'log-minmax' });
    expect(methods[1]).toEqual(suggested('Rating'));
    expect(methods[1]).toMatchObject({
      method: 'categorical',
      map: { Hot: 1, Warm: 0.5, Cold: 0 },
    });
    expect(methods[2]).toEqual(suggested('SLA'));
    expect(methods[3]).toEqual(suggested('Active'));
  });

  it('scores exactly as the same model with those methods written out', () => {
    const completed = completeModel(file(lean), salesforce);
    if (completed.kind !== 'ok') throw new Error(completed.message);
    const short = identify(salesforce, { model: file(lean) });
    const spelled = identify(salesforce, { model: completed.value });
    if (short.kind !== 'ok' || spelled.kind !== 'ok') throw new Error('run failed');
    expect(short.value.model).toEqual(completed.value);
    expect(Array.from(short.value.pipeline.scores)).toEqual(
      Array.from(spelled.value.pipeline.scores),
    );
  });

  it('keeps a normalize that is given, and leaves a missing column for the run to name', () => {
    const given = file({
      ...lean,
      criteria: [
        { id: 'arr', column: 'Annual Revenue', weight: 1, normalize: { method: 'percentile' } },
        { id: 'fit', column: 'Product fit', weight: 1 },
      ],
    });
    const completed = completeModel(given, salesforce);
    expect(completed.kind).toBe('ok');
    if (completed.kind === 'ok')
      expect(completed.value.criteria[0].normalize).toEqual({ method: 'percentile' });
    const run = identify(salesforce, { model: given });
    expect(run).toMatchObject({ kind: 'error', code: 'model-column-missing' });
  });

  it('is refused with what to write when the column is free text', () => {
    const completed = completeModel(
      file({ ...lean, criteria: [{ id: 'owner', column: 'Account Owner', weight: 1 }] }),
      salesforce,
    );
    expect(completed).toMatchObject({ kind: 'error', code: 'model-invalid' });
    if (completed.kind === 'error')
      expect(completed.message).toMatch(
        /^The model is not valid: criterion 1 \(Account Owner\): normalize is left out, and the column "Account Owner" holds no numbers, known labels, yes\/no or dates to suggest a method from\. Give it, e\.g\. "normalize": \{"method": "categorical"/,
      );
  });

  it('is refused where no data is at hand to suggest from (kam sql), naming the criterion', () => {
    const outcome = requireComplete(file(lean), 'kam sql reads no data to suggest a method from');
    expect(outcome).toMatchObject({ kind: 'error', code: 'model-invalid' });
    if (outcome.kind === 'error')
      expect(outcome.message).toMatch(
        /^criterion 1 \(Annual Revenue\): normalize is left out, and kam sql reads no data/,
      );
  });
});

describe('schema errors as sentences that name the field and the fix', () => {
  const criterion = (extra: Record<string, unknown>) => ({
    version: 1,
    criteria: [
      { id: 'arr', column: 'ARR', weight: 30 },
      { id: 'cost-to-serve', label: 'Cost to serve', column: 'Cost', weight: 10, ...extra },
    ],
  });

  it.each([
    [
      'an unknown normalisation method',
      criterion({ normalize: { method: 'min-max' } }),
      'criterion 2 (Cost to serve): normalize.method must be one of minmax, log-minmax, percentile, scale, categorical, recency, rating (found the text "min-max")',
    ],
    [
      'normalize written as a word',
      criterion({ normalize: 'minmax' }),
      'criterion 2 (Cost to serve): normalize must be an object like {"method": "minmax"} (found the text "minmax")',
    ],
    [
      'a direction outside the two',
      criterion({ direction: 'down' }),
      'criterion 2 (Cost to serve): direction must be one of higher, lower (found the text "down")',
    ],
    [
      'a weight as text',
      criterion({ weight: '10' }),
      'criterion 2 (Cost to serve): weight must be a number (found the text "10")',
    ],
    [
      'a missing weight',
      { version: 1, criteria: [{ id: 'arr', column: 'ARR' }] },
      'criterion 1 (ARR): weight is missing: give a number',
    ],
    [
      'a misspelt field',
      criterion({ wieght: 3 }),
      'criterion 2 (Cost to serve): "wieght" is not a known field (a typo? names are case-sensitive)',
    ],
    [
      'a policy outside the three',
      { ...criterion({}), missing: 'skip' },
      'missing must be one of reweight, zero, neutral (found the text "skip")',
    ],
    [
      'a band share above 1',
      {
        ...criterion({}),
        tiers: { method: 'top-share', bands: [{ name: 'Key', share: 2 }, { name: 'Rest' }] },
      },
      'tier band 1 (Key): share must be at most 1',
    ],
    [
      'a minimum coverage above 1',
      { ...criterion({}), minCoverage: 60 },
      'minCoverage must be between 0 and 1',
    ],
    ['no criteria', { version: 1, criteria: [] }, 'criteria must list at least one criterion'],
    [
      'a field at the top the model does not know',
      { ...criterion({}), criterion: [] },
      '"criterion" is not a known field of the model (a typo? names are case-sensitive)',
    ],
  ])('%s', (_what, data, sentence) => {
    const message = refusal(data);
    expect(message).toMatch(/^The model is not valid: .*\.$/);
    const sentences = message.slice('The model is not valid: '.length, -1).split('; ');
    expect(sentences).toContain(sentence);
  });

  it('lists several problems, each in its own words', () => {
    const message = refusal({
      version: 1,
      abc: { a: 0.9, b: 0.8 },
      criteria: [{ id: 'arr', column: 'ARR', weight: -1, normalize: { method: 'minmax' } }],
    });
    expect(message).toContain('criterion 1 (ARR): weight cannot be negative');
    expect(message).toContain('abc: class A threshold "a" must be below "b"');
  });
});
