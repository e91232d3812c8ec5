// Stability and sensitivity in words, the same in the panel, the summary sheet and the CLI.
import type { RunResult } from '../run/identify';
import { BORDERLINE_STABILITY, type CriterionSensitivity } from './run-stability';

/** A relative weight change as people say it: -0.18 -> "18% less", 0.35 -> "35% more". */
export function changeWords(change: number): string {
  const percent = Math.round(Math.abs(change) * 100);
  if (percent === 0) return 'the slightest change';
  return `${percent}% ${change < 0 ? 'less' : 'more'}`;
}

/** A relative change as a signed percentage: "-18%", "+35%", "none" (null). */
export function signedPercent(change: number | null): string {
  if (change === null) return 'none';
  const percent = Math.round(change * 100);
  return `${percent > 0 ? '+' : percent < 0 ? '-' : '±'}${Math.abs(percent)}%`;
}

/** "Key accounts change if Relationships counts 18% less or 35% more" (or why they do not). */
export function sensitivityWords(s: CriterionSensitivity, band: string): string {
  const { down, up } = s;
  if (down === null && up === null)
    return `No weight from nothing to three times "${s.label}"’s changes the ${band} accounts`;
  if (down === 0 || up === 0)
    return `${band} accounts change with the slightest change of "${s.label}"’s weight (accounts tied at the band's edge)`;
  const moves = [down, up].filter((x): x is number => x !== null).map(changeWords);
  return `${band} accounts change if ${s.label} counts ${moves.join(' or ')}`;
}

/** The criterion whose weight moves the first band soonest (smallest change either way), or null. */
export function mostSensitive(
  sensitivity: readonly CriterionSensitivity[],
): CriterionSensitivity | null {
  const reach = (s: CriterionSensitivity): number =>
    Math.min(Math.abs(s.down ?? Infinity), s.up ?? Infinity);
  const ranked = sensitivity.filter((s) => Number.isFinite(reach(s)));
  return ranked.length === 0 ? null : ranked.reduce((a, b) => (reach(b) < reach(a) ? b : a));
}

/** First-band accounts whose tier holds in fewer than 80% of weightings, least stable first. */
export function borderlineAccounts(result: RunResult): number[] {
  const shares = result.stability?.shares;
  if (shares === undefined) return [];
  const tiers = result.pipeline.tiers.tierIndex;
  const accounts: number[] = [];
  for (let i = 0; i < shares.length; i++)
    if (tiers[i] === 0 && shares[i] < BORDERLINE_STABILITY) accounts.push(i);
  return accounts.sort((a, b) => shares[a] - shares[b] || a - b);
}

/** "Key in 94% of weightings": an account's stability beside its tier. */
export function keptInWords(tier: string, share: number): string {
  return `${tier} in ${Math.round(share * 100)}% of weightings`;
}

/** "Stability: 54 of 60 Key accounts keep their tier in >= 80% of weightings". */
export function stabilityHeadline(kept: number, of: number, band: string): string {
  return `${kept} of ${of} ${band} accounts keep their tier in ≥ ${Math.round(BORDERLINE_STABILITY * 100)}% of weightings`;
}
