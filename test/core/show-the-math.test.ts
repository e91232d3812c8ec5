// Show the math (DESIGN 3.7): per account, cell -> normalised value -> weight used -> points, and a
// "why" that says when a score rests on some criteria only. Worked by hand on the small table.
import { accountDrivers, accountMath, buildReport, identify, reportSchema } from '../../src/core';
import { SMALL_TABLE, smallModel } from '../support/small-table';

function run(overrides: Readonly<Record<string, unknown>> = {}) {
  const outcome = identify(SMALL_TABLE, { model: smallModel(overrides) });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.value;
}

describe('the math of each account, reweighting missing values', () => {
  const result = run();

  it('C: 200 -> 0.5 at 3/4 of the weight = 37.5 points; Medium -> 0.5 at 1/4 = 12.5', () => {
    const [arr, rel] = accountMath(result, 2);
    expect(arr).toMatchObject({ id: 'arr', value: 200, normalized: 0.5, weightShare: 0.75 });
    expect(arr.points).toBeCloseTo(37.5, 12);
    expect(rel).toMatchObject({ id: 'rel', value: 'Medium', normalized: 0.5, weightShare: 0.25 });
    expect(rel.points).toBeCloseTo(12.5, 12);
  });

  it('D: ARR unreadable, so Relationship carries all 100 points, and the why says so', () => {
    const [arr, rel] = accountMath(result, 3);
    expect(arr).toMatchObject({ value: 'n/a', weightShare: 0 });
    expect(arr.normalized).toBeNaN();
    expect(arr.points).toBeNaN();
    expect(rel).toMatchObject({ value: 'High', normalized: 1, weightShare: 1, points: 100 });
    expect(accountDrivers(result, 3)).toBe(
      'Relationship 100; no value for ARR: the other criteria carry their weight',
    );
  });

  it('an account with every value has the plain drivers', () => {
    expect(accountDrivers(result, 1)).toBe('ARR 75');
  });

  it('the report carries the normalised values and the weights used beside the points', () => {
    const report = reportSchema.parse(JSON.parse(JSON.stringify(buildReport(result))));
    const c = report.accounts[2];
    expect(c.normalized).toEqual({ arr: 0.5, rel: 0.5 });
    expect(c.weightShares).toEqual({ arr: 0.75, rel: 0.25 });
    expect(c.contributions.arr).toBeCloseTo(37.5, 12);
    const d = report.accounts[3];
    expect(d.normalized).toEqual({ rel: 1 });
    expect(d.weightShares).toEqual({ arr: 0, rel: 1 });
    expect(d.drivers).toContain('no value for ARR');
  });
});

describe('the why under the other missing-value policies', () => {
  it('zero: the missing ARR counts 0 at its full 3/4 of the weight', () => {
    const result = run({ missing: 'zero' });
    const [arr, rel] = accountMath(result, 3);
    expect(arr).toMatchObject({ weightShare: 0.75, points: 0 });
    expect(rel).toMatchObject({ weightShare: 0.25, points: 25 });
    expect(accountDrivers(result, 3)).toBe('Relationship 25; no value for ARR: counted as 0');
  });

  it('neutral: the missing ARR counts as half marks', () => {
    const result = run({ missing: 'neutral' });
    expect(accountMath(result, 3)[0].points).toBeCloseTo(37.5, 12);
    expect(accountDrivers(result, 3)).toBe(
      'ARR 38, Relationship 25; no value for ARR: counted as half marks',
    );
  });
});
