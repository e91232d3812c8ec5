// The "why" of a score: criterion contributions in words ("ARR 32, Relationship 21, ...") (DESIGN 3.7),
// and the math behind each: cell -> normalised value -> weight used -> points.
import type { MissingPolicy } from '../model/schema';
import type { RawCell } from '../table/types';
import { contributionOf } from './score';

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

/** Drivers named in the "why", and the least a contribution must round to for it to be named. */
const DRIVERS_SHOWN = 3;
const DRIVER_MIN_POINTS = 0.5;

/**
 * The "why" of one account's score: its top drivers, and, when some criteria had no value, which
 * ones and what that did, so "Rating 100" never reads as a perfect account when Rating was all it had.
 */
export function whyText(math: readonly CriterionMath[], missing: MissingPolicy): string {
  return whyWords(
    math.map((m) => m.label),
    Float64Array.from(math, (m) => m.points),
    Float64Array.from(math, (m) => m.normalized),
    missing,
  );
}

/**
 * whyText from one account's figures in model order: each criterion's points (NaN: it does not
 * count) and normalised value (NaN: no value). The drivers are the largest contributions of at least
 * half a point, rounded to whole points, the model's order settling equal ones; picked by scanning
 * (a model has at most 20 criteria), so a run's million accounts sort nothing.
 */
export function whyWords(
  labels: readonly string[],
  points: ArrayLike<number>,
  normalized: ArrayLike<number>,
  missing: MissingPolicy,
): string {
  const named: string[] = [];
  let picked = 0; // bit c: criterion c is named already
  while (named.length < DRIVERS_SHOWN) {
    let best = -1;
    for (let c = 0; c < labels.length; c++) {
      if ((picked >>> c) & 1 || !(points[c] >= DRIVER_MIN_POINTS)) continue;
      if (best < 0 || points[c] > points[best]) best = c;
    }
    if (best < 0) break;
    picked |= 1 << best;
    named.push(`${labels[best]} ${Math.round(points[best])}`);
  }
  // Joined, not added up: join makes one flat string, where += leaves a tree of pieces that a
  // plan of a million accounts keeps alive (about three times the memory).
  const drivers = named.join(', ');
  const lacking: string[] = [];
  for (let c = 0; c < labels.length; c++)
    if (normalized[c] !== normalized[c]) lacking.push(labels[c]);
  if (lacking.length === 0) return drivers;
  const shown = lacking.slice(0, MISSING_NAMES_SHOWN).join(', ');
  const more = lacking.length - MISSING_NAMES_SHOWN;
  const names = more > 0 ? `${shown} and ${more} more` : shown;
  return [
    drivers === '' ? 'No points' : drivers,
    '; no value for ',
    names,
    ': ',
    MISSING_WORDS[missing],
  ].join('');
}
