// The drivers' words ("ARR 32, Relationship 21, Product fit 12; no value for ...") picked by scanning,
// checked against the rule as first written (a stable sort, largest first, of the contributions of at
// least half a point, the first three named) and, through a run, against the per-criterion math.
import fc from 'fast-check';
import type { MissingPolicy } from '../../src/core';
import { accountDrivers, accountMath, identify, whyText } from '../../src/core';
import { whyWords } from '../../src/core/score/explain';
import { SMALL_TABLE, smallModel } from '../support/small-table';

const WORDS: Record<MissingPolicy, string> = {
  reweight: 'the other criteria carry their weight',
  zero: 'counted as 0',
  neutral: 'counted as half marks',
};

function sortedRule(
  labels: readonly string[],
  points: readonly number[],
  normalized: readonly number[],
  missing: MissingPolicy,
): string {
  const drivers = labels
    .map((label, c) => ({ label, points: points[c] }))
    .filter((c) => c.points === c.points)
    .sort((a, b) => b.points - a.points)
    .filter((c) => c.points >= 0.5)
    .slice(0, 3)
    .map((c) => `${c.label} ${Math.round(c.points)}`)
    .join(', ');
  const lacking = labels.filter((_, c) => normalized[c] !== normalized[c]);
  if (lacking.length === 0) return drivers;
  const shown = lacking.slice(0, 3).join(', ');
  const names = lacking.length > 3 ? `${shown} and ${lacking.length - 3} more` : shown;
  return `${drivers === '' ? 'No points' : drivers}; no value for ${names}: ${WORDS[missing]}`;
}

describe('the drivers of a score', () => {
  it('name the same criteria, in the same order, as the stable sort of the contributions', () => {
    const criterion = fc.record({
      // Coarse points make ties (which the model's order settles) and values near the 0.5 cut.
      points: fc.oneof(
        fc.constantFrom(0, 0.49, 0.5, 12, 25, NaN),
        fc.double({ min: 0, max: 100, noNaN: true }),
      ),
      normalized: fc.oneof(fc.constant(NaN), fc.double({ min: 0, max: 1, noNaN: true })),
    });
    fc.assert(
      fc.property(
        fc.array(criterion, { minLength: 1, maxLength: 20 }),
        fc.constantFrom<MissingPolicy>('reweight', 'zero', 'neutral'),
        (criteria, missing) => {
          const labels = criteria.map((_, c) => `C${c}`);
          const points = criteria.map((c) => c.points);
          const normalized = criteria.map((c) => c.normalized);
          expect(whyWords(labels, points, normalized, missing)).toBe(
            sortedRule(labels, points, normalized, missing),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each(['reweight', 'zero', 'neutral'] as const)(
    'of every account of a run are the words of its math (%s)',
    (missing) => {
      const outcome = identify(SMALL_TABLE, { model: smallModel({ missing }) });
      if (outcome.kind !== 'ok') throw new Error(outcome.message);
      const result = outcome.value;
      for (let i = 0; i < result.ids.length; i++)
        expect(accountDrivers(result, i)).toBe(whyText(accountMath(result, i), missing));
    },
  );
});
