// Tier stability and weight sensitivity (DESIGN 3.9, 6): draws over 10,000 and 100,000 accounts, the
// sensitivity table over 100,000, and what a run of a full sheet spends with the draws it scales down to.
import {
  DEFAULT_ABC,
  DEFAULT_MIN_COVERAGE,
  DEFAULT_STABILITY,
  DEFAULT_TIERS,
  drawsFor,
  type PipelineResult,
  runPipeline,
  tierStability,
  weightSensitivity,
} from '../src/core';
import { makePortfolio, SEVEN_CRITERIA } from './data';
import { type BenchSection, type Measurement, peakMemoryMb } from './measure';

const options = {
  missing: 'reweight' as const,
  tiers: DEFAULT_TIERS,
  abc: DEFAULT_ABC,
  minCoverage: DEFAULT_MIN_COVERAGE,
};

function scored(n: number): PipelineResult {
  return runPipeline(makePortfolio(n, SEVEN_CRITERIA), options);
}

function inputOf(p: PipelineResult) {
  return {
    normalized: p.normalized,
    missing: p.missing,
    minCoverage: options.minCoverage,
    tiers: options.tiers,
  };
}

/** The fastest of `runs` timings, in ms (the first run also compiles). */
function fastest(runs: number, work: () => void): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const accounts = (n: number): string => n.toLocaleString('en-US');
const memory = (): string => `peak memory ${peakMemoryMb().toFixed(0)} MB`;

function drawsTiming(n: number, runs: number, budget: number, unit: 'ms' | 's'): Measurement {
  const p = scored(n);
  const draws = DEFAULT_STABILITY.draws;
  let keptAll = 0;
  const ms = fastest(runs, () => {
    const shares = tierStability(inputOf(p), p.weights, p.tiers.tierIndex, DEFAULT_STABILITY);
    keptAll = shares.filter((s) => s === 1).length;
  });
  return {
    key: `stability_${n / 1000}k_${unit}`,
    label: `tier stability, ${accounts(n)} accounts x ${accounts(draws)} weightings x 7 criteria`,
    value: unit === 's' ? Number((ms / 1000).toFixed(2)) : Number(ms.toFixed(1)),
    unit,
    budget,
    note: `${accounts(keptAll)} accounts keep their tier in every draw; ${memory()}`,
  };
}

export const stabilitySection: BenchSection = {
  name: 'stability',
  run() {
    const measured = [drawsTiming(10_000, 3, 300, 'ms'), drawsTiming(100_000, 1, 3, 's')];
    // Without a minimum coverage: with it, accounts sitting exactly at 60% coverage (integer weights,
    // 2% of values missing) leave the ranking at the slightest weight change, and every scan ends at once.
    const p = runPipeline(makePortfolio(100_000, SEVEN_CRITERIA), { ...options, minCoverage: 0 });
    let table = '';
    const ms = fastest(2, () => {
      table = weightSensitivity({ ...inputOf(p), minCoverage: 0 }, p.weights, p.tiers.tierIndex)
        .map(
          (s, k) =>
            `${SEVEN_CRITERIA[k].id} ${s.down?.toFixed(3) ?? '-'}/${s.up?.toFixed(3) ?? '+'}`,
        )
        .join(', ');
    });
    measured.push({
      key: 'sensitivity_100k_ms',
      label: 'weight sensitivity, 100,000 accounts x 7 criteria (no minimum coverage)',
      value: Number(ms.toFixed(0)),
      unit: 'ms',
      budget: 1000,
      note: `${table}; ${memory()}`,
    });
    const full = 1_048_575;
    const big = scored(full);
    const draws = drawsFor(full, DEFAULT_STABILITY.draws);
    const started = performance.now();
    tierStability(inputOf(big), big.weights, big.tiers.tierIndex, { ...DEFAULT_STABILITY, draws });
    const drawsMs = performance.now() - started;
    const sensitivityStarted = performance.now();
    weightSensitivity(inputOf(big), big.weights, big.tiers.tierIndex);
    const sensitivityMs = performance.now() - sensitivityStarted;
    measured.push({
      key: 'stability_full_sheet_s',
      label: `a run's stability at a full sheet (${accounts(full)} accounts, scaled down to ${draws} weightings) and sensitivity`,
      value: Number(((drawsMs + sensitivityMs) / 1000).toFixed(2)),
      unit: 's',
      note: `draws ${(drawsMs / 1000).toFixed(2)} s, sensitivity ${(sensitivityMs / 1000).toFixed(2)} s; ${memory()}`,
    });
    return measured;
  },
};
