// The "why" of a score: criterion contributions in words ("ARR 32, Relationship 21, ...") (DESIGN 3.7),
// and the math behind each: cell -> normalised value -> weight used -> points.
import type { MissingPolicy } from '../model/schema';
import type { RawCell } from '../table/types';
import { contributionOf } from './score';

export interface Contribution {
  readonly label: string;
  readonly points: number;
}

/** One account's contributions (one per criterion, in points) with their labels, largest first; missing ones (NaN) left out. */
export function contributionsOf(
  labels: readonly string[],
  contributions: Float64Array,
): Contribution[] {
  const list: Contribution[] = [];
  for (let c = 0; c < labels.length; c++) {
    const points = contributions[c];
    if (points === points) list.push({ label: labels[c], points });
  }
  // Stable sort keeps the model's criterion order among equal contributions.
  return list.sort((a, b) => b.points - a.points);
}

/** The top drivers as text: the largest contributions above 0, rounded to whole points. */
export function driversText(contributions: readonly Contribution[], top = 3): string {
  return contributions
    .filter((c) => c.points >= 0.5)
    .slice(0, top)
    .map((c) => `${c.label} ${Math.round(c.points)}`)
    .join(', ');
}

/** One criterion's part in one account's score, step by step: the cell, its 0-1 value, the weight used, the points. */
export interface CriterionMath {
  readonly id: string;
  readonly label: string;
  /** The cell as the sheet holds it; null when empty. */
  readonly value: RawCell;
  /** 0-1 after normalisation and direction; NaN when the value is missing or unreadable. */
  readonly normalized: number;
  /**
   * The share of the account's 100 points this criterion carried: its weight over the weight in the
   * account's denominator (under reweight, only the criteria it has values for). 0 when it does not count.
   */
  readonly weightShare: number;
  /** normalized × weightShare × 100, a missing value counted as the policy says; NaN when it does not count. */
  readonly points: number;
}

export function criterionMath(
  criterion: { readonly id: string; readonly label: string; readonly weight: number },
  value: RawCell,
  normalized: number,
  missing: MissingPolicy,
  pointsPerWeight: number,
): CriterionMath {
  const points = contributionOf(normalized, criterion.weight, missing, pointsPerWeight);
  return {
    id: criterion.id,
    label: criterion.label,
    value,
    normalized,
    weightShare: points === points ? (criterion.weight * pointsPerWeight) / 100 : 0,
    points,
  };
}

/** What a missing value became under each policy, in the words of the "why". */
const MISSING_WORDS: Readonly<Record<MissingPolicy, string>> = {
  reweight: 'the other criteria carry their weight',
  zero: 'counted as 0',
  neutral: 'counted as half marks',
};

/** Names listed in the "why" before "and N more". */
const MISSING_NAMES_SHOWN = 3;

/**
 * The "why" of one account's score: its top drivers, and, when some criteria had no value, which
 * ones and what that did, so "Rating 100" never reads as a perfect account when Rating was all it had.
 */
export function whyText(math: readonly CriterionMath[], missing: MissingPolicy): string {
  const drivers = driversText(
    contributionsOf(
      math.map((m) => m.label),
      Float64Array.from(math, (m) => m.points),
    ),
  );
  const lacking = math.filter((m) => m.normalized !== m.normalized).map((m) => m.label);
  if (lacking.length === 0) return drivers;
  const shown = lacking.slice(0, MISSING_NAMES_SHOWN).join(', ');
  const more = lacking.length - MISSING_NAMES_SHOWN;
  const names = more > 0 ? `${shown} and ${more} more` : shown;
  return `${drivers === '' ? 'No points' : drivers}; no value for ${names}: ${MISSING_WORDS[missing]}`;
}
