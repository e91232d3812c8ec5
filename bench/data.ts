// Synthetic portfolios for the benchmark: realistic skewed money columns, ratings and some gaps.
import {
  type NormalizeSpec,
  type PreparedCriterion,
  type PreparedInput,
  seededUniform,
} from '../src/core';

interface ColumnSpec {
  readonly id: string;
  readonly weight: number;
  readonly lower?: boolean;
  readonly normalize: NormalizeSpec;
  readonly draw: (next: () => number) => number;
}

const lognormal = (next: () => number, mu: number, sigma: number): number => {
  const u = Math.max(next(), 1e-12);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  return Math.round(Math.exp(mu + sigma * z));
};

/** The seven criteria of a typical sheet, with their default normalisations. */
export const SEVEN_CRITERIA: readonly ColumnSpec[] = [
  {
    id: 'arr',
    weight: 30,
    normalize: { method: 'log-minmax' },
    draw: (r) => lognormal(r, 11, 1.4),
  },
  {
    id: 'revenue-potential',
    weight: 20,
    normalize: { method: 'log-minmax' },
    draw: (r) => lognormal(r, 11.5, 1.2),
  },
  {
    id: 'product-fit',
    weight: 15,
    normalize: { method: 'scale', min: 1, max: 5 },
    draw: (r) => 1 + Math.floor(r() * 5),
  },
  {
    id: 'relationships',
    weight: 15,
    normalize: { method: 'rating', min: 1, max: 5 },
    draw: (r) => Math.floor(r() * 3) / 2,
  },
  {
    id: 'solvency',
    weight: 10,
    normalize: { method: 'rating', min: 1, max: 5 },
    draw: (r) => (21 - Math.floor(r() * 22)) / 21,
  },
  {
    id: 'shared-vision',
    weight: 5,
    normalize: { method: 'rating', min: 1, max: 5 },
    draw: (r) => (r() < 0.5 ? 1 : 0),
  },
  {
    id: 'cost-to-serve',
    weight: 5,
    lower: true,
    normalize: { method: 'minmax' },
    draw: (r) => Math.round(2000 + r() * 48000),
  },
];

/** The same data restricted to plain min-max criteria, as the spreadsheet peer computes them. */
export const MINMAX_CRITERIA = (count: number): readonly ColumnSpec[] =>
  SEVEN_CRITERIA.slice(0, count).map((c) => ({
    ...c,
    lower: false,
    normalize: { method: 'minmax' },
  }));

export function makePortfolio(
  n: number,
  criteria: readonly ColumnSpec[],
  seed = 42,
  missingShare = 0.02,
): PreparedInput {
  const next = seededUniform(seed); // the same data on every run
  const columns: PreparedCriterion[] = criteria.map((spec) => {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = next() < missingShare ? NaN : spec.draw(next);
    return {
      id: spec.id,
      label: spec.id,
      weight: spec.weight,
      direction: spec.lower ? 'lower' : 'higher',
      normalize: spec.normalize,
      values,
    };
  });
  return { criteria: columns, revenue: columns[0].values };
}
