// The portfolio quadrant as geometry: which accounts to draw, the revenue axis from 0 (log scale when
// revenue spans more than three orders of magnitude), and the two boundaries that make the quadrants.
import { NO_QUADRANT, type Quadrant, QUADRANTS, type RunResult } from '../../core';
import { formatNumber } from './format';

/** Points drawn; beyond this an even sample, so a 50,000-row table stays responsive. */
export const QUADRANT_POINTS = 400;
/** Largest revenue over smallest positive revenue above which the axis is logarithmic. */
export const LOG_SPAN = 1000;
/** On a log axis, the share of its height between 0 and the first decade (an account at 0 sits on the axis). */
export const ZERO_GAP = 0.08;
/** ABC class A (the high current value of DESIGN 3.6). */
const CLASS_A = 0;

export interface QuadrantPoint {
  /** Index of the account in the run. */
  readonly account: number;
  readonly name: string;
  readonly score: number;
  /** Revenue as the concentration counts it: negatives as 0. */
  readonly revenue: number;
  readonly quadrant: Quadrant;
}

export interface AxisTick {
  /** 0 to 1 along the axis. */
  readonly at: number;
  readonly label: string;
}

export interface RevenueAxis {
  readonly scale: 'linear' | 'log';
  readonly ticks: readonly AxisTick[];
  /** 0 to 1 along the axis for a revenue (0 for 0 and below). */
  position(revenue: number): number;
}

export interface QuadrantLayout {
  /** The accounts drawn, by score then revenue (the order the arrow keys follow). */
  readonly points: readonly QuadrantPoint[];
  /** Accounts with a quadrant and a revenue value. */
  readonly placed: number;
  readonly counts: Readonly<Record<Quadrant, number>>;
  /** The lowest score of the attractive tiers: dots on or right of it are Key account or Key development. */
  readonly scoreCut: number | null;
  /** The lowest score of the first band, and its name (a second line when it differs from scoreCut). */
  readonly firstBand: { readonly name: string; readonly cut: number } | null;
  /** The lowest class A revenue: dots on or above it have high current value. */
  readonly revenueCut: number | null;
  readonly revenueAxis: RevenueAxis;
  readonly scoreTicks: readonly AxisTick[];
  /** The chart in words: its caption and accessible name. */
  readonly description: string;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** A revenue as the axis writes it: 0, 250K, 1.5M, 2B. */
export function formatRevenue(revenue: number): string {
  return compact.format(revenue);
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) that splits 0..max into about `parts` parts. */
function niceStep(max: number, parts: number): number {
  const rough = max / parts;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10;
  return step * power;
}

function linearAxis(max: number): RevenueAxis {
  if (!(max > 0)) return { scale: 'linear', ticks: [{ at: 0, label: '0' }], position: () => 0 };
  const step = niceStep(max, 4);
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: AxisTick[] = [];
  for (let k = 0; k * step <= top + step * 1e-9; k++)
    ticks.push({ at: (k * step) / top, label: formatRevenue(k * step) });
  return { scale: 'linear', ticks, position: (x) => (x > 0 ? x / top : 0) };
}

function logAxis(minPositive: number, max: number): RevenueAxis {
  const low = Math.floor(Math.log10(minPositive));
  const high = Math.max(low + 1, Math.ceil(Math.log10(max)));
  const position = (x: number): number =>
    x > 0 ? ZERO_GAP + ((1 - ZERO_GAP) * (Math.log10(x) - low)) / (high - low) : 0;
  // Every decade, or every other one when there are many, so the labels never crowd.
  const every = high - low > 6 ? 2 : 1;
  const ticks: AxisTick[] = [{ at: 0, label: '0' }];
  for (let d = high; d >= low; d -= every)
    ticks.push({ at: position(10 ** d), label: formatRevenue(10 ** d) });
  ticks.sort((a, b) => a.at - b.at);
  return { scale: 'log', ticks, position };
}

/** From 0 always; logarithmic when the positive revenues span more than LOG_SPAN. */
export function revenueAxis(max: number, minPositive: number): RevenueAxis {
  return max > 0 && max / minPositive > LOG_SPAN ? logAxis(minPositive, max) : linearAxis(max);
}

const SCORE_TICKS: readonly AxisTick[] = [0, 25, 50, 75, 100].map((s) => ({
  at: s / 100,
  label: String(s),
}));

/** A running minimum (a million accounts are too many for Math.min's arguments). */
class Lowest {
  value: number | null = null;
  add(x: number): void {
    if (this.value === null || x < this.value) this.value = x;
  }
}

const ATTRACTIVE: ReadonlySet<Quadrant> = new Set<Quadrant>(['Key account', 'Key development']);

function describe(
  layout: Omit<QuadrantLayout, 'description'>,
  tierNames: readonly string[],
  withoutRevenue: number,
): string {
  const parts = QUADRANTS.map((q) => `${q} ${layout.counts[q]}`).join(', ');
  const sample =
    layout.points.length < layout.placed
      ? ` (${layout.points.length} of ${layout.placed} accounts drawn)`
      : '';
  const attractive = tierNames.length > 2 ? `${tierNames[0]} or ${tierNames[1]}` : tierNames[0];
  const lines: string[] = [];
  if (layout.scoreCut !== null)
    lines.push(
      `right of the vertical line (score ${formatNumber(layout.scoreCut, 1)}) the ${attractive} tiers`,
    );
  if (layout.revenueCut !== null)
    lines.push(
      `above the horizontal line (revenue ${formatRevenue(layout.revenueCut)}) ABC class A`,
    );
  const scale = layout.revenueAxis.scale === 'log' ? ' Revenue on a log scale.' : '';
  const missing =
    withoutRevenue > 0
      ? ` ${withoutRevenue} ${withoutRevenue === 1 ? 'account' : 'accounts'} without revenue not drawn.`
      : '';
  const explained = lines.length > 0 ? `: ${lines.join('; ')}` : '';
  return `Portfolio quadrant, score against current revenue${sample}: ${parts}. The lines are the quadrant boundaries${explained}.${scale}${missing}`;
}

/** What the chart reads of a run. */
export type QuadrantInput = Pick<RunResult, 'pipeline' | 'revenue' | 'ids'>;

/** The quadrant chart of a run: every account with a quadrant and a revenue value, sampled past QUADRANT_POINTS. */
export function quadrantLayout(result: QuadrantInput): QuadrantLayout {
  const p = result.pipeline;
  const counts: Record<Quadrant, number> = {
    'Key account': 0,
    'Key development': 0,
    Maintenance: 0,
    Opportunistic: 0,
  };
  const placed: number[] = [];
  const scoreCut = new Lowest();
  const firstCut = new Lowest();
  const revenueCut = new Lowest();
  let max = 0;
  let minPositive = Infinity;
  let withoutRevenue = 0;
  for (let i = 0; i < p.quadrant.length; i++) {
    if (p.quadrant[i] === NO_QUADRANT) continue;
    const quadrant = QUADRANTS[p.quadrant[i]];
    if (ATTRACTIVE.has(quadrant)) scoreCut.add(p.scores[i]);
    if (p.tiers.tierIndex[i] === 0) firstCut.add(p.scores[i]);
    if (!Number.isFinite(result.revenue[i])) {
      withoutRevenue++;
      continue;
    }
    const revenue = Math.max(0, result.revenue[i]);
    if (p.concentration.abc[i] === CLASS_A) revenueCut.add(revenue);
    if (revenue > max) max = revenue;
    if (revenue > 0 && revenue < minPositive) minPositive = revenue;
    counts[quadrant]++;
    placed.push(i);
  }
  const stride = Math.max(1, Math.ceil(placed.length / QUADRANT_POINTS));
  const points: QuadrantPoint[] = [];
  for (let k = 0; k < placed.length; k += stride) {
    const i = placed[k];
    points.push({
      account: i,
      name: result.ids[i],
      score: p.scores[i],
      revenue: Math.max(0, result.revenue[i]),
      quadrant: QUADRANTS[p.quadrant[i]],
    });
  }
  points.sort((a, b) => a.score - b.score || a.revenue - b.revenue || a.account - b.account);
  const first = firstCut.value;
  const layout = {
    points,
    placed: placed.length,
    counts,
    scoreCut: scoreCut.value,
    firstBand:
      first === null || first === scoreCut.value ? null : { name: p.tiers.names[0], cut: first },
    revenueCut: revenueCut.value,
    revenueAxis: revenueAxis(max, minPositive),
    scoreTicks: SCORE_TICKS,
  };
  return { ...layout, description: describe(layout, p.tiers.names, withoutRevenue) };
}
