// Normalisation to [0,1] per DESIGN 3.2, with hand-computed expectations.
import { DEGENERATE_VALUE } from '../../src/core/score/normalize';
import { normalizeColumn } from '../../src/core';

const col = (...xs: number[]): Float64Array => Float64Array.from(xs);
const close = (actual: Float64Array, expected: number[]): void => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => {
    if (Number.isNaN(e)) expect(actual[i]).toBeNaN();
    else expect(actual[i]).toBeCloseTo(e, 12);
  });
};

describe('minmax', () => {
  it('maps the smallest value to 0 and the largest to 1', () => {
    close(normalizeColumn(col(10, 20, 40), { method: 'minmax' }, 'higher'), [0, 1 / 3, 1]);
  });
  it('ignores missing values when finding the range and keeps them missing', () => {
    close(normalizeColumn(col(NaN, 5, 15), { method: 'minmax' }, 'higher'), [NaN, 0, 1]);
  });
  it('gives every account 0.5 when all values are equal', () => {
    close(normalizeColumn(col(7, 7, NaN, 7), { method: 'minmax' }, 'higher'), [0.5, 0.5, NaN, 0.5]);
  });
  it('gives a single account 0.5', () => {
    expect(normalizeColumn(col(42), { method: 'minmax' }, 'higher')[0]).toBe(DEGENERATE_VALUE);
  });
  it('turns around for a lower-is-better criterion such as cost to serve', () => {
    close(normalizeColumn(col(100, 300, 200), { method: 'minmax' }, 'lower'), [1, 0, 0.5]);
  });
});

describe('log-minmax (the default for money)', () => {
  it('works on ln(1 + x)', () => {
    const lo = Math.log1p(0);
    const hi = Math.log1p(999);
    const mid = Math.log1p(99);
    close(normalizeColumn(col(0, 99, 999), { method: 'log-minmax' }, 'higher'), [
      0,
      (mid - lo) / (hi - lo),
      1,
    ]);
  });
  it('counts negative amounts as 0 before the log', () => {
    close(normalizeColumn(col(-50, 0, 9), { method: 'log-minmax' }, 'higher'), [0, 0, 1]);
  });
  it('spreads small accounts apart where minmax would crush them', () => {
    const values = col(1000, 2000, 1_000_000);
    const log = normalizeColumn(values, { method: 'log-minmax' }, 'higher');
    const linear = normalizeColumn(values, { method: 'minmax' }, 'higher');
    expect(log[1] - log[0]).toBeGreaterThan(10 * (linear[1] - linear[0]));
  });
});

describe('percentile', () => {
  it('is (rank - 1) / (n - 1) with ascending ranks', () => {
    close(normalizeColumn(col(30, 10, 20), { method: 'percentile' }, 'higher'), [1, 0, 0.5]);
  });
  it('gives tied values their average rank', () => {
    // ranks: 10 -> 1, the two 20s -> 2.5, 40 -> 4; n = 4
    close(
      normalizeColumn(col(20, 10, 40, 20), { method: 'percentile' }, 'higher'),
      [0.5, 0, 1, 0.5],
    );
  });
  it('leaves missing values out of n', () => {
    close(normalizeColumn(col(NaN, 1, 2, NaN, 3), { method: 'percentile' }, 'higher'), [
      NaN,
      0,
      0.5,
      NaN,
      1,
    ]);
  });
  it('gives 0.5 to one account or to all-equal values', () => {
    close(normalizeColumn(col(NaN, 4), { method: 'percentile' }, 'higher'), [NaN, 0.5]);
    close(normalizeColumn(col(4, 4, 4), { method: 'percentile' }, 'higher'), [0.5, 0.5, 0.5]);
  });
});

describe('scale', () => {
  it('reads a 1..5 rating on its fixed scale, not the data range', () => {
    close(
      normalizeColumn(col(2, 3, 4), { method: 'scale', min: 1, max: 5 }, 'higher'),
      [0.25, 0.5, 0.75],
    );
  });
  it('clips values outside the scale', () => {
    close(normalizeColumn(col(0, 6), { method: 'scale', min: 1, max: 5 }, 'higher'), [0, 1]);
  });
  it('does not treat all-equal ratings as degenerate (a fixed scale is not data-driven)', () => {
    close(normalizeColumn(col(5, 5), { method: 'scale', min: 1, max: 5 }, 'higher'), [1, 1]);
  });
});

describe('categorical and rating', () => {
  it('keeps the mapped values and applies the direction', () => {
    close(
      normalizeColumn(col(1, 0.5, 0), { method: 'categorical', map: { High: 1 } }, 'higher'),
      [1, 0.5, 0],
    );
    close(normalizeColumn(col(1, 0.25, NaN), { method: 'rating', min: 1, max: 5 }, 'lower'), [
      0,
      0.75,
      NaN,
    ]);
  });
});
