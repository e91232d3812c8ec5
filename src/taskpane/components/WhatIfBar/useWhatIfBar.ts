// State of WhatIfBar: the preview's figures in words, and what the button and progress show.
import { formatShare } from '../../lib/format';
import type { WhatIfBarProps } from './WhatIfBar.types';

export function useWhatIfBar({ whatIf, status, blocked }: WhatIfBarProps) {
  const summary = whatIf.summary;
  const preparation = whatIf.preparation;
  return {
    tiers:
      summary === null
        ? []
        : summary.tierNames.map((name, k) => ({ name, count: summary.tierCounts[k] })),
    keyTier: summary?.tierNames[0] ?? 'Key',
    keyShare: summary === null ? null : formatShare(summary.keyRevenueShare),
    pareto: summary?.paretoStatement ?? null,
    unavailable:
      preparation.kind === 'none'
        ? preparation.reason
        : preparation.kind === 'error'
          ? preparation.error.message
          : null,
    running: status.kind === 'running' ? status : null,
    busy: status.kind !== 'idle',
    blocked,
  };
}
