// Props of ChartFigure.
import type { ReactNode } from 'react';

export interface ChartFigureProps {
  /** What the chart shows, in words: its caption and its accessible name. */
  readonly description: string;
  readonly children: ReactNode;
}
