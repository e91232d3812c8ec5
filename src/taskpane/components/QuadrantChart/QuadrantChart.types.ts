// Props of QuadrantChart: a run whose accounts are placed by score and current revenue.
import type { RunResult } from '../../../core';

export interface QuadrantChartProps {
  readonly result: RunResult;
}
