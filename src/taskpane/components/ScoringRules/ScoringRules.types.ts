// Props of ScoringRules.
import type { MissingPolicy } from '../../../core';

export interface ScoringRulesProps {
  readonly missing: MissingPolicy;
  /** 0..1 */
  readonly minCoverage: number;
  readonly onChange: (rules: { missing?: MissingPolicy; minCoverage?: number }) => void;
}
