// `npm run bench`: times the core against the budgets of DESIGN 6 and against a spreadsheet peer.
// With --json the last line is one JSON object with every figure.
import {
  DEFAULT_ABC,
  DEFAULT_TIERS,
  createWhatIf,
  type PipelineOptions,
  runPipeline,
} from '../src/core';
import { MINMAX_CRITERIA, makePortfolio, SEVEN_CRITERIA } from './data';
import { benchScoresFunction } from './functions';
import { peerVersion, runPeer } from './peer';

const options: PipelineOptions = { missing: 'reweight', tiers: DEFAULT_TIERS, abc: DEFAULT_ABC };

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

function main(): void {
  const json = process.argv.includes('--json');
  const peerRows = Number(
    process.argv.find((a) => a.startsWith('--peer-rows='))?.split('=')[1] ?? 10_000,
  );
  const log = (line: string): void => console.log(line);

  const million = makePortfolio(1_000_000, SEVEN_CRITERIA);
  const pipeline1m = time(7, 3, () => runPipeline(million, options));
  log(`core pipeline, 1,000,000 accounts x 7 criteria: ${pipeline1m.toFixed(1)} ms (budget 300)`);

  const hundredK = makePortfolio(100_000, SEVEN_CRITERIA);
  const pipeline100k = time(21, 5, () => runPipeline(hundredK, options));
  log(`core pipeline, 100,000 accounts x 7 criteria: ${pipeline100k.toFixed(1)} ms (budget 40)`);

  const tenK = makePortfolio(10_000, SEVEN_CRITERIA);
  const whatIf = createWhatIf(tenK, options);
  const baseWeights = tenK.criteria.map((c) => c.weight);
  const whatIf10k = time(101, 20, (run) =>
    whatIf.recompute(baseWeights.map((w, j) => (j === 0 ? w + (run % 10) : w))),
  );
  log(`what-if recompute, 10,000 accounts: ${whatIf10k.toFixed(2)} ms (budget 16, one frame)`);

  const scores100k = benchScoresFunction(100_000).ms;
  log(`KAM.SCORES over 100,000 rows of raw cells: ${scores100k.toFixed(1)} ms (budget 100)`);

  // The peer: the same min-max scoring built as a spreadsheet, evaluated by HyperFormula. The
  // headline peer has no rank column: a per-row rank (COUNTIF over the column; HyperFormula has no
  // RANK) is quadratic like per-row MIN/MAX, so it is timed apart on a smaller sheet.
  const criteriaCount = 5;
  const peerInput = makePortfolio(peerRows, MINMAX_CRITERIA(criteriaCount), 7, 0);
  const coreAtPeer = time(21, 5, () => runPipeline(peerInput, options));
  const peer = runPeer(peerInput, false);
  const ours = runPipeline(peerInput, options).scores;
  let maxDiff = 0;
  for (let i = 0; i < peerRows; i++)
    maxDiff = Math.max(maxDiff, Math.abs(ours[i] - peer.scores[i]));
  const speedup = peer.ms / coreAtPeer;
  log(
    `peer (HyperFormula ${peerVersion}), ${peerRows.toLocaleString('en-US')} rows x ${criteriaCount} criteria ` +
      `(MIN/MAX helper cells, normalised cells, one SUMPRODUCT per row): ${peer.ms.toFixed(0)} ms; ` +
      `core at the same size (scores, ranks, tiers, concentration): ${coreAtPeer.toFixed(2)} ms -> ${speedup.toFixed(0)}x faster; ` +
      `largest score difference ${maxDiff.toExponential(1)} (HyperFormula rounds results to 10 significant digits)`,
  );
  const rankRows = Math.min(peerRows, 2_000);
  const rankInput = makePortfolio(rankRows, MINMAX_CRITERIA(criteriaCount), 7, 0);
  const peerWithRank = runPeer(rankInput, true);
  const coreAtRankRows = time(21, 5, () => runPipeline(rankInput, options));
  log(
    `peer with a rank column (COUNTIF per row), ${rankRows.toLocaleString('en-US')} rows: ${peerWithRank.ms.toFixed(0)} ms; ` +
      `core ${coreAtRankRows.toFixed(2)} ms -> ${(peerWithRank.ms / coreAtRankRows).toFixed(0)}x`,
  );

  if (json) {
    console.log(
      JSON.stringify({
        pipeline_1m_ms: round(pipeline1m),
        pipeline_100k_ms: round(pipeline100k),
        whatif_10k_ms: round(whatIf10k, 3),
        scores_fn_100k_ms: round(scores100k, 2),
        peer: 'hyperformula',
        peer_rows: peerRows,
        peer_criteria: criteriaCount,
        peer_ms: round(peer.ms, 1),
        peer_with_rank_rows: rankRows,
        peer_with_rank_ms: round(peerWithRank.ms, 1),
        core_ms_at_peer_with_rank_rows: round(coreAtRankRows, 3),
        core_ms_at_peer_rows: round(coreAtPeer, 3),
        speedup: round(speedup, 1),
        peer_max_score_diff: maxDiff,
      }),
    );
  }
}

main();
