// Props of ParetoChart: a run whose revenue concentration is charted.
import type { RunResult } from '../../../core/identify';

export interface ParetoChartProps {
  readonly result: RunResult;
}
