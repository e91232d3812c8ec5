// The normalisation a column's values call for as a given criterion (DESIGN 3.2): scale, min-max, log, rating or labels.
import { parseNumberCell } from '../parse/cells';
import {
  isMostlyNumeric,
  isMostlyRatingWords,
  isMostlyText,
  MOSTLY,
  type ValueProfile,
} from './values';
import type { CriterionKind } from '../model/catalogue';
import { headerKey } from '../table/headers';
import { type NormalizeSpec } from '../model/schema';
import { ratingOf } from '../parse/ratings';
import { vocabularyOf, vocabularyValue } from './ordinals';
import type { RawTable } from '../table/types';

/** More distinct labels than this make a column free text (notes, countries), not a set of grades. */
export const MAX_LABELS = 8;
/** Label sets up to this size can be valued by hand (a map in the panel); past it, the column is free text. */
export const MAX_MAPPED_LABELS = 60;

export interface ValueSuggestion {
  readonly normalize: NormalizeSpec;
  /** 0..1: how well the values suit the criterion (multiplies the header's score). */
  readonly fit: number;
  /** Ends the reason shown to the user: "values are credit ratings". */
  readonly description: string;
  /**
   * 'magnitude': a higher value means more of what the header names (numbers, rating words), so
   * a header like "Risk" turns the direction round. 'rank': the labels were put best-first already.
   */
  readonly sense: 'magnitude' | 'rank';
  readonly creditGrades: boolean;
}

function suggest(normalize: NormalizeSpec, fit: number, description: string): ValueSuggestion {
  return { normalize, fit, description, sense: 'magnitude', creditGrades: false };
}

function numericSuggestion(kind: CriterionKind, profile: ValueProfile): ValueSuggestion {
  const numbers = profile.numbers;
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  const halves = numbers.every((x) => Number.isInteger(x * 2));
  const fitFor = (best: CriterionKind['valueKind'], otherwise: number): number =>
    kind.valueKind === best ? 1 : otherwise;
  if (profile.percentTexts >= numbers.length / 2) {
    return suggest({ method: 'minmax' }, fitFor('percent', 0.9), 'values are percentages');
  }
  // Current revenue is money even when typed in millions (1.5, 3, 4.5): never a 1-5 rating.
  if (kind.id === 'arr') {
    return lo >= 0
      ? suggest({ method: 'log-minmax' }, 1, 'values are amounts')
      : suggest({ method: 'minmax' }, 0.9, 'values are amounts, some negative');
  }
  // A count of products is compared with the other accounts, not with a fixed scale.
  if (kind.valueKind === 'count') {
    const whole = Number.isInteger(lo) && lo >= 0;
    return suggest({ method: 'minmax' }, whole ? 1 : 0.8, 'values are counts');
  }
  // Whole or half marks are a rating scale (a potential may be rated 1-5 too); hi > 1 keeps 0/1 flags out.
  const scale = (min: number, max: number): ValueSuggestion =>
    suggest(
      { method: 'scale', min, max },
      fitFor('rating', 0.85),
      `values are on a ${min}-${max} scale`,
    );
  if (halves && hi > 1 && lo >= 0) {
    if (lo >= 1 && hi <= 5) return scale(1, 5);
    if (hi <= 5) return scale(0, 5);
    if (hi <= 10) return scale(0, 10);
  }
  if (lo >= 0 && hi <= 1) {
    return suggest(
      { method: 'minmax' },
      kind.valueKind === 'money' ? 0.85 : 1,
      'values are between 0 and 1',
    );
  }
  if (kind.valueKind === 'money' && lo >= 0) {
    return suggest({ method: 'log-minmax' }, 1, 'values are amounts');
  }
  // Arbitrary numbers under a rating header (fit scored 0-37?) are a less sure reading.
  const unsure = kind.valueKind === 'rating' ? 0.8 : 0.9;
  return suggest({ method: 'minmax' }, unsure, 'values are numbers');
}

function ratingSuggestion(kind: CriterionKind, profile: ValueProfile): ValueSuggestion {
  const credit = profile.creditGrades >= MOSTLY * profile.ratingWords;
  const fit = credit ? (kind.id === 'solvency' ? 1 : 0.7) : kind.valueKind === 'rating' ? 1 : 0.85;
  const description = credit
    ? 'values are credit ratings'
    : `values are rating words (${profile.ratingExamples.join(', ')})`;
  return {
    normalize: { method: 'rating', min: 1, max: 5 },
    fit,
    description,
    sense: 'magnitude',
    creditGrades: credit,
  };
}

/** Distinct texts of the whole column in first-seen order, or null past `max` (free text). */
export function columnLabels(table: RawTable, index: number, max = MAX_LABELS): string[] | null {
  const seen = new Set<string>();
  // Most cells repeat a spelling already seen: checking the raw text first skips the folding for them.
  const seenRaw = new Set<string>();
  const labels: string[] = [];
  for (const row of table.rows) {
    const cell = row[index];
    if (typeof cell !== 'string' || seenRaw.has(cell)) continue;
    seenRaw.add(cell);
    const text = cell.trim();
    const key = headerKey(text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const parsed = parseNumberCell(text, table.numberLocale);
    if (parsed.kind !== 'problem' || parsed.code === 'spreadsheet-error') continue;
    labels.push(text);
    if (labels.length > max) return null;
  }
  return labels;
}

function numberIn(label: string): number | undefined {
  const found = /\d+(?:\.\d+)?/.exec(label);
  return found === null ? undefined : Number(found[0]);
}

/** Labels spread evenly from 1 (first) down to 0 (last), rounded so a saved model stays readable. */
export function spreadLabels(ordered: readonly string[]): Record<string, number> {
  const map: Record<string, number> = {};
  const steps = ordered.length - 1;
  ordered.forEach((label, i) => {
    map[label] = steps === 0 ? 1 : Math.round((1 - i / steps) * 10000) / 10000;
  });
  return map;
}

/** Where a set of labels gets its order from, and the values it gives them (best first). */
export interface LabelOrder {
  readonly how: 'rating' | 'vocabulary' | 'number';
  /** What gives the order, in words: "rating words", "Salesforce rating", "the numbers they carry". */
  readonly source: string;
  readonly ordered: readonly string[];
  readonly map: Readonly<Record<string, number>>;
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * The order a set of labels is known to have: the built-in rating words (their fixed values), a
 * known picklist (Hot/Warm/Cold, Platinum..Bronze: their places in the list), or the numbers the
 * labels carry ("Tier 1" first, spread evenly). Null when nothing tells: a label set is never
 * given an order silently; the user orders or values it (DESIGN 3.1).
 */
export function knownLabelOrder(labels: readonly string[]): LabelOrder | null {
  if (labels.length === 0) return null;
  const ratings = labels.map((l) => ratingOf(l));
  if (ratings.every((r) => r !== undefined)) {
    const order = labels.map((label, i) => ({ label, i, r: ratings[i] ?? 0 }));
    order.sort((a, b) => b.r - a.r || a.i - b.i);
    const map: Record<string, number> = {};
    for (const o of order) map[o.label] = round4(o.r);
    return { how: 'rating', source: 'rating words', ordered: order.map((o) => o.label), map };
  }
  const vocabulary = vocabularyOf(labels);
  if (vocabulary !== null) {
    const map: Record<string, number> = {};
    for (const label of labels) {
      const value = vocabularyValue(vocabulary, label);
      if (value !== undefined) map[label] = value;
    }
    const ordered = Object.keys(map).sort((a, b) => (map[b] ?? 0) - (map[a] ?? 0));
    return { how: 'vocabulary', source: vocabulary.name, ordered, map };
  }
  const numbers = labels.map(numberIn);
  if (numbers.every((n) => n !== undefined) && new Set(numbers).size === numbers.length) {
    const order = labels.map((label, i) => ({ label, n: numbers[i] ?? 0 }));
    order.sort((a, b) => a.n - b.n);
    const ordered = order.map((o) => o.label);
    return { how: 'number', source: 'the numbers they carry', ordered, map: spreadLabels(ordered) };
  }
  return null;
}

function categoricalSuggestion(table: RawTable, index: number): ValueSuggestion | null {
  const labels = columnLabels(table, index);
  if (labels === null || labels.length < 2) return null; // one label tells the accounts apart no better than none
  const order = knownLabelOrder(labels);
  if (order === null) return null; // no known order: the user gives one (detection notes the column)
  // Rating words taken as classes (A, B, C outside solvency) are spread evenly, not on their ladder.
  const map = order.how === 'rating' ? spreadLabels(order.ordered) : { ...order.map };
  return {
    normalize: { method: 'categorical', map },
    fit: 0.85,
    description: `values are ${labels.length} labels in ${order.source} order (${order.ordered.join(', ')})`,
    sense: order.how === 'rating' ? 'magnitude' : 'rank',
    creditGrades: false,
  };
}

/**
 * The normalisation a column's values call for as the given criterion, or null when the values
 * cannot be that criterion (free text, a region name for geography, an empty column).
 */
export function suggestNormalization(
  kind: CriterionKind,
  profile: ValueProfile,
  table: RawTable,
  index: number,
): ValueSuggestion | null {
  if (profile.cells === 0) return null;
  if (isMostlyNumeric(profile)) return numericSuggestion(kind, profile);
  if (isMostlyRatingWords(profile)) {
    const rating = ratingSuggestion(kind, profile);
    // Letter grades outside solvency are classes (A best), better spread evenly than on the credit ladder.
    const classes = rating.creditGrades && kind.id !== 'solvency';
    return (classes ? categoricalSuggestion(table, index) : null) ?? rating;
  }
  if (!kind.acceptsLabels || !isMostlyText(profile)) return null;
  // The sample alone already shows free text: no need to scan the whole column.
  if (profile.distinctTexts > MAX_LABELS) return null;
  return categoricalSuggestion(table, index);
}
