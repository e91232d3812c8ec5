// Properties of the scoring pipeline that must hold for any data (fast-check).
import fc from 'fast-check';
import {
  DEFAULT_ABC,
  DEFAULT_TIERS,
  type NormalizeSpec,
  createWhatIf,
  type PreparedCriterion,
  NO_QUADRANT,
  runPipeline,
} from '../../src/core';
import { NO_TIER } from '../../src/core/score/tiers';
import { accountContributions } from '../../src/core/run/pipeline';

const methods: NormalizeSpec[] = [
  { method: 'minmax' },
  { method: 'log-minmax' },
  { method: 'percentile' },
  { method: 'scale', min: 1, max: 5 },
];
const options = {
  missing: 'reweight' as const,
  tiers: DEFAULT_TIERS,
  abc: DEFAULT_ABC,
  minCoverage: 0,
};

const cell = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.double({ min: -1e6, max: 1e7, noNaN: true, noDefaultInfinity: true }),
  },
  { weight: 1, arbitrary: fc.constant(NaN) },
);

/** A random portfolio: n accounts, 1-5 criteria with random methods, directions and weights. */
const portfolio = fc
  .record({ n: fc.integer({ min: 1, max: 40 }), criteria: fc.integer({ min: 1, max: 5 }) })
  .chain(({ n, criteria }) =>
    fc.record({
      columns: fc.array(fc.array(cell, { minLength: n, maxLength: n }), {
        minLength: criteria,
        maxLength: criteria,
      }),
      revenue: fc.array(cell, { minLength: n, maxLength: n }),
      weights: fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), {
        minLength: criteria,
        maxLength: criteria,
      }),
      methods: fc.array(fc.constantFrom(...methods), { minLength: criteria, maxLength: criteria }),
      lower: fc.array(fc.boolean(), { minLength: criteria, maxLength: criteria }),
      missing: fc.constantFrom('reweight' as const, 'zero' as const, 'neutral' as const),
    }),
  );

type Portfolio = typeof portfolio extends fc.Arbitrary<infer T> ? T : never;

function prepare(
  p: Portfolio,
  permutation?: number[],
): { criteria: PreparedCriterion[]; revenue: Float64Array } {
  const pick = (xs: number[]): Float64Array =>
    Float64Array.from(permutation ? permutation.map((i) => xs[i]) : xs);
  return {
    criteria: p.columns.map((values, k) => ({
      id: `c${k}`,
      label: `C${k}`,
      weight: p.weights[k],
      direction: p.lower[k] ? 'lower' : 'higher',
      normalize: p.methods[k],
      values: pick(values),
    })),
    revenue: pick(p.revenue),
  };
}

describe('scoring pipeline properties', () => {
  it('keeps every score within 0..100', () => {
    fc.assert(
      fc.property(portfolio, (p) => {
        const { scores } = runPipeline(prepare(p), { ...options, missing: p.missing });
        return Array.from(scores).every((s) => Number.isNaN(s) || (s >= 0 && s <= 100 + 1e-9));
      }),
    );
  });

  it('scores an account exactly when it has data for a weighted criterion (reweight), or always (zero, neutral)', () => {
    fc.assert(
      fc.property(portfolio, (p) => {
        const { scores } = runPipeline(prepare(p), { ...options, missing: p.missing });
        return Array.from(scores).every((s, i) => {
          const hasData = p.columns.some((column) => !Number.isNaN(column[i]));
          return Number.isNaN(s) === (p.missing === 'reweight' && !hasData);
        });
      }),
    );
  });

  it('never ranks, tiers or places an account whose coverage is below the minimum', () => {
    fc.assert(
      fc.property(portfolio, fc.double({ min: 0, max: 1, noNaN: true }), (p, minCoverage) => {
        const result = runPipeline(prepare(p), { ...options, missing: p.missing, minCoverage });
        return Array.from(result.coverage).every((coverage, i) => {
          const scored = !Number.isNaN(result.scores[i]);
          const enough = coverage >= minCoverage - 1e-9;
          // Default bands tier every ranked account; a quadrant also needs revenue, so only its absence is checked.
          if (scored && enough) return result.ranks[i] > 0 && result.tiers.tierIndex[i] !== NO_TIER;
          return (
            result.ranks[i] === 0 &&
            result.tiers.tierIndex[i] === NO_TIER &&
            result.quadrant[i] === NO_QUADRANT
          );
        });
      }),
    );
  });

  it('splits every score into contributions that add up to it', () => {
    fc.assert(
      fc.property(portfolio, (p) => {
        const result = runPipeline(prepare(p), { ...options, missing: p.missing });
        return Array.from(result.scores).every((s, i) => {
          if (Number.isNaN(s)) return true;
          const points = accountContributions(result, i);
          const sum = points.reduce((total, c) => total + (Number.isNaN(c) ? 0 : c), 0);
          return Math.abs(sum - s) < 1e-9;
        });
      }),
    );
  });

  it('gives every account the same result whatever the row order', () => {
    fc.assert(
      fc.property(
        portfolio.chain((p) =>
          fc.tuple(
            fc.constant(p),
            fc.shuffledSubarray([...p.revenue.keys()], { minLength: p.revenue.length }),
          ),
        ),
        ([p, permutation]) => {
          const base = runPipeline(prepare(p), options);
          const moved = runPipeline(prepare(p, permutation), options);
          const revenue = p.revenue;
          // Equal revenues are ordered by input position, so only a unique revenue keeps its cumulative share.
          const unique = (i: number): boolean =>
            revenue.filter((x) => x === revenue[i]).length === 1;
          return permutation.every((from, to) => {
            const same = (a: number, b: number): boolean =>
              (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) < 1e-9;
            return (
              same(base.scores[from], moved.scores[to]) &&
              base.ranks[from] === moved.ranks[to] &&
              base.tiers.tierIndex[from] === moved.tiers.tierIndex[to] &&
              base.concentration.abc[from] === moved.concentration.abc[to] &&
              (!unique(from) ||
                same(
                  base.concentration.cumulativeShare[from],
                  moved.concentration.cumulativeShare[to],
                )) &&
              base.quadrant[from] === moved.quadrant[to]
            );
          });
        },
      ),
    );
  });

  it('never lowers an account’s score when its value rises on a higher-is-better criterion', () => {
    fc.assert(
      fc.property(
        portfolio,
        fc.nat(),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (p, pick, raise) => {
          const account = pick % p.revenue.length;
          const k = pick % p.columns.length;
          const higher = { ...p, lower: p.lower.map((l, j) => (j === k ? false : l)) };
          const before = runPipeline(prepare(higher), { ...options, missing: p.missing }).scores[
            account
          ];
          const value = higher.columns[k][account];
          if (Number.isNaN(value)) return true;
          const raised = {
            ...higher,
            columns: higher.columns.map((col, j) =>
              j === k ? col.map((x, i) => (i === account ? x + raise : x)) : col,
            ),
          };
          const after = runPipeline(prepare(raised), { ...options, missing: p.missing }).scores[
            account
          ];
          return Number.isNaN(before) || after >= before - 1e-9;
        },
      ),
    );
  });

  it('ranks scores consistently: a better score never has a worse rank, a clearly better one a better rank', () => {
    fc.assert(
      fc.property(portfolio, (p) => {
        const { scores, ranks } = runPipeline(prepare(p), options);
        for (let i = 0; i < scores.length; i++)
          for (let j = 0; j < scores.length; j++) {
            if (scores[i] > scores[j] && ranks[i] > ranks[j]) return false;
            if (scores[i] > scores[j] + 1e-9 && !(ranks[i] < ranks[j])) return false;
          }
        return true;
      }),
    );
  });

  it('gives the what-if the same result as a full run with the same weights', () => {
    fc.assert(
      fc.property(portfolio, (p) => {
        const input = prepare(p);
        const whatIf = createWhatIf(input, options).recompute(p.weights);
        const full = runPipeline(input, options);
        const same = (a: number, b: number): boolean => Object.is(a, b);
        return Array.from(full.scores).every(
          (s, i) =>
            same(s, whatIf.result.scores[i]) &&
            full.ranks[i] === whatIf.result.ranks[i] &&
            full.tiers.tierIndex[i] === whatIf.result.tiers.tierIndex[i] &&
            full.quadrant[i] === whatIf.result.quadrant[i],
        );
      }),
    );
  });
});
