// Ordinal picklists CRMs and account lists use (DESIGN 3.1): labels whose order is known, best first.
// A column whose labels all sit in one of them is scored in that order; any other label set has no
// known order, and is never given one silently.
import { headerKey } from '../table/headers';

export interface OrdinalVocabulary {
  /** What the list is, in words ("Salesforce rating"). */
  readonly name: string;
  /** Best first. Each label is worth (n - 1 - position) / (n - 1): the first 1, the last 0. */
  readonly labels: readonly string[];
}

/**
 * The known lists, most specific first where lists share labels: a column of Critical/High/Low
 * takes the severity list, one of High/Low the three-step one (the smallest list holding them all).
 */
export const ORDINAL_VOCABULARIES: readonly OrdinalVocabulary[] = [
  { name: 'three levels', labels: ['High', 'Medium', 'Low'] },
  { name: 'Salesforce rating', labels: ['Hot', 'Warm', 'Cold'] },
  { name: 'service tiers', labels: ['Platinum', 'Gold', 'Silver', 'Bronze'] },
  { name: 'severity', labels: ['Critical', 'High', 'Medium', 'Low'] },
  { name: 'five levels', labels: ['Very high', 'High', 'Medium', 'Low', 'Very low'] },
  { name: 'Net Promoter groups', labels: ['Promoter', 'Passive', 'Detractor'] },
  { name: 'account roles', labels: ['Strategic', 'Core', 'Tactical'] },
  {
    name: 'satisfaction',
    labels: ['Very satisfied', 'Satisfied', 'Neutral', 'Dissatisfied', 'Very dissatisfied'],
  },
  { name: 'quality', labels: ['Excellent', 'Very good', 'Good', 'Fair', 'Poor'] },
  {
    name: 'HubSpot lifecycle stage',
    labels: [
      'Evangelist',
      'Customer',
      'Opportunity',
      'Sales Qualified Lead',
      'Marketing Qualified Lead',
      'Lead',
      'Subscriber',
    ],
  },
];

/**
 * Labels that say a value is not given ("Other" outside HubSpot's funnel, "Unknown"): they take no
 * place in an order, so a column holding them besides a known list still has that list's order
 * (their cells read as missing, and are reported).
 */
const NO_VALUE_LABELS: ReadonlySet<string> = new Set(
  ['Other', 'Others', 'Unknown', 'None', 'N/A', 'NA', 'TBD', 'Not set', 'Unassigned', '-'].map(
    headerKey,
  ),
);

/** The smallest known list holding every label (case and spaces aside), or null. */
export function vocabularyOf(labels: readonly string[]): OrdinalVocabulary | null {
  const keys = labels.map(headerKey).filter((k) => !NO_VALUE_LABELS.has(k));
  if (keys.length === 0) return null;
  let best: OrdinalVocabulary | null = null;
  for (const vocabulary of ORDINAL_VOCABULARIES) {
    const known = new Set(vocabulary.labels.map(headerKey));
    if (!keys.every((k) => known.has(k))) continue;
    if (best === null || vocabulary.labels.length < best.labels.length) best = vocabulary;
  }
  return best;
}

/** A label's value in a list: its position spread evenly from 1 (first) to 0 (last); undefined outside it. */
export function vocabularyValue(vocabulary: OrdinalVocabulary, label: string): number | undefined {
  const position = vocabulary.labels.findIndex((l) => headerKey(l) === headerKey(label));
  if (position < 0) return undefined;
  const steps = vocabulary.labels.length - 1;
  return steps === 0 ? 1 : Math.round((1 - position / steps) * 10000) / 10000;
}
