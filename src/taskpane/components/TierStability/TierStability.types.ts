// Props of TierStability: the run whose tier stability and weight sensitivity it shows.
import type { RunResult } from '../../../core';

export interface TierStabilityProps {
  readonly result: RunResult;
}
