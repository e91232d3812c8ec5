// State of ScoringRules: the missing-value policies in words, and the minimum coverage as a whole percentage.
import type { MissingPolicy } from '../../../core';
import type { ScoringRulesProps } from './ScoringRules.types';

export const MISSING_POLICIES: readonly {
  readonly policy: MissingPolicy;
  readonly text: string;
  readonly hint: string;
}[] = [
  {
    policy: 'reweight',
    text: 'is left out (the other criteria count more)',
    hint: 'The score is the weighted average over the criteria the account has values for.',
  },
  {
    policy: 'zero',
    text: 'counts as the worst value',
    hint: 'An account without a value gets nothing for that criterion.',
  },
  {
    policy: 'neutral',
    text: 'counts as average',
    hint: 'An account without a value gets half the points of that criterion.',
  },
];

export function useScoringRules({ missing, minCoverage, onChange }: ScoringRulesProps) {
  const policy = MISSING_POLICIES.find((p) => p.policy === missing) ?? MISSING_POLICIES[0];
  return {
    missingText: policy.text,
    missingHint: policy.hint,
    percent: Math.round(minCoverage * 100),
    chooseMissing: (value: string) => {
      const chosen = MISSING_POLICIES.find((p) => p.policy === value);
      if (chosen !== undefined) onChange({ missing: chosen.policy });
    },
    /** The spin button gives a value, or only the typed text while the user types. */
    setPercent: (value: number | null | undefined, typed: string | undefined) => {
      const percent = value ?? Number(typed);
      if (Number.isFinite(percent))
        onChange({ minCoverage: Math.min(100, Math.max(0, percent)) / 100 });
    },
  };
}
