// The taskpane's model helpers: weight shares, label maps, and the model draft with its conversions.
import fc from 'fast-check';
import { detectColumns, findPreset } from '../../src/core';
import { prefillLabelMap, textLabels, vocabularyValues } from '../../src/taskpane/lib/label-map';
import {
  criteriaCountWarning,
  draftFromModel,
  draftFromPreset,
  EMPTY_DRAFT,
  modelFromDraft,
  previewModel,
  structureKey,
  switchMethod,
} from '../../src/taskpane/lib/model-draft';
import { largestRemainderPercents } from '../../src/taskpane/lib/percentages';
import { ACCOUNTS, FIT_AND_ARR } from './fake-host';

describe('largestRemainderPercents', () => {
  it('keeps exact shares and gives the leftover points to the largest remainders', () => {
    expect(largestRemainderPercents([30, 30, 40])).toEqual([30, 30, 40]);
    expect(largestRemainderPercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainderPercents([25, 20, 20, 15, 10])).toEqual([28, 22, 22, 17, 11]);
  });

  it('shows nothing when no weight is above 0, and ignores negative or broken weights', () => {
    expect(largestRemainderPercents([0, 0])).toEqual([0, 0]);
    expect(largestRemainderPercents([])).toEqual([]);
    expect(largestRemainderPercents([-5, Number.NaN, 10])).toEqual([0, 0, 100]);
  });

  it('always adds up to exactly 100, each share within one point of the exact one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (weights) => {
          const total = weights.reduce((a, b) => a + b, 0);
          fc.pre(total > 0);
          const shares = largestRemainderPercents(weights);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
          shares.forEach((s, i) =>
            expect(Math.abs(s - (weights[i] / total) * 100)).toBeLessThan(1),
          );
        },
      ),
    );
  });
});

describe('label maps', () => {
  it('takes rating words at their built-in values', () => {
    expect(prefillLabelMap(['High', 'Medium', 'Low'])).toEqual({ High: 1, Medium: 0.5, Low: 0 });
    expect(vocabularyValues(['Strong', 'Gold'])).toEqual([{ label: 'Strong', value: 1 }]);
  });

  it('gives labels their known order: a picklist by its places, numbered labels with 1 on top', () => {
    // Platinum, Gold, Silver, Bronze: the list's places, whatever part of it the column has.
    expect(prefillLabelMap(['Gold', 'Silver', 'Bronze'])).toEqual({
      Gold: 0.6667,
      Silver: 0.3333,
      Bronze: 0,
    });
    expect(prefillLabelMap(['Tier 2', 'Tier 1', 'Tier 3'])).toEqual({
      'Tier 1': 1,
      'Tier 2': 0.5,
      'Tier 3': 0,
    });
  });

  it('leaves labels without a known order unvalued: the user values them, nothing is guessed', () => {
    expect(prefillLabelMap(['Aligned', 'Partly aligned', 'Not aligned'])).toEqual({});
  });

  it("reads a text column's labels, in first-seen order", () => {
    expect(textLabels(ACCOUNTS, 'relationship')).toEqual(['High', 'Medium', 'Low']);
    expect(textLabels(ACCOUNTS, 'No such column')).toBeNull();
  });
});

describe('the model draft', () => {
  it('turns back into the model it came from', () => {
    expect(modelFromDraft(draftFromModel(FIT_AND_ARR))).toEqual({ kind: 'ok', value: FIT_AND_ARR });
  });

  it('says what is missing instead of making a model with gaps', () => {
    const draft = draftFromModel(FIT_AND_ARR);
    const noColumn = {
      ...draft,
      criteria: [
        ...draft.criteria,
        { ...draft.criteria[0], id: 'executive-fit', kind: 'executive-fit' as const, column: '' },
      ],
    };
    expect(modelFromDraft(noColumn)).toMatchObject({
      kind: 'error',
      message: 'Choose a column for Executive fit.',
    });
    expect(modelFromDraft({ ...draft, revenueColumn: null })).toMatchObject({
      kind: 'error',
      code: 'no-revenue-column',
    });
    expect(
      modelFromDraft({ ...draft, criteria: draft.criteria.map((c) => ({ ...c, weight: 0 })) }),
    ).toMatchObject({ kind: 'error', code: 'model-invalid' });
  });

  it('warns outside 3 to 5 criteria', () => {
    expect(criteriaCountWarning(2)).toMatch(/^2 criteria are picked/);
    expect(criteriaCountWarning(6)).toMatch(/^6 criteria are picked.*each one counts for little/);
    expect([3, 4, 5].map(criteriaCountWarning)).toEqual([null, null, null]);
  });

  it('previews only the criteria it can run, and remembers where they sit in the draft', () => {
    const draft = draftFromModel(FIT_AND_ARR);
    const gaps = {
      ...draft,
      criteria: [
        { ...draft.criteria[0], column: '' },
        draft.criteria[1],
        { ...draft.criteria[2], normalize: { method: 'scale' as const, min: 5, max: 1 } },
      ],
    };
    const preview = previewModel(gaps, ACCOUNTS);
    expect(preview?.positions).toEqual([1]);
    expect(preview?.model.criteria.map((c) => c.weight)).toEqual([1]);
    expect(previewModel({ ...draft, revenueColumn: 'Nope' }, ACCOUNTS)).toBeNull();
  });

  it('keys the preview on everything but the weights and the name', () => {
    const draft = draftFromModel(FIT_AND_ARR);
    const reweighted = {
      ...draft,
      name: 'Other',
      criteria: draft.criteria.map((c) => ({ ...c, weight: c.weight * 7 })),
    };
    expect(structureKey(reweighted)).toBe(structureKey(draft));
    expect(structureKey({ ...draft, revenueColumn: 'Revenue potential' })).not.toBe(
      structureKey(draft),
    );
  });

  it('prefills the label map when a text criterion switches to custom labels', () => {
    expect(
      switchMethod('categorical', { method: 'rating', min: 1, max: 5 }, ACCOUNTS, 'Relationship'),
    ).toEqual({
      method: 'categorical',
      map: { High: 1, Medium: 0.5, Low: 0 },
    });
    expect(
      switchMethod('scale', { method: 'rating', min: 0, max: 10 }, ACCOUNTS, 'Product fit'),
    ).toEqual({ method: 'scale', min: 0, max: 10 });
  });

  it("builds a preset's model over the table, keeping the user's revenue column", () => {
    const preset = findPreset('growth');
    if (preset === undefined) throw new Error('no growth preset');
    const built = draftFromPreset(preset, detectColumns(ACCOUNTS), ACCOUNTS, {
      ...EMPTY_DRAFT,
      revenueColumn: 'Revenue potential',
    });
    expect(built).toMatchObject({
      kind: 'ok',
      value: { revenueColumn: 'Revenue potential', name: 'Growth potential first' },
    });
    if (built.kind === 'ok')
      expect(built.value.criteria[0]).toMatchObject({ id: 'revenue-potential', weight: 35 });
  });
});
