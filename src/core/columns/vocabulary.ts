// The header words detection looks for: account names, current revenue, and the catalogue's criteria.
import { CRITERIA_CATALOGUE, type CriterionKind } from '../model/catalogue';
import { type HeaderWords, matchPhrase, type PhraseMatch, phraseWords } from './header-words';

export interface Phrase {
  readonly text: string;
  readonly words: readonly string[];
}

function phrases(texts: readonly string[]): readonly Phrase[] {
  return texts.map((text) => ({ text, words: phraseWords(text) }));
}

// prettier-ignore
const ID_NAMES = [
  'account', 'account name', 'customer', 'customer name', 'client', 'client name', 'company', 'company name',
  'name', 'organisation', 'organization', 'organisation name', 'organization name', 'firm', 'business name',
];
/** Codes identify accounts too, but a name reads better in results, so codes rank below names. */
// prettier-ignore
const ID_CODES = [
  'account id', 'customer id', 'client id', 'company id', 'account number', 'customer number', 'client number', 'id',
];
export const ID_PHRASES: readonly { readonly phrase: Phrase; readonly score: number }[] = [
  ...phrases(ID_NAMES).map((phrase) => ({ phrase, score: 1 })),
  ...phrases(ID_CODES).map((phrase) => ({ phrase, score: 0.8 })),
];

export interface KindPhrases {
  readonly kind: CriterionKind;
  readonly phrases: readonly Phrase[];
}

export const KIND_PHRASES: readonly KindPhrases[] = CRITERIA_CATALOGUE.map((kind) => ({
  kind,
  phrases: phrases(kind.synonyms),
}));

/** Current revenue, what the customer pays: the ARR criterion's synonyms plus a few spend words. */
export const REVENUE_PHRASES: readonly Phrase[] = [
  ...(KIND_PHRASES.find((k) => k.kind.id === 'arr')?.phrases ?? []),
  ...phrases([
    'spend',
    'annual spend',
    'customer spend',
    'billings',
    'amount',
    'closed won amount',
  ]),
];
/**
 * The company's own size: "Annual Revenue" in a CRM export (Salesforce's and HubSpot's are the
 * account's own estimated turnover), company revenue, turnover. Revenue concentration rests on one
 * only when nothing the customer pays is in the table, and then says so.
 */
export const SIZE_PHRASES: readonly Phrase[] = phrases([
  'annual revenue',
  'company revenue',
  'turnover',
  'annual turnover',
  'umsatz',
]);
/** How surely a size column stands for revenue: below anything the customer pays. */
export const SIZE_AS_REVENUE = 0.6;
/** Monthly, booked and spend figures stand for revenue less surely than revenue or ARR. */
// prettier-ignore
export const REVENUE_WEAKER: ReadonlyMap<string, number> = new Map([
  ['mrr', 0.85], ['monthly recurring revenue', 0.85], ['bookings', 0.85], ['acv', 0.85], ['annual contract value', 0.85],
  ['contract value', 0.8], ['spend', 0.8], ['annual spend', 0.8], ['customer spend', 0.8], ['billings', 0.8],
  ['amount', 0.8], ['closed won amount', 0.85],
]);
/** A revenue header with one of these words is a plan, a ratio or a future figure, not current revenue. */
// prettier-ignore
export const NOT_CURRENT: ReadonlySet<string> = new Set([
  'potential', 'forecast', 'target', 'budget', 'growth', 'expected', 'projected', 'projection', 'pipeline',
  'opportunity', 'plan', 'planned', 'estimate', 'estimated', 'future', 'upsell', 'expansion', 'cost', 'margin',
  'share', 'rank', 'per', 'change', 'delta', 'cagr', 'rate', 'day', 'outstanding', 'overdue', 'receivable',
].map((w) => phraseWords(w)[0]));
/** Words after which a high number is bad news for solvency ("Risk class 4", "DSO"). */
export const RISK_WORDS: ReadonlySet<string> = new Set([
  'risk',
  'dso',
  'day',
  'overdue',
  'default',
]);

export interface BestPhrase {
  readonly match: PhraseMatch;
  readonly text: string;
  readonly length: number;
}

/** The phrase a header matches best; on equal scores the longer, more specific phrase. */
export function bestPhrase(words: HeaderWords, candidates: readonly Phrase[]): BestPhrase | null {
  let best: BestPhrase | null = null;
  for (const phrase of candidates) {
    const match = matchPhrase(words, phrase.words);
    if (match === null) continue;
    const better =
      best === null ||
      match.score > best.match.score ||
      (match.score === best.match.score && phrase.words.length > best.length);
    if (better) best = { match, text: phrase.text, length: phrase.words.length };
  }
  return best;
}

/** Whether a header names revenue or a criterion (more than a weak hint). */
export function namesMeasure(words: HeaderWords): boolean {
  const named = (candidates: readonly Phrase[]): boolean => {
    const best = bestPhrase(words, candidates);
    return best !== null && best.match.fit !== 'part';
  };
  return named(REVENUE_PHRASES) || KIND_PHRASES.some((k) => named(k.phrases));
}

/** A label inside a sentence: "Product fit" -> "product fit", but "ARR / current revenue" keeps its capitals. */
export function inSentence(label: string): string {
  const first = label.split(' ')[0];
  return first === first.toUpperCase() ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** The first half of a reason: "header 'Credit rating' matches solvency". */
export function describeFit(header: string, best: BestPhrase, what: string): string {
  switch (best.match.fit) {
    case 'exact':
      return `header '${header}' matches ${what}`;
    case 'contains':
      return `header '${header}' contains '${best.text}' (${what})`;
    case 'part':
      return `header '${header}' is only part of '${best.text}' (${what}), a weak hint`;
  }
}
