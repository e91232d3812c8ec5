// Props of ParetoChart: a run whose revenue concentration is charted.
import type { RunResult } from '../../../core';

export interface ParetoChartProps {
  readonly result: RunResult;
}
