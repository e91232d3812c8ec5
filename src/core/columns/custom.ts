// Any scorable column as a custom criterion named by its header (DESIGN 3.1, issue "any scorable
// column"): numbers, known ordinal labels, yes/no and dates; never identifiers or free text.
import type { Diagnostic } from '../diagnostics';
import type { NormalizeSpec } from '../model/schema';
import { isCriterionKindId } from '../model/catalogue';
import { dateOrderOf, parseDateText } from '../parse/dates';
import { ratingOf } from '../parse/ratings';
import { columnLetters } from '../table/a1';
import type { RawTable } from '../table/types';
import type { CriterionCandidate } from './detect';
import { hasAnyWord, phraseWords } from './header-words';
import { columnLabels, knownLabelOrder, MAX_MAPPED_LABELS } from './suggest';
import {
  type ColumnInfo,
  filledShare,
  isMostlyNumeric,
  isMostlyRatingWords,
  isMostlyText,
  MOSTLY,
} from './values';

const words = (list: readonly string[]): ReadonlySet<string> =>
  new Set(list.map((w) => phraseWords(w)[0]));

/** Header words of columns that identify a record or reach someone: never a measure of an account. */
// prettier-ignore
const IDENTIFIER_WORDS = words([
  'id', 'phone', 'fax', 'mobile', 'zip', 'postal', 'postcode', 'email', 'mail', 'domain', 'website', 'url',
  'iban', 'vat', 'duns', 'ein', 'sku', 'uuid', 'guid', 'address', 'street',
]);
/** A header ending in one of these ("Account Number", "Customer Code") names an identifier. */
const IDENTIFIER_LAST = words(['number', 'code', 'no', 'nr', 'num', 'ref', 'reference', 'key']);
/** Headers of date columns that hold Excel day numbers rather than text. */
// prettier-ignore
const DATE_WORDS = words([
  'date', 'created', 'modified', 'updated', 'activity', 'renewal', 'closed', 'due', 'expiry', 'signed', 'since',
]);
/**
 * Dates that say when the record was keyed in or touched ("Created Date", "Last Modified"): bookkeeping
 * of the CRM, not of the customer, so never offered; "Last Activity Date" or "Renewal Date" are.
 */
const RECORD_DATE_WORDS = words(['created', 'create', 'modified', 'updated', 'added', 'imported']);
/** A company's size (headcount) is a weaker sign of a good account than a rating someone gave it. */
const SIZE_WORDS = words(['employees', 'employee', 'headcount', 'staff', 'fte', 'size']);
/** Measures where less is better. */
// prettier-ignore
const LOWER_WORDS = words([
  'cost', 'days', 'risk', 'churn', 'overdue', 'late', 'debt', 'complaint', 'ticket', 'incident', 'escalation',
  'dso', 'discount', 'return', 'refund', 'outstanding',
]);
/** Day numbers of 1 January 1990 and 31 December 2100: a date column's values lie between. */
const PLAUSIBLE_DATES = { first: 32_874, last: 73_415 } as const;

/** How strongly a custom reading is offered: known ordinal labels most, dates least. */
const STRENGTH = { ordinal: 0.8, yesNo: 0.5, numbers: 0.5, size: 0.35, dates: 0.3 } as const;

interface CustomReading {
  readonly normalize: NormalizeSpec;
  readonly confidence: number;
  readonly description: string;
}

function isIdentifier(column: ColumnInfo): boolean {
  const { all } = column.words;
  if (hasAnyWord(column.words, IDENTIFIER_WORDS)) return true;
  if (all.length > 1 && IDENTIFIER_LAST.has(all[all.length - 1])) return true;
  // Whole numbers, all different and nearly consecutive: a running number, not a measure.
  const numbers = column.profile.numbers;
  if (numbers.length < 20 || !numbers.every(Number.isInteger)) return false;
  const distinct = new Set(numbers).size;
  const span = Math.max(...numbers) - Math.min(...numbers) + 1;
  return distinct === numbers.length && span <= 2 * numbers.length;
}

function numbersReading(column: ColumnInfo): CustomReading {
  const numbers = column.profile.numbers;
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  const confidence = hasAnyWord(column.words, SIZE_WORDS) ? STRENGTH.size : STRENGTH.numbers;
  if (
    hasAnyWord(column.words, DATE_WORDS) &&
    lo >= PLAUSIBLE_DATES.first &&
    hi <= PLAUSIBLE_DATES.last
  )
    return {
      normalize: { method: 'recency' },
      confidence: STRENGTH.dates,
      description: 'values are dates: the latest counts most',
    };
  if (numbers.every((x) => Number.isInteger(x * 2)) && lo >= 1 && hi <= 5 && hi > 1)
    return {
      normalize: { method: 'scale', min: 1, max: 5 },
      confidence,
      description: 'values are on a 1-5 scale',
    };
  if (lo >= 0 && hi <= 1)
    return {
      normalize: { method: 'minmax' },
      confidence,
      description: 'values are between 0 and 1',
    };
  const sorted = [...numbers].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1];
  const skewed = lo >= 0 && median > 0 && hi / median > 20;
  return skewed
    ? { normalize: { method: 'log-minmax' }, confidence, description: 'values are skewed amounts' }
    : { normalize: { method: 'minmax' }, confidence, description: 'values are numbers' };
}

function datesReading(column: ColumnInfo, table: RawTable): CustomReading | null {
  const { texts } = column.profile;
  const { order, settled } = dateOrderOf(texts, table.numberLocale === 'decimal-comma');
  const dates = texts.filter((t) => parseDateText(t, order) !== undefined).length;
  if (dates < MOSTLY * column.profile.cells) return null;
  return {
    normalize: { method: 'recency', order },
    confidence: STRENGTH.dates,
    description: `values are dates${settled ? '' : ` (read ${order === 'month-first' ? 'month/day' : 'day/month'}: check)`}: the latest counts most`,
  };
}

function textReading(column: ColumnInfo, table: RawTable): CustomReading | null {
  const { profile } = column;
  const dates = datesReading(column, table);
  if (dates !== null) return dates;
  if (isMostlyRatingWords(profile)) {
    const yesNo = profile.ratingExamples.every((w) => ratingOf(w) === 0 || ratingOf(w) === 1);
    return {
      normalize: { method: 'rating', min: 1, max: 5 },
      confidence: yesNo ? STRENGTH.yesNo : STRENGTH.ordinal,
      description: `values are rating words (${profile.ratingExamples.join(', ')})`,
    };
  }
  if (!isMostlyText(profile)) return null;
  const labels = columnLabels(table, column.index);
  if (labels === null || labels.length < 2) return null;
  const order = knownLabelOrder(labels);
  if (order === null) return null;
  return {
    normalize: { method: 'categorical', map: { ...order.map } },
    confidence: STRENGTH.ordinal,
    description: `values are ${labels.length} labels in ${order.source} order (${order.ordered.join(', ')})`,
  };
}

/** A criterion id from a header: letters, digits and dashes ("Customer Priority" -> "customer-priority"). */
export function customCriterionId(header: string, index: number): string {
  const slug = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  if (slug === '' || isCriterionKindId(slug))
    return `column-${columnLetters(index + 1).toLowerCase()}-${slug}`.replace(/-$/, '');
  return slug;
}

/** A column no catalogue kind names, read as a custom criterion; null for identifiers and free text. */
export function customCandidate(column: ColumnInfo, table: RawTable): CriterionCandidate | null {
  if (column.profile.cells === 0 || isIdentifier(column)) return null;
  const reading = isMostlyNumeric(column.profile)
    ? numbersReading(column)
    : textReading(column, table);
  if (reading === null) return null;
  if (reading.normalize.method === 'recency' && hasAnyWord(column.words, RECORD_DATE_WORDS))
    return null;
  return {
    index: column.index,
    header: column.header,
    kind: 'custom',
    id: customCriterionId(column.header, column.index),
    label: column.header,
    confidence: reading.confidence,
    reason: `'${column.header}' can be scored as it is: ${reading.description}`,
    normalize: reading.normalize,
    direction: hasAnyWord(column.words, LOWER_WORDS) ? 'lower' : 'higher',
    filled: filledShare(table, column.index),
  };
}

/**
 * A column of labels that repeat but have no known order: said once, so the user knows it can be
 * scored with a map of their own ("Industry has 27 labels with no known order: ...").
 */
export function unorderedLabelsNote(column: ColumnInfo, table: RawTable): Diagnostic | null {
  const { profile } = column;
  if (!isMostlyText(profile) || isMostlyRatingWords(profile) || isIdentifier(column)) return null;
  if (profile.distinctTexts < 2 || profile.distinctTexts >= profile.textCells) return null;
  const labels = columnLabels(table, column.index, MAX_MAPPED_LABELS);
  if (labels === null || labels.length < 2 || knownLabelOrder(labels) !== null) return null;
  const shown = labels.slice(0, 4).join(', ');
  return {
    cell: `${columnLetters(table.firstColumn + column.index)}${table.headerRow}`,
    row: table.headerRow,
    column: column.header,
    code: 'unordered-labels',
    severity: 'info',
    message: `${column.header} has ${labels.length} labels with no known order (${shown}${labels.length > 4 ? ', …' : ''}): to score it, give each label a value (Labels in the panel, or a "categorical" map in the model).`,
  };
}
