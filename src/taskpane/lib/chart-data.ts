// Chart data from a run: the Pareto chart (revenue bars, cumulative line) and the portfolio quadrant (score x revenue).
import type {
  ChartProps,
  ScatterChartPoints,
  VerticalBarChartDataPoint,
} from '@fluentui/react-charts';
import { QUADRANTS, type Quadrant, type RunResult, NO_QUADRANT } from '../../core';

/** Up to this many accounts get a bar each; more are grouped into PARETO_GROUPS equal slices. */
export const PARETO_ACCOUNT_BARS = 25;
export const PARETO_GROUPS = 20;
/** Points drawn in the quadrant; beyond this an even sample, so a 50,000-row table stays responsive. */
export const QUADRANT_POINTS = 400;

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

export interface QuadrantData {
  readonly chart: ChartProps;
  readonly shown: number;
  readonly total: number;
  readonly counts: Readonly<Record<Quadrant, number>>;
  readonly description: string;
}

/** One series per quadrant (legend = quadrant): x = score 0-100, y = current revenue. */
export function quadrantData(
  result: RunResult,
  colors: Readonly<Record<Quadrant, string>>,
  title: string,
): QuadrantData {
  const p = result.pipeline;
  const counts: Record<Quadrant, number> = {
    'Key account': 0,
    'Key development': 0,
    Maintenance: 0,
    Opportunistic: 0,
  };
  const placed: number[] = [];
  for (let i = 0; i < p.quadrant.length; i++) {
    if (p.quadrant[i] === NO_QUADRANT || !(result.revenue[i] === result.revenue[i])) continue;
    counts[QUADRANTS[p.quadrant[i]]]++;
    placed.push(i);
  }
  const stride = Math.max(1, Math.ceil(placed.length / QUADRANT_POINTS));
  const series: ScatterChartPoints[] = QUADRANTS.map((q) => ({
    legend: q,
    color: colors[q],
    data: [],
  }));
  let shown = 0;
  for (let k = 0; k < placed.length; k += stride) {
    const i = placed[k];
    series[p.quadrant[i]].data.push({
      x: Math.round(p.scores[i] * 10) / 10,
      y: result.revenue[i],
      xAxisCalloutData: result.ids[i],
      yAxisCalloutData: `score ${p.scores[i].toFixed(1)}`,
    });
    shown++;
  }
  const parts = QUADRANTS.map((q) => `${q} ${counts[q]}`).join(', ');
  const sample = shown < placed.length ? ` (${shown} of ${placed.length} accounts shown)` : '';
  return {
    chart: { chartTitle: title, scatterChartData: series.filter((s) => s.data.length > 0) },
    shown,
    total: placed.length,
    counts,
    description: `Portfolio quadrant, score against current revenue${sample}: ${parts}.`,
  };
}
