// Header text as words, and how well a header names a phrase ("Annual Revenue (USD)" is "annual revenue").

/** A header split into comparable words. */
export interface HeaderWords {
  /** Every word, including those in brackets: "Product fit (1-5)" -> product, fit, 1, 5. */
  readonly all: readonly string[];
  /** The naming words: brackets, units, scales and qualifiers such as "score" removed -> product, fit. */
  readonly core: readonly string[];
}

/**
 * Words that qualify a header without naming what it measures: units, currencies, scale hints,
 * years, and generic nouns like "score" ("Relationship score" names the relationship).
 */
// prettier-ignore
const QUALIFIERS: ReadonlySet<string> = new Set([
  'usd', 'eur', 'gbp', 'chf', 'jpy', 'cad', 'aud', 'nzd', 'cny', 'inr', 'sek', 'nok', 'dkk', 'pln',
  'k', 'm', 'mm', 'bn', 'keur', 'kusd', 'meur', 'musd', 'teur',
  'score', 'rating', 'index', 'level', 'grade', 'class', 'percent', 'pct', 'in', 'y', 'n', 'yes', 'no',
  'ltm', 'ttm', 'ytd', 'fy', 'value', 'amount',
]);

/** Words that do not count when judging how much of a header a phrase covers. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'and',
  'of',
  'the',
  'to',
  'for',
  'per',
  'with',
  'a',
  'an',
  'by',
]);

const NUMBER_LIKE = /^(\d+|fy\d+|q\d|h\d)$/;

/** Plural and singular as one word, so "Relationships" meets "relationship" and "Sales" meets "sale". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function splitWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map(stem);
}

export function headerWords(header: string): HeaderWords {
  const all = splitWords(header);
  const outsideBrackets = splitWords(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  const core = outsideBrackets.filter((w) => !QUALIFIERS.has(w) && !NUMBER_LIKE.test(w));
  return { all, core };
}

/** The words of a catalogue phrase, stemmed the same way as headers. */
export function phraseWords(phrase: string): readonly string[] {
  return splitWords(phrase);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** Whether `part` occurs in `whole` as consecutive whole words. */
export function containsWords(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((w, i) => whole[start + i] === w)) return true;
  }
  return false;
}

function meaningful(words: readonly string[]): number {
  return Math.max(1, words.filter((w) => !STOP_WORDS.has(w)).length);
}

export type PhraseFit = 'exact' | 'contains' | 'part';

export interface PhraseMatch {
  /** 0..1: 1 when the header is exactly the phrase. */
  readonly score: number;
  readonly fit: PhraseFit;
}

/**
 * How well a header names a phrase:
 * - exact: the naming words are the phrase ("Annual Revenue (USD)" and "annual revenue") -> 1;
 * - contains: the phrase is some of the header's words ("Relationship strength with CFO") -> 0.55..0.9,
 *   more the more of the header it covers;
 * - part: the header is only part of a longer phrase ("Fit" in "product fit") -> at most 0.3, a weak hint.
 */
export function matchPhrase(header: HeaderWords, phrase: readonly string[]): PhraseMatch | null {
  if (phrase.length === 0) return null;
  if ((header.core.length > 0 && sameWords(header.core, phrase)) || sameWords(header.all, phrase)) {
    return { score: 1, fit: 'exact' };
  }
  if (containsWords(header.core, phrase)) {
    return { score: 0.55 + (0.35 * meaningful(phrase)) / meaningful(header.core), fit: 'contains' };
  }
  if (containsWords(header.all, phrase)) {
    return { score: 0.5 + (0.3 * meaningful(phrase)) / meaningful(header.all), fit: 'contains' };
  }
  const naming = header.core.filter((w) => !STOP_WORDS.has(w));
  if (naming.length > 0 && containsWords(phrase, header.core)) {
    return { score: (0.3 * naming.length) / meaningful(phrase), fit: 'part' };
  }
  return null;
}

/** Whether any of the header's words (brackets included) is one of `words`. */
export function hasAnyWord(header: HeaderWords, words: ReadonlySet<string>): boolean {
  return header.all.some((w) => words.has(w));
}
