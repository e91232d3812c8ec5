// State of TierStability: the headline, the borderline first-band accounts and the sensitivity rows.
import { useMemo } from 'react';
import {
  BORDERLINE_STABILITY,
  borderlineAccounts,
  keptInWords,
  sensitivityWords,
  signedPercent,
  stabilityHeadline,
} from '../../../core';
import { formatNumber } from '../../lib/format';
import type { TierStabilityProps } from './TierStability.types';

export interface BorderlineRow {
  readonly id: string;
  readonly kept: string;
  readonly score: string;
}

export interface SensitivityRow {
  readonly criterion: string;
  readonly down: string;
  readonly up: string;
  readonly words: string;
}

export function useTierStability({ result }: TierStabilityProps) {
  return useMemo(() => {
    const stability = result.stability;
    const band = result.pipeline.tiers.names[0] ?? 'Key';
    if (stability === null) return null;
    const tiers = result.pipeline.tiers.tierIndex;
    let members = 0;
    let kept = 0;
    tiers.forEach((t, i) => {
      if (t !== 0) return;
      members++;
      if (stability.shares[i] >= BORDERLINE_STABILITY) kept++;
    });
    const borderline: BorderlineRow[] = borderlineAccounts(result).map((i) => ({
      id: result.ids[i],
      kept: keptInWords(band, stability.shares[i]),
      score: formatNumber(result.pipeline.scores[i], 1),
    }));
    const sensitivity: SensitivityRow[] = stability.sensitivity.map((s) => ({
      criterion: s.label,
      down: signedPercent(s.down),
      up: signedPercent(s.up),
      words: sensitivityWords(s, band),
    }));
    return {
      band,
      headline: stabilityHeadline(kept, members, band),
      method: `${formatNumber(stability.draws)} weightings, each weight moved up to ${Math.round(stability.spread * 100)}% either way`,
      borderline,
      sensitivity,
    };
  }, [result]);
}
