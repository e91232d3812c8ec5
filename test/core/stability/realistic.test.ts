// Stability on a real CRM export (Salesforce accounts): the same figures run after run, the clear
// leaders at 100%, and the accounts that sit near the first band's edge the less stable ones.
import { identify, type RunResult } from '../../../src/core';
import { csvFixture } from '../../support/csv-fixture';

function run(): RunResult {
  const result = identify(csvFixture('salesforce-accounts.csv'));
  if (result.kind === 'error') throw new Error(result.message);
  return result.value;
}

describe('tier stability on the Salesforce accounts export', () => {
  const first = run();
  const p = first.pipeline;
  const stability = first.stability!;
  const ranked = Array.from(p.order.subarray(0, p.scored));
  const keyCount = p.tiers.counts[0];
  const edge = p.scores[ranked[keyCount - 1]];
  const next = p.scores[ranked[keyCount]];

  it('gives the same figures on a second run of the same data and model', () => {
    const second = run();
    expect(Array.from(second.stability!.shares)).toEqual(Array.from(stability.shares));
    expect(second.stability!.sensitivity).toEqual(stability.sensitivity);
  });

  it('keeps the clear leader key in every weighting, and the accounts at the edge much less often', () => {
    const top10 = ranked.slice(0, 10).map((i) => ({
      rank: p.ranks[i],
      id: first.ids[i],
      score: Number(p.scores[i].toFixed(1)),
      tier: p.tiers.names[p.tiers.tierIndex[i]],
      stability: stability.shares[i],
    }));
    // For the report: what a sales director would see.
    console.log(
      [
        `first band: ${keyCount} of ${p.scored}; last key score ${edge.toFixed(1)}, next ${next.toFixed(1)}`,
        ...top10.map(
          (a) => `${a.rank}. ${a.id} ${a.score} ${a.tier} ${(a.stability * 100).toFixed(1)}%`,
        ),
        ...stability.sensitivity.map((s) => `${s.label}: ${s.down} / ${s.up}`),
      ].join('\n'),
    );
    const leader = ranked[0];
    expect(p.scores[leader] - edge).toBeGreaterThan(10);
    expect(stability.shares[leader]).toBe(1);
    // The last key account and the first one outside are the least stable of their neighbourhoods.
    const last = ranked[keyCount - 1];
    expect(stability.shares[last]).toBeLessThan(stability.shares[leader]);
    const keyShares = ranked.slice(0, keyCount).map((i) => stability.shares[i]);
    const nearEdge = ranked
      .slice(0, keyCount)
      .filter((i) => p.scores[i] - edge < (p.scores[leader] - edge) / 4);
    const farFromEdge = ranked
      .slice(0, keyCount)
      .filter((i) => p.scores[i] - edge >= (p.scores[leader] - edge) / 2);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    expect(farFromEdge.length).toBeGreaterThan(0);
    expect(mean(nearEdge.map((i) => stability.shares[i]))).toBeLessThan(
      mean(farFromEdge.map((i) => stability.shares[i])),
    );
    expect(Math.min(...keyShares)).toBeLessThan(1);
  });
});
