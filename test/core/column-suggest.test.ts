// The normalisation and direction suggested for a criterion column, from its header and values.
import { detectColumns } from '../../src/core';
import { ACCOUNT_ROWS, candidate, tableOf, withColumn } from './detection-fixtures';

describe('suggested normalisation from the values', () => {
  it('reads a percent margin as min-max', () => {
    expect(candidate(withColumn('Margin', ['35%', '12%', '48%']), 'Margin')?.normalize).toEqual({
      method: 'minmax',
    });
  });

  it('reads shares between 0 and 1 as min-max', () => {
    expect(
      candidate(withColumn('Gross margin', [0.35, 0.12, 0.48]), 'Gross margin')?.normalize,
    ).toEqual({ method: 'minmax' });
  });

  it('reads whole marks up to 10 on a 0-10 scale', () => {
    expect(
      candidate(withColumn('Product fit', [7, 9, 3, 10, 0]), 'Product fit')?.normalize,
    ).toEqual({ method: 'scale', min: 0, max: 10 });
  });

  it('reads half marks from 1 to 5 on the 1-5 scale', () => {
    expect(
      candidate(withColumn('Relationship score', [4.5, 3, 1.5, 5]), 'Relationship score')
        ?.normalize,
    ).toEqual({ method: 'scale', min: 1, max: 5 });
  });

  it('counts products bought against the other accounts, not on a fixed scale', () => {
    const found = candidate(withColumn('Products bought', [1, 3, 4, 2]), 'Products bought');
    expect(found).toMatchObject({ kind: 'breadth', normalize: { method: 'minmax' } });
  });

  it('orders tier labels by their number: Tier 1 is best', () => {
    const found = candidate(
      withColumn('Product fit', ['Tier 2', 'Tier 1', 'Tier 3']),
      'Product fit',
    );
    expect(found?.normalize).toEqual({
      method: 'categorical',
      map: { 'Tier 1': 1, 'Tier 2': 0.5, 'Tier 3': 0 },
    });
  });

  it('spreads letter classes evenly, A best, outside solvency', () => {
    const found = candidate(withColumn('Product fit', ['B', 'A', 'C']), 'Product fit');
    expect(found?.normalize).toEqual({ method: 'categorical', map: { A: 1, B: 0.5, C: 0 } });
  });

  it('never gives labels without a known order an order: the column is noted, not offered', () => {
    const detection = withColumn('Shared vision', ['Aligned', 'Partly aligned', 'Not aligned']);
    expect(candidate(detection, 'Shared vision')).toBeUndefined();
    expect(detection.notes).toEqual([
      expect.objectContaining({
        code: 'unordered-labels',
        column: 'Shared vision',
        severity: 'info',
        message: expect.stringMatching(
          /^Shared vision has 3 labels with no known order \(Aligned, Partly aligned, Not aligned\): to score it, give each label a value/,
        ),
      }),
    ]);
  });

  it('does not take a column of many different texts as labels', () => {
    const texts = ACCOUNT_ROWS.map((r) => `Comment about ${String(r[0])}`);
    expect(candidate(withColumn('Relationship', texts), 'Relationship')).toBeUndefined();
  });

  it('reports the share of filled cells', () => {
    expect(candidate(withColumn('Product fit', [3, null, 4, '']), 'Product fit')?.filled).toBe(0.5);
  });
});

describe('geography, executive fit and solvency', () => {
  it('takes a region of names as no criterion, but a numeric geo fit as geography', () => {
    const detection = detectColumns(
      tableOf(
        ['Account', 'ARR', 'Region', 'Geo fit'],
        [
          ['Acme', 5, 'EMEA', 4],
          ['Globex', 7, 'APAC', 2],
        ],
      ),
    );
    expect(candidate(detection, 'Region')).toBeUndefined();
    expect(candidate(detection, 'Geo fit')).toMatchObject({
      kind: 'geography',
      normalize: { method: 'scale', min: 1, max: 5 },
    });
  });

  it('takes a time-zone overlap in rating words as geography', () => {
    expect(
      candidate(withColumn('Time-zone overlap', ['High', 'Low']), 'Time-zone overlap')?.kind,
    ).toBe('geography');
  });

  it.each([
    ['Trust'],
    ['Communication'],
    ['Strategic planning'],
    ['Relationship focus'],
    ['Executive fit'],
  ])('"%s" is part of executive fit', (header) =>
    expect(candidate(withColumn(header, [1, 3, 5]), header)?.kind).toBe('executive-fit'),
  );

  it('scores a risk column in High/Medium/Low lower-is-better, but credit grades higher-is-better', () => {
    expect(candidate(withColumn('Risk', ['High', 'Medium', 'Low']), 'Risk')).toMatchObject({
      kind: 'solvency',
      direction: 'lower',
    });
    expect(candidate(withColumn('Risk rating', ['AA', 'BBB-', 'B+']), 'Risk rating')).toMatchObject(
      { kind: 'solvency', direction: 'higher' },
    );
  });

  it('scores days sales outstanding lower-is-better, and never takes it for revenue', () => {
    const detection = withColumn('Days sales outstanding', [30, 45, 90]);
    expect(candidate(detection, 'Days sales outstanding')).toMatchObject({
      kind: 'solvency',
      direction: 'lower',
    });
    expect(detection.revenue?.header).toBe('ARR');
  });

  it('gives a bare "Fit" only a weak match', () => {
    const found = candidate(withColumn('Fit', [1, 3, 5]), 'Fit');
    expect(found?.kind).toBe('product-fit');
    expect(found?.confidence).toBeLessThanOrEqual(0.3);
  });
});
