// State of QuadrantChart: the layout (once per run), where each part goes in the drawing, and the point in focus.
import { type KeyboardEvent, useMemo, useState } from 'react';
import { QUADRANTS, type Quadrant } from '../../../core';
import { formatNumber } from '../../lib/format';
import { formatRevenue, type QuadrantPoint, quadrantLayout } from '../../lib/quadrant-layout';
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
    cuts: {
      score:
        layout.scoreCut === null
          ? null
          : { x: x(layout.scoreCut), label: formatNumber(layout.scoreCut, 1) },
      firstBand:
        layout.firstBand === null
          ? null
          : { x: x(layout.firstBand.cut), label: layout.firstBand.name },
      revenue:
        layout.revenueCut === null
          ? null
          : { y: revenueY(layout.revenueCut), label: formatRevenue(layout.revenueCut) },
    },
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
