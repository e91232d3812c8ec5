// Weighted scores, contributions, missing-data policies and "1224" ranks (DESIGN 3.3).
import { contributionOf, rankScores } from '../../src/core/score/score';
import { scoreAccounts } from '../../src/core';

const col = (...xs: number[]): Float64Array => Float64Array.from(xs);

describe('weighted score', () => {
  it('is 100 * sum(w v) / sum(w) with relative weights', () => {
    const { scores } = scoreAccounts([col(1, 0), col(0.5, 1)], [3, 1], 'reweight');
    expect(scores[0]).toBeCloseTo((100 * (3 * 1 + 1 * 0.5)) / 4, 12);
    expect(scores[1]).toBeCloseTo((100 * 1) / 4, 12);
  });

  it('gives the same scores for weights 30/10 as for 3/1', () => {
    const a = scoreAccounts([col(0.2, 0.9), col(0.7, 0.1)], [30, 10], 'reweight').scores;
    const b = scoreAccounts([col(0.2, 0.9), col(0.7, 0.1)], [3, 1], 'reweight').scores;
    expect(Array.from(a)).toEqual(Array.from(b).map((x) => expect.closeTo(x, 12)));
  });

  it('splits each score into contributions that add up to it', () => {
    const normalized = [col(1, 0.25), col(0.5, NaN), col(0, 1)];
    const weights = [2, 1, 1];
    const { scores, pointsPerWeight } = scoreAccounts(normalized, weights, 'reweight');
    const contribution = (c: number, i: number): number =>
      contributionOf(normalized[c][i], weights[c], 'reweight', pointsPerWeight[i]);
    for (let i = 0; i < 2; i++) {
      const sum = [0, 1, 2].reduce(
        (s, c) => s + (Number.isNaN(contribution(c, i)) ? 0 : contribution(c, i)),
        0,
      );
      expect(sum).toBeCloseTo(scores[i], 9);
    }
    expect(contribution(0, 0)).toBeCloseTo(50, 12); // 100 * 2 * 1 / 4
    expect(contribution(1, 1)).toBeNaN(); // missing, and under reweight it does not count
    expect(contribution(0, 1)).toBeCloseTo((100 * 2 * 0.25) / 3, 12);
  });

  it('counts a missing criterion as 0, or as 0.5, under zero and neutral', () => {
    expect(contributionOf(NaN, 2, 'zero', 25)).toBe(0);
    expect(contributionOf(NaN, 2, 'neutral', 25)).toBe(25);
  });
});

describe('missing-data policies', () => {
  // Account 0 has both criteria; account 1 lacks the second (weight 1 of 4).
  const normalized = [col(0.8, 0.8), col(0.4, NaN)];
  const weights = [3, 1];

  it('reweight scores over the criteria present and reports coverage', () => {
    const { scores, coverage } = scoreAccounts(normalized, weights, 'reweight');
    expect(scores[1]).toBeCloseTo(80, 12);
    expect(coverage[0]).toBe(1);
    expect(coverage[1]).toBeCloseTo(0.75, 12);
  });

  it('zero counts the missing value as 0 over the total weight', () => {
    const { scores, coverage } = scoreAccounts(normalized, weights, 'zero');
    expect(scores[1]).toBeCloseTo((100 * 3 * 0.8) / 4, 12);
    expect(coverage[1]).toBeCloseTo(0.75, 12);
  });

  it('neutral counts the missing value as 0.5', () => {
    expect(scoreAccounts(normalized, weights, 'neutral').scores[1]).toBeCloseTo(
      (100 * (2.4 + 0.5)) / 4,
      12,
    );
  });

  it('leaves an account with no data at all unscored under reweight, and at 0 under zero', () => {
    const empty = [col(NaN), col(NaN)];
    expect(scoreAccounts(empty, weights, 'reweight').scores[0]).toBeNaN();
    expect(scoreAccounts(empty, weights, 'zero').scores[0]).toBe(0);
    expect(scoreAccounts(empty, weights, 'neutral').scores[0]).toBeCloseTo(50, 12);
  });

  it('ignores a criterion weighted 0 even when its value is missing', () => {
    const { scores, coverage } = scoreAccounts([col(1), col(NaN)], [1, 0], 'reweight');
    expect(scores[0]).toBe(100);
    expect(coverage[0]).toBe(1);
  });
});

describe('ranks', () => {
  it('ranks 1 = best and lets equal scores share the better rank (1224)', () => {
    const { ranks, order } = rankScores(col(50, 90, 70, 70, 10));
    expect(Array.from(ranks)).toEqual([4, 1, 2, 2, 5]);
    expect(Array.from(order)).toEqual([1, 2, 3, 0, 4]);
  });
  it('breaks ties for display by input order', () => {
    expect(Array.from(rankScores(col(5, 5, 5)).order)).toEqual([0, 1, 2]);
  });
  it('puts unscored accounts last with rank 0', () => {
    const { ranks, scored, order } = rankScores(col(NaN, 3, NaN, 8));
    expect(Array.from(ranks)).toEqual([0, 2, 0, 1]);
    expect(scored).toBe(2);
    expect(Array.from(order)).toEqual([3, 1, 0, 2]);
  });
});
