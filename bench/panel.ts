// The panel's work on a large run, outside React: the quadrant chart's layout (one pass over every account, then a sample).
import { DEFAULT_ABC, DEFAULT_MIN_COVERAGE, DEFAULT_TIERS, runPipeline } from '../src/core';
import { quadrantLayout } from '../src/taskpane/lib/quadrant-layout';
import { makePortfolio, SEVEN_CRITERIA } from './data';
import { type BenchSection, type Measurement, peakMemoryMb } from './measure';

const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

/** Median wall time of `runs` calls after `warmup` untimed ones. */
function time(runs: number, warmup: number, fn: () => void): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

function quadrantAt(n: number, runs: number): { ms: number; drawn: number } {
  const input = makePortfolio(n, SEVEN_CRITERIA);
  const pipeline = runPipeline(input, {
    missing: 'reweight',
    tiers: DEFAULT_TIERS,
    abc: DEFAULT_ABC,
    minCoverage: DEFAULT_MIN_COVERAGE,
  });
  const ids = Array.from({ length: n }, (_, i) => `Account ${i + 1}`);
  const run = { pipeline, revenue: input.revenue, ids };
  let drawn = 0;
  const ms = time(runs, 3, () => {
    drawn = quadrantLayout(run).points.length;
  });
  return { ms, drawn };
}

export const panelSection: BenchSection = {
  name: 'panel',
  run(): Measurement[] {
    const hundredK = quadrantAt(100_000, 21);
    const million = quadrantAt(1_000_000, 7);
    return [
      {
        key: 'quadrant_100k_ms',
        label: 'quadrant chart layout, 100,000 accounts (axis, boundaries, 400 dots drawn)',
        value: round(hundredK.ms),
        unit: 'ms',
        budget: 16,
        note: `${hundredK.drawn} dots drawn`,
      },
      {
        key: 'quadrant_1m_ms',
        label: 'quadrant chart layout, 1,000,000 accounts',
        value: round(million.ms),
        unit: 'ms',
        budget: 150,
        note: `${million.drawn} dots drawn; peak memory of the benchmark so far ${peakMemoryMb().toFixed(0)} MB`,
      },
    ];
  },
};
