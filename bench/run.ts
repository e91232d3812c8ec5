// `npm run bench`: times the core against the budgets of DESIGN 6 and against a spreadsheet peer.
// --only=core,peer,panel runs some sections (duckdb: --duckdb-rows, --duckdb-large-rows; report: --report-rows;
// fileread: --fileread-full-rows; filehost: --filehost-rows=100000,1048575); --json ends with one JSON object of every figure;
// --check exits non-zero when a budget is missed, so a regression is seen.
import {
  DEFAULT_ABC,
  DEFAULT_MIN_COVERAGE,
  DEFAULT_TIERS,
  createWhatIf,
  type PipelineOptions,
  runPipeline,
} from '../src/core';
import { MINMAX_CRITERIA, makePortfolio, SEVEN_CRITERIA } from './data';
import { duckdbSection } from './duckdb';
import { benchScoresFunction } from './functions';
import { type BenchSection, line, type Measurement, missed } from './measure';
import { panelSection } from './panel';
import { peerVersion, runPeer } from './peer';
import { sheetsSection } from './sheets';
import { historySection } from './history';
import { reportSection } from './report';
import { FULL_SHEET_ACCOUNTS, fileHostSection } from './filehost';
import { filereadSection } from './fileread';
import { stabilitySection } from './stability';

const options: PipelineOptions = {
  missing: 'reweight',
  tiers: DEFAULT_TIERS,
  abc: DEFAULT_ABC,
  minCoverage: DEFAULT_MIN_COVERAGE,
};

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time of `runs` calls after `warmup` untimed ones (the JIT needs a few). */
function time(runs: number, warmup: number, fn: (run: number) => void): number {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn(i);
    times.push(performance.now() - started);
  }
  return median(times);
}

const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

/** The core pipeline and the what-if at the sizes DESIGN 6 budgets. */
const coreSection: BenchSection = {
  name: 'core',
  run() {
    const million = makePortfolio(1_000_000, SEVEN_CRITERIA);
    const pipeline1m = time(7, 3, () => runPipeline(million, options));
    const hundredK = makePortfolio(100_000, SEVEN_CRITERIA);
    const pipeline100k = time(21, 5, () => runPipeline(hundredK, options));
    const tenK = makePortfolio(10_000, SEVEN_CRITERIA);
    const whatIf = createWhatIf(tenK, options);
    const baseWeights = tenK.criteria.map((c) => c.weight);
    const whatIf10k = time(101, 20, (run) =>
      whatIf.recompute(baseWeights.map((w, j) => (j === 0 ? w + (run % 10) : w))),
    );
    return [
      {
        key: 'pipeline_1m_ms',
        label: 'core pipeline, 1,000,000 accounts x 7 criteria',
        value: round(pipeline1m),
        unit: 'ms',
        budget: 300,
      },
      {
        key: 'pipeline_100k_ms',
        label: 'core pipeline, 100,000 accounts x 7 criteria',
        value: round(pipeline100k),
        unit: 'ms',
        budget: 40,
      },
      {
        key: 'whatif_10k_ms',
        label: 'what-if recompute, 10,000 accounts (one frame)',
        value: round(whatIf10k, 3),
        unit: 'ms',
        budget: 16,
      },
    ];
  },
};

const functionsSection: BenchSection = {
  name: 'functions',
  run: () => [
    {
      key: 'scores_fn_100k_ms',
      label: 'KAM.SCORES over 100,000 rows of raw cells',
      value: round(benchScoresFunction(100_000).ms, 2),
      unit: 'ms',
      budget: 100,
    },
  ],
};

/**
 * The peer: the same min-max scoring built as a spreadsheet, evaluated by HyperFormula. The
 * headline peer has no rank column: a per-row rank (COUNTIF over the column; HyperFormula has no
 * RANK) is quadratic like per-row MIN/MAX, so it is timed apart on a smaller sheet.
 */
function peerSection(peerRows: number): BenchSection {
  return {
    name: 'peer',
    run() {
      const criteriaCount = 5;
      const peerInput = makePortfolio(peerRows, MINMAX_CRITERIA(criteriaCount), 7, 0);
      const coreAtPeer = time(21, 5, () => runPipeline(peerInput, options));
      const peer = runPeer(peerInput, false);
      const ours = runPipeline(peerInput, options).scores;
      let maxDiff = 0;
      for (let i = 0; i < peerRows; i++)
        maxDiff = Math.max(maxDiff, Math.abs(ours[i] - peer.scores[i]));
      const rankRows = Math.min(peerRows, 2_000);
      const rankInput = makePortfolio(rankRows, MINMAX_CRITERIA(criteriaCount), 7, 0);
      const peerWithRank = runPeer(rankInput, true);
      const coreAtRankRows = time(21, 5, () => runPipeline(rankInput, options));
      const rows = peerRows.toLocaleString('en-US');
      return [
        {
          key: 'speedup',
          label: `core vs HyperFormula ${peerVersion}, ${rows} rows x ${criteriaCount} criteria`,
          value: round(peer.ms / coreAtPeer, 1),
          unit: 'x',
          atLeast: 50,
          note: `peer ${peer.ms.toFixed(0)} ms (MIN/MAX helper cells, normalised cells, one SUMPRODUCT per row), core ${coreAtPeer.toFixed(2)} ms with ranks, tiers and concentration; largest score difference ${maxDiff.toExponential(1)} (HyperFormula rounds to 10 significant digits)`,
        },
        {
          key: 'peer_max_score_diff',
          label: 'largest score difference from the peer',
          value: maxDiff,
          unit: '',
          budget: 1e-8,
        },
        {
          key: 'speedup_with_rank',
          label: `core vs the peer with a rank column (COUNTIF per row), ${rankRows.toLocaleString('en-US')} rows`,
          value: round(peerWithRank.ms / coreAtRankRows, 1),
          unit: 'x',
          note: `peer ${peerWithRank.ms.toFixed(0)} ms, core ${coreAtRankRows.toFixed(2)} ms`,
        },
      ];
    },
  };
}

function argument(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

async function main(): Promise<void> {
  const peerRows = Number(argument('peer-rows') ?? 10_000);
  const duckdbRows = Number(argument('duckdb-rows') ?? 2_000_000);
  const duckdbLargeRows = Number(argument('duckdb-large-rows') ?? 10_000_000);
  const sections = [
    coreSection,
    functionsSection,
    peerSection(peerRows),
    panelSection,
    sheetsSection(),
    historySection,
    filereadSection(Number(argument('fileread-full-rows') ?? 1_048_575)),
    stabilitySection,
    duckdbSection(duckdbRows, duckdbLargeRows),
    reportSection(Number(argument('report-rows') ?? 1_048_575)),
    fileHostSection(
      (argument('filehost-rows') ?? `100000,${FULL_SHEET_ACCOUNTS}`).split(',').map(Number),
    ),
  ];
  const only = argument('only')?.split(',');
  const measured: Measurement[] = [];
  for (const section of sections) {
    if (only !== undefined && !only.includes(section.name)) continue;
    for (const m of await section.run()) {
      console.log(line(m));
      measured.push(m);
    }
  }
  if (process.argv.includes('--json'))
    console.log(JSON.stringify(Object.fromEntries(measured.map((m) => [m.key, m.value]))));
  const misses = measured.filter(missed);
  if (process.argv.includes('--check') && misses.length > 0) {
    console.error(`Budgets missed: ${misses.map((m) => m.key).join(', ')}.`);
    process.exitCode = 1;
  }
}

void main();
