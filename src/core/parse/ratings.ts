// The built-in rating vocabularies of DESIGN 3.2 (words, stars, a/b, credit ratings) and the categorical reader.
import {
  MISSING,
  nonFiniteProblem,
  parseNumberText,
  problem,
  quoteCellText,
  spreadsheetErrorProblem,
  isSpreadsheetError,
  type ParsedValue,
} from './cells';
import { headerKey } from '../table/headers';
import type { NumberLocale, RawCell } from '../table/types';

/** S&P / Fitch long-term ladder, best first; a step's value is (21 - position) / 21. */
export const CREDIT_LADDER: readonly string[] =
  'AAA AA+ AA AA- A+ A A- BBB+ BBB BBB- BB+ BB BB- B+ B B- CCC+ CCC CCC- CC C D'.split(' ');

/** Moody's grades in ladder order; they stop at C, Moody's has no D. */
const MOODYS_LADDER: readonly string[] =
  'Aaa Aa1 Aa2 Aa3 A1 A2 A3 Baa1 Baa2 Baa3 Ba1 Ba2 Ba3 B1 B2 B3 Caa1 Caa2 Caa3 Ca C'.split(' ');

const LAST_STEP = CREDIT_LADDER.length - 1;

/** Exact-case credit grades: the S&P ladder, Moody's, and Moody's bare categories at their middle step. */
const CREDIT_EXACT = new Map<string, number>();
/** Lower/mixed-case spellings, only where they cannot be mistaken for something else. */
const CREDIT_FOLDED = new Map<string, number>();

function addCredit(grade: string, position: number): void {
  const value = (LAST_STEP - position) / LAST_STEP;
  CREDIT_EXACT.set(grade, value);
  // A lone lower-case letter ("a", "b") is more likely a class or a typo than a credit rating.
  if (grade.length > 1 && !CREDIT_FOLDED.has(grade.toLowerCase()))
    CREDIT_FOLDED.set(grade.toLowerCase(), value);
}

CREDIT_LADDER.forEach((grade, position) => addCredit(grade, position));
MOODYS_LADDER.forEach((grade, position) => addCredit(grade, position));
// Moody's bare categories ("Baa") sit at their middle modifier ("Baa2"), as the agency defines them.
for (const [bare, equivalent] of [
  ['Aa', 'AA'],
  ['Baa', 'BBB'],
  ['Ba', 'BB'],
  ['Caa', 'CCC'],
] as const) {
  addCredit(bare, CREDIT_LADDER.indexOf(equivalent));
}
// Selective (S&P) and restricted (Fitch) default are default states: the bottom of the ladder.
addCredit('SD', LAST_STEP);
addCredit('RD', LAST_STEP);

/** Rating words, case-insensitive after trimming. */
const WORDS = new Map<string, number>([
  ['high', 1],
  ['medium', 0.5],
  ['low', 0],
  ['strong', 1],
  ['moderate', 0.5],
  ['weak', 0],
  ['excellent', 1],
  ['good', 2 / 3],
  ['fair', 1 / 3],
  ['poor', 0],
  ['yes', 1],
  ['y', 1],
  ['true', 1],
  ['✓', 1],
  ['✔', 1],
  ['no', 0],
  ['n', 0],
  ['false', 0],
  ['✗', 0],
  ['✘', 0],
]);

const FILLED_STARS = new Set(['★', '⭐']);
const EMPTY_STAR = '☆';
/** Emoji variation selectors: "⭐️" and "✔️" are the same symbols as "⭐" and "✔". */
const VARIATION_SELECTORS = /[\uFE0E\uFE0F]/g;
const FRACTION = /^(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)$/;

type RatingReading =
  | { readonly kind: 'rating'; readonly value: number }
  | { readonly kind: 'bad-fraction'; readonly reason: string }
  | { readonly kind: 'not-a-rating' };

const NOT_A_RATING: RatingReading = { kind: 'not-a-rating' };

/** "★★★☆☆" -> 3/5; a longer written-out scale ("★★★☆☆☆☆☆☆☆") counts out of its own length. */
function readStars(text: string): number | undefined {
  let filled = 0;
  let empty = 0;
  for (const ch of text) {
    if (FILLED_STARS.has(ch)) filled++;
    else if (ch === EMPTY_STAR) empty++;
    else if (ch.trim() !== '') return undefined; // spaces between stars are fine, anything else is not a star string
  }
  const total = filled + empty;
  return total === 0 ? undefined : filled / Math.max(5, total);
}

function readFraction(text: string): RatingReading {
  const match = FRACTION.exec(text);
  if (match === null) return NOT_A_RATING;
  const a = Number(match[1].replace(',', '.'));
  const b = Number(match[2].replace(',', '.'));
  if (!(b > 0)) return { kind: 'bad-fraction', reason: 'the part after "/" must be above 0' };
  if (a > b) return { kind: 'bad-fraction', reason: `${match[1]} is more than ${match[2]}` };
  return { kind: 'rating', value: a / b };
}

function readRating(text: string): RatingReading {
  const plain = text.trim();
  const trimmed =
    plain.includes('\uFE0F') || plain.includes('\uFE0E')
      ? plain.replace(VARIATION_SELECTORS, '')
      : plain;
  if (trimmed === '') return NOT_A_RATING;
  const exact = CREDIT_EXACT.get(trimmed);
  if (exact !== undefined) return { kind: 'rating', value: exact };
  const lower = trimmed.toLowerCase();
  const word = WORDS.get(lower) ?? CREDIT_FOLDED.get(lower);
  if (word !== undefined) return { kind: 'rating', value: word };
  const stars = readStars(trimmed);
  if (stars !== undefined) return { kind: 'rating', value: stars };
  return readFraction(trimmed);
}

/**
 * The fixed words and grades of readRating as two lookups, in the order it consults them: grades
 * spelt exactly (case matters: "A" is a grade, "a" is not), then lower-case words and grades. The
 * SQL translation spells these out, so the warehouse reads labels as the workbook does.
 */
export function ratingVocabulary(): {
  readonly exact: ReadonlyMap<string, number>;
  readonly folded: ReadonlyMap<string, number>;
} {
  const folded = new Map(WORDS);
  for (const [grade, value] of CREDIT_FOLDED) if (!folded.has(grade)) folded.set(grade, value);
  return { exact: CREDIT_EXACT, folded };
}

/** The built-in vocabulary only: a value in [0,1], or undefined when the text is no known rating. */
export function ratingOf(text: string): number | undefined {
  const reading = readRating(text);
  return reading.kind === 'rating' ? reading.value : undefined;
}

function onScale(x: number, scale: { min: number; max: number }): number {
  const v = (x - scale.min) / (scale.max - scale.min);
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/**
 * Rating words and patterns via ratingOf; plain numbers (and numeric text) on the scale, clipped.
 * A percentage ("80%") is already a share and is taken as the rating itself, clipped to [0,1].
 * The locale, when known, reads numeric text such as "3,5".
 */
export function parseRatingCell(
  cell: RawCell,
  scale: { min: number; max: number },
  locale?: NumberLocale,
): ParsedValue {
  if (!(scale.max > scale.min))
    throw new RangeError(`Rating scale needs max above min (got ${scale.min}..${scale.max}).`);
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { kind: 'value', value: onScale(cell, scale) }
      : nonFiniteProblem(cell);
  }
  if (typeof cell === 'boolean') return { kind: 'value', value: cell ? 1 : 0 };
  if (cell === null) return MISSING;
  const trimmed = cell.trim();
  if (trimmed === '') return MISSING;
  if (isSpreadsheetError(trimmed)) return spreadsheetErrorProblem(trimmed);
  const reading = readRating(trimmed);
  if (reading.kind === 'rating') return { kind: 'value', value: reading.value };
  if (reading.kind === 'bad-fraction') {
    return problem(
      'unknown-label',
      `Could not read ${quoteCellText(trimmed)} as a rating: ${reading.reason}; treated as missing.`,
    );
  }
  const number = parseNumberText(trimmed, locale);
  if (number.kind === 'value' || number.kind === 'value-with-warning') {
    const value = trimmed.includes('%')
      ? Math.min(1, Math.max(0, number.value))
      : onScale(number.value, scale);
    return { ...number, value };
  }
  return problem(
    'unknown-label',
    `${quoteCellText(trimmed)} is not a rating the add-in knows (High/Medium/Low, Yes/No, 4/5, ★★★☆☆, a credit rating such as BBB+, or a number from ${scale.min} to ${scale.max}): correct the cell, or score the column with your own labels (Labels in the panel, a "categorical" map in the model); treated as missing.`,
  );
}

/** Label lookups built once per map object, so a million-row column does not rebuild them per cell. */
const LABEL_LOOKUPS = new WeakMap<object, ReadonlyMap<string, number>>();

function labelLookup(map: Readonly<Record<string, number>>): ReadonlyMap<string, number> {
  let lookup = LABEL_LOOKUPS.get(map);
  if (lookup === undefined) {
    const built = new Map<string, number>();
    // When two labels fold to the same key ("High", "high"), the first one written wins.
    for (const [label, value] of Object.entries(map))
      if (!built.has(headerKey(label))) built.set(headerKey(label), value);
    lookup = built;
    LABEL_LOOKUPS.set(map, lookup);
  }
  return lookup;
}

function describeLabels(map: Readonly<Record<string, number>>): string {
  const labels = Object.keys(map);
  const shown = labels
    .slice(0, 6)
    .map((label) => quoteCellText(label))
    .join(', ');
  return labels.length > 6 ? `${shown}, …` : shown;
}

/** Labels of an explicit map, matched case- and space-insensitively; numbers and TRUE/FALSE match by their text. */
export function parseCategoricalCell(
  cell: RawCell,
  map: Readonly<Record<string, number>>,
): ParsedValue {
  if (cell === null) return MISSING;
  if (typeof cell === 'number' && !Number.isFinite(cell)) return nonFiniteProblem(cell);
  const text = typeof cell === 'string' ? cell : String(cell);
  const key = headerKey(text);
  if (key === '') return MISSING;
  const value = labelLookup(map).get(key);
  if (value !== undefined) return { kind: 'value', value };
  if (isSpreadsheetError(text)) return spreadsheetErrorProblem(text);
  return problem(
    'unknown-label',
    `${quoteCellText(text)} is not one of this column's labels (${describeLabels(map)}): give it a value from 0 to 1 under the criterion's Labels in the panel, or in the model's "map"; treated as missing.`,
  );
}
