// Chart data from a run for the Pareto chart: revenue bars and the cumulative line (the quadrant: quadrant-layout.ts).
import type { VerticalBarChartDataPoint } from '@fluentui/react-charts';
import type { RunResult } from '../../core';

/** Up to this many accounts get a bar each; more are grouped into PARETO_GROUPS equal slices. */
export const PARETO_ACCOUNT_BARS = 25;
export const PARETO_GROUPS = 20;

export interface ParetoData {
  readonly points: VerticalBarChartDataPoint[];
  /** What the bars stand for: single accounts, or slices of the accounts. */
  readonly grouped: boolean;
  readonly description: string;
}

function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}

/**
 * Bars: revenue share of each account (or slice of accounts), largest first; line: the cumulative
 * share (the Lorenz curve), on the secondary axis as in the summary sheet's chart.
 */
export function paretoData(result: RunResult, barColor: string): ParetoData {
  const c = result.pipeline.concentration;
  const n = c.accounts;
  if (n === 0 || !(c.totalRevenue > 0))
    return { points: [], grouped: false, description: 'No revenue to chart.' };
  const points: VerticalBarChartDataPoint[] = [];
  const grouped = n > PARETO_ACCOUNT_BARS;
  const groups = grouped ? PARETO_GROUPS : n;
  const seen = new Set<string>();
  for (let g = 0; g < groups; g++) {
    const from = grouped ? Math.floor((g * n) / groups) : g;
    const to = grouped ? Math.floor(((g + 1) * n) / groups) : g + 1;
    if (to <= from) continue;
    const share = c.lorenz[to] - c.lorenz[from];
    let x: string;
    if (grouped) x = `${Math.round(((g + 1) * 100) / groups)}%`;
    else {
      const id = result.ids[c.order[from]];
      x = seen.has(id) ? `${id} (${from + 1})` : id;
      seen.add(x);
    }
    const cumulative = percent(c.lorenz[to]);
    points.push({
      x,
      y: percent(share),
      color: barColor,
      legend: 'Revenue share',
      xAxisCalloutData: grouped
        ? `Accounts ${Math.round((from * 100) / n)}–${Math.round((to * 100) / n)}% by revenue`
        : x,
      yAxisCalloutData: `${percent(share)}% of revenue`,
      lineData: {
        y: cumulative,
        yAxisCalloutData: `${cumulative}% cumulative`,
        useSecondaryYScale: true,
      },
    });
  }
  const description = grouped
    ? `Pareto chart of ${n} accounts in ${points.length} slices of about ${Math.round(100 / groups)}% each, largest revenue first: bars show each slice's share of revenue, the line the cumulative share.`
    : `Pareto chart of ${n} accounts, largest revenue first: bars show each account's share of revenue, the line the cumulative share.`;
  return { points, grouped, description };
}
