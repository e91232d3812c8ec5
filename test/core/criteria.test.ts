// The criteria catalogue and the header-word matching behind it.
import { CRITERIA_CATALOGUE, criterionKind, isCriterionKindId } from '../../src/core';
import { headerWords, matchPhrase, phraseWords } from '../../src/core/columns/header-words';

describe('the criteria catalogue of key-account practice', () => {
  it('has the eleven criteria of DESIGN 1, each once', () => {
    expect(CRITERIA_CATALOGUE.map((k) => k.id).sort()).toEqual([
      'arr',
      'breadth',
      'cost-to-serve',
      'executive-fit',
      'geography',
      'margin',
      'product-fit',
      'relationships',
      'revenue-potential',
      'shared-vision',
      'solvency',
    ]);
  });

  it('gives every criterion a label, a description for the taskpane and header synonyms', () => {
    for (const kind of CRITERIA_CATALOGUE) {
      expect(kind.label.length).toBeGreaterThan(2);
      expect(kind.description.length).toBeGreaterThan(40);
      expect(kind.synonyms.length).toBeGreaterThan(2);
    }
  });

  it('scores cost to serve lower-is-better and everything else higher-is-better', () => {
    const lower = CRITERIA_CATALOGUE.filter((k) => k.direction === 'lower').map((k) => k.id);
    expect(lower).toEqual(['cost-to-serve']);
  });

  it('treats money as money: ARR, revenue potential and cost to serve', () => {
    expect(criterionKind('arr').valueKind).toBe('money');
    expect(criterionKind('revenue-potential').valueKind).toBe('money');
    expect(criterionKind('cost-to-serve').valueKind).toBe('money');
    expect(criterionKind('breadth').valueKind).toBe('count');
    expect(criterionKind('margin').valueKind).toBe('percent');
  });

  it('names the parts of executive fit as its synonyms', () => {
    const synonyms = criterionKind('executive-fit').synonyms;
    for (const part of ['communication', 'relationship focus', 'trust', 'strategic planning'])
      expect(synonyms).toContain(part);
  });

  it('does not let a region name stand for a geographic grade', () => {
    expect(criterionKind('geography').acceptsLabels).toBe(false);
    expect(criterionKind('geography').synonyms).toEqual(
      expect.arrayContaining(['region', 'time zone', 'distance', 'geo fit']),
    );
  });

  it('never gives one header phrase to two criteria', () => {
    const owner = new Map<string, string>();
    for (const kind of CRITERIA_CATALOGUE) {
      for (const synonym of kind.synonyms) {
        const key = phraseWords(synonym).join(' ');
        expect([key, owner.get(key) ?? kind.id]).toEqual([key, kind.id]);
        owner.set(key, kind.id);
      }
    }
  });

  it('knows its own kind ids', () => {
    expect(isCriterionKindId('solvency')).toBe(true);
    expect(isCriterionKindId('size')).toBe(false);
  });
});

describe('reading header words', () => {
  it('drops units, scales and qualifiers that do not name the measure', () => {
    expect(headerWords('Annual Revenue (USD)').core).toEqual(['annual', 'revenue']);
    expect(headerWords('Product fit (1-5)').core).toEqual(['product', 'fit']);
    expect(headerWords('Relationship score').core).toEqual(['relationship']);
    expect(headerWords('Margin %').core).toEqual(['margin']);
  });

  it('reads "&" as "and", and plurals as singulars', () => {
    expect(headerWords('Trust & Communication').all).toEqual(['trust', 'and', 'communication']);
    expect(headerWords('Products bought').core).toEqual(['product', 'bought']);
  });

  it('matches whole words only: "Fit" alone is a weak hint, "Refit" none', () => {
    const productFit = phraseWords('product fit');
    expect(matchPhrase(headerWords('Product Fit'), productFit)?.score).toBe(1);
    expect(matchPhrase(headerWords('Fit'), productFit)?.score).toBeLessThanOrEqual(0.3);
    expect(matchPhrase(headerWords('Refit'), phraseWords('fit'))).toBeNull();
  });

  it('scores a phrase inside a longer header below an exact header', () => {
    const score =
      matchPhrase(
        headerWords('Relationship strength with CFO'),
        phraseWords('relationship strength'),
      )?.score ?? 0;
    expect(score).toBeGreaterThan(0.55);
    expect(score).toBeLessThan(1);
  });
});
