// The benchmark's budget check: a figure over its budget (or under its floor) is MISSED and fails --check.
import { line, missed, type Measurement } from '../../bench/measure';

const timing = (value: number): Measurement => ({
  key: 'pipeline_1m_ms',
  label: 'core pipeline, 1,000,000 accounts',
  value,
  unit: 'ms',
  budget: 300,
});

describe('bench budgets', () => {
  it('passes a time within its budget and misses one above it', () => {
    expect(missed(timing(299.9))).toBe(false);
    expect(missed(timing(300))).toBe(false);
    expect(missed(timing(300.1))).toBe(true);
    expect(line(timing(312.4))).toBe(
      'core pipeline, 1,000,000 accounts: 312.4 ms (budget 300.0 ms) MISSED',
    );
  });

  it('misses a speedup below its floor, and a figure that is not a number', () => {
    const speedup = { key: 's', label: 'speedup', value: 40, unit: 'x', atLeast: 50 } as const;
    expect(missed(speedup)).toBe(true);
    expect(missed({ ...speedup, value: 51 })).toBe(false);
    expect(missed(timing(Number.NaN))).toBe(true);
  });

  it('shows tiny differences in exponent form', () => {
    expect(line({ key: 'd', label: 'difference', value: 5e-10, unit: '', budget: 1e-8 })).toBe(
      'difference: 5.0e-10 (budget 1.0e-8)',
    );
  });
});
