// The comparator-free orderings agree with a plain comparator sort, ties and NaN included.
import fc from 'fast-check';
import { orderAscending, orderDescending, sortDescending } from '../../src/core/numeric/sort';

/** The reference: a stable comparator sort, NaN last, -0 equal to 0. */
function referenceOrder(values: readonly number[], descending: boolean): number[] {
  const indices = values.map((_, i) => i);
  return indices.sort((i, j) => {
    const a = values[i];
    const b = values[j];
    if (Number.isNaN(a) || Number.isNaN(b)) {
      return Number(Number.isNaN(a)) - Number(Number.isNaN(b)) || i - j;
    }
    if (a === b) return i - j;
    return a < b === descending ? 1 : -1;
  });
}

/** The same contract checked in one linear scan, for inputs too big for the comparator reference. */
function expectOrdered(values: Float64Array, order: Uint32Array, descending: boolean): void {
  expect(order.length).toBe(values.length);
  const seen = new Uint8Array(values.length);
  let problems = 0;
  for (let k = 0; k < order.length; k++) {
    if (seen[order[k]]++ > 0) problems++;
    if (k === 0) continue;
    const i = order[k - 1];
    const j = order[k];
    const a = values[i];
    const b = values[j];
    if (Number.isNaN(a)) problems += Number(!Number.isNaN(b) || i > j);
    else if (a === b) problems += Number(i > j);
    else if (!Number.isNaN(b)) problems += Number(a < b === descending);
  }
  expect(problems).toBe(0);
}

function sorted(values: readonly number[], descending: boolean): number[] {
  const array = Float64Array.from(values);
  return Array.from(descending ? orderDescending(array) : orderAscending(array));
}

/** Doubles of every kind, drawn from a small pool too so that ties are common. */
const anyDouble = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1, -1, 50, 5e-324, -5e-324, Number.MAX_VALUE),
  fc.integer({ min: -5, max: 5 }),
);

describe('orderDescending / orderAscending', () => {
  it('match a stable comparator sort on any doubles', () => {
    fc.assert(
      fc.property(
        fc.array(anyDouble, { maxLength: 300, size: 'max' }),
        fc.boolean(),
        (values, descending) => {
          expect(sorted(values, descending)).toEqual(referenceOrder(values, descending));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sort inputs big enough for every digit width correctly', () => {
    // Insertion sort up to 64 values, then 8-bit digits below 2,000, 11-bit below 200,000, 16-bit above.
    for (const n of [64, 65, 2_500, 210_000]) {
      const values = Float64Array.from({ length: n }, (_, i) => {
        const r = Math.sin(i * 12.9898) * 43758.5453;
        const x = r - Math.floor(r);
        if (i % 97 === 0) return NaN;
        if (i % 7 === 0) return Math.round(x * 20) - 10; // many ties, negatives, zeros
        return (x - 0.3) * 1e6;
      });
      expectOrdered(values, orderDescending(values), true);
      expectOrdered(values, orderAscending(values), false);
    }
  });

  it('the linear checker itself agrees with the comparator reference', () => {
    fc.assert(
      fc.property(fc.array(anyDouble, { minLength: 2, maxLength: 60, size: 'max' }), (values) => {
        const array = Float64Array.from(values);
        expectOrdered(array, Uint32Array.from(referenceOrder(values, true)), true);
        const reversed = Uint32Array.from(referenceOrder(values, true)).reverse();
        const distinct = new Set(values.filter((x) => !Number.isNaN(x))).size;
        if (distinct > 1) expect(() => expectOrdered(array, reversed, true)).toThrow();
      }),
      { numRuns: 100 },
    );
  });

  it('order values that differ only in their last bits (same high word), short and long runs', () => {
    // 1 + k ulp: every value shares the high 32 bits, so the low word alone decides. Runs of up to
    // 64 are settled by insertion, longer ones by radix passes on the low word (odd pass counts too).
    const ulp = 2 ** -52;
    const closeValues = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 5_000 }), fc.constantFrom(1, -1, 1e6)),
      { maxLength: 3_000, size: 'max' },
    );
    fc.assert(
      fc.property(closeValues, fc.boolean(), (pairs, descending) => {
        const values = Float64Array.from(pairs, ([k, base]) => base * (1 + k * ulp));
        expectOrdered(
          values,
          descending ? orderDescending(values) : orderAscending(values),
          descending,
        );
      }),
      { numRuns: 60 },
    );
    for (const [count, step] of [
      [2_048, ulp], // 11-bit digits, one active pass
      [1_500, 2 ** -40], // 8-bit digits
      [250_000, ulp], // 16-bit digits
    ]) {
      const values = Float64Array.from(
        { length: count },
        (_, i) => 1 + ((i * 7919) % count) * step,
      );
      expectOrdered(values, orderDescending(values), true);
      expectOrdered(values, orderAscending(values), false);
    }
  });

  it('place the one value that differs from a crowd of equal values (no pass may be skipped)', () => {
    for (const n of [100, 2_500, 250_000]) {
      for (const odd of [3, 1 + 2 ** -52]) {
        // The odd one out in the high word (3) or only in the last bit of the low word.
        const values = new Float64Array(n).fill(1);
        values[n - 1] = odd;
        expect(orderDescending(values)[0]).toBe(n - 1);
        values[n - 1] = 1;
        values[0] = odd;
        expect(orderAscending(values)[n - 1]).toBe(0);
      }
    }
  });

  it('settle a long run of close values that sits between others', () => {
    const values = Float64Array.from({ length: 1_000 }, (_, i) =>
      i < 300 ? 50 + i : 1 + ((i * 7919) % 700) * 2 ** -52,
    );
    expectOrdered(values, orderDescending(values), true);
    expectOrdered(values, orderAscending(values), false);
  });

  it('keep equal scores in input order, highest first', () => {
    expect(sorted([70, 90, 70, 100, 90], true)).toEqual([3, 1, 4, 0, 2]);
    expect(sorted([70, 90, 70, 100, 90], false)).toEqual([0, 2, 1, 4, 3]);
  });

  it('put NaN last in input order, whichever the direction', () => {
    expect(sorted([NaN, 2, NaN, 1, -NaN], true)).toEqual([1, 3, 0, 2, 4]);
    expect(sorted([NaN, 2, NaN, 1, -NaN], false)).toEqual([3, 1, 0, 2, 4]);
    expect(sorted([NaN, NaN], true)).toEqual([0, 1]);
  });

  it('treat -0 and 0 as a tie', () => {
    expect(sorted([0, -0, 0, -0], true)).toEqual([0, 1, 2, 3]);
    expect(sorted([-0, 0, -1, 1], false)).toEqual([2, 0, 1, 3]);
  });

  it('order negatives, infinities and the smallest subnormals correctly', () => {
    const values = [-1, Infinity, -Infinity, 5e-324, -5e-324, 0, -1e300, 1e300];
    expect(sorted(values, false)).toEqual([2, 6, 0, 4, 5, 3, 7, 1]);
    expect(sorted(values, true)).toEqual([1, 7, 3, 5, 4, 0, 6, 2]);
  });

  it('skip digits that all keys share without losing order (whole numbers, scores 0-100)', () => {
    const wholes = Array.from({ length: 5_000 }, (_, i) => (i * 7919) % 1_000);
    expect(sorted(wholes, true)).toEqual(referenceOrder(wholes, true));
    const same = new Array<number>(3_000).fill(42.5);
    expect(sorted(same, true)).toEqual(same.map((_, i) => i));
  });

  it('handle the empty input and a single value', () => {
    expect(sorted([], true)).toEqual([]);
    expect(sorted([3], true)).toEqual([0]);
    expect(sorted([NaN], false)).toEqual([0]);
  });

  it('read a Float64Array that is a view into a larger buffer', () => {
    const backing = new Float64Array([9, 3, 1, 2, 9]);
    const view = backing.subarray(1, 4);
    expect(Array.from(orderDescending(view))).toEqual([0, 2, 1]);
  });
});

describe('sortDescending', () => {
  /** What it must equal: the values gathered through the order, -0 read as 0. */
  function expectValuesFollowOrder(values: Float64Array): void {
    const { order, sorted } = sortDescending(values);
    expect(Array.from(order)).toEqual(Array.from(orderDescending(values)));
    let mismatches = 0;
    order.forEach((i, k) => {
      const expected = values[i] === 0 ? 0 : values[i];
      if (!Object.is(sorted[k], expected)) mismatches++;
    });
    expect(mismatches).toBe(0);
  }

  it('hands back the values in descending order with the indices, NaN last', () => {
    fc.assert(
      fc.property(fc.array(anyDouble, { maxLength: 300, size: 'max' }), (values) => {
        expectValuesFollowOrder(Float64Array.from(values));
      }),
      { numRuns: 300 },
    );
  });

  it('rebuilds every value exactly from its key bits on the radix paths', () => {
    for (const n of [2_500, 210_000]) {
      const values = Float64Array.from({ length: n }, (_, i) => {
        if (i % 89 === 0) return NaN;
        if (i % 5 === 0) return -((i * 7919) % 1000); // whole numbers: low-word passes skipped
        return Math.sin(i) * 10 ** ((i % 40) - 20);
      });
      values[3] = -0;
      values[4] = Infinity;
      values[6] = -Infinity;
      expectValuesFollowOrder(values);
    }
    expectValuesFollowOrder(new Float64Array(3_000).fill(7.25)); // every pass skipped
  });
});
