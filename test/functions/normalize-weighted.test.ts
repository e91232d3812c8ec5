// KAM.NORMALIZE and KAM.WEIGHTED: the scoring's own arithmetic, one step at a time in a sheet.
import { normalize, weighted } from '../../src/functions/functions';
import { column, errorOf } from './helpers';

const values = (spill: Array<Array<number | string>>): Array<number | string> =>
  spill.map((r) => r[0]);

describe('KAM.NORMALIZE', () => {
  it('rescales min-max by default, blanks and words staying blank, in the input’s shape', async () => {
    expect(values(normalize(column(10, 20, null, 'n/a', 30)))).toEqual([0, 0.5, '', '', 1]);
    expect(
      normalize([
        [10, 30],
        [20, ''],
      ]),
    ).toEqual([
      [0, 1],
      [0.5, ''],
    ]);
  });

  it('gives 0.5 to every value of a column that does not discriminate', async () => {
    expect(values(normalize(column(7, 7, 7)))).toEqual([0.5, 0.5, 0.5]);
  });

  it('uses ln(1 + x) for log-minmax, the default for money', async () => {
    const [low, mid, high] = values(
      normalize(column(0, '$999', 999_999), 'log-minmax'),
    ) as number[];
    expect([low, high]).toEqual([0, 1]);
    expect(mid).toBeCloseTo(Math.log(1000) / Math.log(1_000_000), 12);
  });

  it('ranks by percentile with ties sharing their average rank', async () => {
    expect(values(normalize(column(5, 1, 5, 9), 'Percentile'))).toEqual([0.5, 0, 0.5, 1]);
  });

  it('reads a fixed scale, 1 to 5 by default or as written, clipping what is outside', async () => {
    expect(values(normalize(column(1, 3, 5, 6), 'scale'))).toEqual([0, 0.5, 1, 1]);
    expect(values(normalize(column(0, 5, 10), 'scale:0:10'))).toEqual([0, 0.5, 1]);
  });

  it('reads rating words and credit grades with the built-in vocabularies', async () => {
    expect(
      values(normalize(column('High', 'Medium', 'Low', 'Yes', 'AAA', 'D', 4, 'Maybe'), 'rating')),
    ).toEqual([1, 0.5, 0, 1, 1, 0, 0.75, '']);
    expect(values(normalize(column(5, 10), 'rating:0:10'))).toEqual([0.5, 1]);
  });

  it('refuses an unknown method, listing the known ones, and a scale without two bounds', async () => {
    expect(await errorOf(() => normalize(column(1, 2), 'zscore'))).toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(
        /method "zscore" is not known; use one of minmax, log-minmax, percentile, scale/,
      ),
    });
    expect((await errorOf(() => normalize(column(1, 2), 'scale:5:1'))).message).toMatch(
      /needs two numbers, low then high/,
    );
    expect((await errorOf(() => normalize(column(1, 2), 'minmax:1:2'))).message).toMatch(
      /is not known/,
    );
  });
});

describe('KAM.WEIGHTED', () => {
  it('is 100 x sum(w v) / sum(w): weights are relative', async () => {
    expect(await weighted([[1, 0.5, 0]], [[30, 20, 50]])).toBeCloseTo(40, 12);
    expect(await weighted([[1, 0.5, 0]], [[3, 2, 5]])).toBeCloseTo(40, 12);
  });

  it('leaves blank values out and spreads their weight over the others', async () => {
    expect(await weighted([[1, null, 0.5]], [[1, 5, 1]])).toBeCloseTo(75, 12);
    expect(await weighted([[null, '']], [[1, 1]])).toBe('');
  });

  it('takes a column of values against a row of weights, and percentages as text', async () => {
    expect(await weighted(column('100%', '50%'), [[1, 1]])).toBeCloseTo(75, 12);
  });

  it('refuses values outside 0..1, missing or negative weights, and unequal counts', async () => {
    expect(await errorOf(() => weighted([[3, 0.5]], [[1, 1]]))).toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(
        /between 0 and 1 \(KAM.NORMALIZE gives them\); cell 1 holds 3/,
      ),
    });
    expect((await errorOf(() => weighted([[1, 0.5]], [[1, -2]]))).message).toMatch(
      /weights must be numbers of 0 or more.*cell 2/,
    );
    expect((await errorOf(() => weighted([[1, 0.5]], [[1, null]]))).message).toMatch(
      /cell 2 is not/,
    );
    expect((await errorOf(() => weighted([[1, 0.5]], [[0, 0]]))).message).toMatch(
      /at least one weight above 0/,
    );
    expect((await errorOf(() => weighted([[1, 0.5, 1]], [[1, 1]]))).message).toMatch(
      /values has 3 cells and weights 2/,
    );
  });
});
