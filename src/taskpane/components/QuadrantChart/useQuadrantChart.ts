// State of QuadrantChart: the layout (once per run), where each part goes in the drawing, and the point in focus.
import { type KeyboardEvent, useMemo, useState } from 'react';
import { QUADRANTS, type Quadrant } from '../../../core';
import { formatNumber } from '../../lib/format';
import {
  formatRevenue,
  type QuadrantLayout,
  type QuadrantPoint,
  quadrantLayout,
} from '../../lib/quadrant-layout';
import type { QuadrantChartProps } from './QuadrantChart.types';

export const QUADRANT_TITLE = 'Portfolio quadrant: score against current revenue';

/** The drawing's coordinate system (the SVG scales to the panel's width). */
export const VIEW = {
  width: 340,
  height: 254,
  left: 48,
  right: 330,
  top: 26,
  bottom: 216,
} as const;

/**
 * Strips at the top and bottom of the plot that hold no dots: the quadrants' names go there, each in
 * its own quadrant whatever the boundaries, and never over a dot.
 */
export const NAME_STRIP = 16;

/** Where each quadrant's name goes: right (attractive) or left, top (class A revenue) or bottom. */
export const QUADRANT_CORNERS: Readonly<Record<Quadrant, { right: boolean; top: boolean }>> = {
  'Key account': { right: true, top: true },
  'Key development': { right: true, top: false },
  Maintenance: { right: false, top: true },
  Opportunistic: { right: false, top: false },
};

export function pointLabel(point: QuadrantPoint): string {
  return `${point.name}: score ${formatNumber(point.score, 1)}, revenue ${formatNumber(point.revenue)}, ${point.quadrant}`;
}

/** The arrow keys step through the points in score order; Home and End go to the ends. */
function nextIndex(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** A boundary drawn on the chart: the quadrants' two (dashed) and the first band's (dotted), each labelled. */
export interface BoundaryLine {
  readonly key: 'first-band' | 'score' | 'revenue';
  readonly kind: 'boundary' | 'band';
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
  readonly label: {
    readonly x: number;
    readonly y: number;
    readonly anchor: 'start' | 'middle';
    readonly text: string;
  };
}

function boundaryLines(
  layout: QuadrantLayout,
  x: (score: number) => number,
  revenueY: (revenue: number) => number,
): BoundaryLine[] {
  const lines: BoundaryLine[] = [];
  const vertical = (at: number) => ({ x1: at, x2: at, y1: VIEW.top, y2: VIEW.bottom });
  if (layout.firstBand !== null) {
    const at = x(layout.firstBand.cut);
    lines.push({
      key: 'first-band',
      kind: 'band',
      ...vertical(at),
      label: {
        x: at + 3,
        y: VIEW.top + NAME_STRIP + 10,
        anchor: 'start',
        text: layout.firstBand.name,
      },
    });
  }
  if (layout.scoreCut !== null) {
    const at = x(layout.scoreCut);
    lines.push({
      key: 'score',
      kind: 'boundary',
      ...vertical(at),
      label: { x: at, y: VIEW.top - 3, anchor: 'middle', text: formatNumber(layout.scoreCut, 1) },
    });
  }
  if (layout.revenueCut !== null) {
    const at = revenueY(layout.revenueCut);
    lines.push({
      key: 'revenue',
      kind: 'boundary',
      x1: VIEW.left,
      x2: VIEW.right,
      y1: at,
      y2: at,
      label: {
        x: VIEW.left + 4,
        y: at - 3,
        anchor: 'start',
        text: `A from ${formatRevenue(layout.revenueCut)}`,
      },
    });
  }
  return lines;
}

export function useQuadrantChart({ result }: QuadrantChartProps) {
  const layout = useMemo(() => quadrantLayout(result), [result]);
  /** The point that takes the Tab key (one tab stop for the whole chart), and the one shown in words. */
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  const x = (score: number): number => VIEW.left + (score / 100) * (VIEW.right - VIEW.left);
  const low = VIEW.bottom - NAME_STRIP;
  const high = VIEW.top + NAME_STRIP;
  const y = (at: number): number => low - at * (low - high);
  const revenueY = (revenue: number): number => y(layout.revenueAxis.position(revenue));
  const count = layout.points.length;
  const current = Math.min(active, Math.max(0, count - 1));
  return {
    layout,
    x,
    y,
    revenueY,
    active: current,
    shown: shown === null || shown >= count ? null : layout.points[shown],
    corners: QUADRANTS.map((q) => ({
      quadrant: q,
      count: layout.counts[q],
      ...QUADRANT_CORNERS[q],
    })),
    boundaries: boundaryLines(layout, x, revenueY),
    onFocusPoint: (k: number) => {
      setActive(k);
      setShown(k);
    },
    onHoverPoint: (k: number | null) => setShown(k),
    onKeyDown: (event: KeyboardEvent<SVGElement>) => {
      const next = nextIndex(event.key, current, count);
      if (next === null) return;
      event.preventDefault();
      setActive(next);
      setShown(next);
      // The point element of that index takes focus: roving focus inside one tab stop.
      const target = event.currentTarget.querySelector<SVGElement>(`[data-point="${next}"]`);
      target?.focus();
    },
    onBlur: () => setShown(null),
  };
}
