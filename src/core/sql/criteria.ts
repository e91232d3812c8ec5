// Each criterion as SQL (DESIGN 3.2): read from its column, mapped to a number, normalised over the non-NULL values.
import type { Criterion, Model } from '../model/schema';
import { ratingVocabulary } from '../parse/ratings';
import { assertNever } from '../outcome';
import { DEGENERATE_VALUE } from '../score/normalize';
import { headerKey } from '../table/headers';
import { type DialectRules, doubleLiteral, WHITESPACE } from './dialect';

/** Internal column names: `kam__` and a number, so no user column name can collide with them. */
export const internal = {
  raw: (c: number) => `kam__raw${c}`,
  number: (c: number) => `kam__num${c}`,
  value: (c: number) => `kam__x${c}`,
  min: (c: number) => `kam__min${c}`,
  max: (c: number) => `kam__max${c}`,
  count: (c: number) => `kam__n${c}`,
  normalized: (c: number) => `kam__v${c}`,
};

/** A number NULLed unless finite: x - x is 0 for every finite x, NaN for NaN and ±Infinity (the core's missing). */
export function finiteOrNull(expr: string): string {
  return `CASE WHEN ${expr} - ${expr} = 0 THEN ${expr} END`;
}

function clipped(rules: DialectRules, expr: string): string {
  return `LEAST(GREATEST(${expr}, ${doubleLiteral(rules, 0)}), ${doubleLiteral(rules, 1)})`;
}

/**
 * The column as the source CTE reads it: numbers cast to double; labels as text, already folded
 * for their lookup: a categorical label with case and every space ignored (headerKey), a rating
 * trimmed and without emoji variation selectors (readRating), with its number beside it.
 */
export function sourceColumns(rules: DialectRules, model: Model): string[] {
  const whitespace = rules.stringLiteral(WHITESPACE);
  return model.criteria.flatMap((criterion, k) => {
    const c = k + 1;
    const column = rules.quoteIdentifier(criterion.column);
    const text = `CAST(${column} AS ${rules.stringType})`;
    switch (criterion.normalize.method) {
      case 'categorical':
        return [`TRANSLATE(LOWER(${text}), ${whitespace}, '') AS ${internal.raw(c)}`];
      case 'rating': {
        const trimmed = rules.trim(text, whitespace);
        const plain = `REPLACE(REPLACE(${trimmed}, ${rules.stringLiteral('\ufe0f')}, ''), ${rules.stringLiteral('\ufe0e')}, '')`;
        return [
          `${plain} AS ${internal.raw(c)}`,
          `${rules.tryCastDouble(column)} AS ${internal.number(c)}`,
        ];
      }
      default:
        return [`CAST(${column} AS ${rules.doubleType}) AS ${internal.raw(c)}`];
    }
  });
}

function caseOf(rules: DialectRules, subject: string, lookup: ReadonlyMap<string, number>): string {
  const arms = [...lookup].map(
    ([label, value]) => `WHEN ${rules.stringLiteral(label)} THEN ${doubleLiteral(rules, value)}`,
  );
  return `CASE ${subject} ${arms.join(' ')} END`;
}

/** Labels folded like headers, the first label written winning, as the core reads them. */
function categoricalValue(
  rules: DialectRules,
  c: number,
  map: Readonly<Record<string, number>>,
): string {
  const lookup = new Map<string, number>();
  for (const [label, value] of Object.entries(map))
    if (!lookup.has(headerKey(label))) lookup.set(headerKey(label), value);
  return caseOf(rules, internal.raw(c), lookup);
}

/**
 * The rating vocabulary in the core's order: grades spelt exactly, then lower-case words and
 * grades, then a number on the criterion's scale, clipped. An exact spelling whose lower case
 * reads the same anyway is left to the second lookup, so the first holds only the letters that
 * are grades in capitals alone ("A", "B", "C", "D").
 */
function ratingValue(rules: DialectRules, c: number, min: number, max: number): string {
  const { exact, folded } = ratingVocabulary();
  const onlyExact = new Map(
    [...exact].filter(([grade, value]) => folded.get(grade.toLowerCase()) !== value),
  );
  const text = internal.raw(c);
  const n = internal.number(c);
  const onScale = clipped(
    rules,
    `(${n} - ${doubleLiteral(rules, min)}) / ${doubleLiteral(rules, max - min)}`,
  );
  const number = `CASE WHEN ${n} - ${n} = 0 THEN ${onScale} END`;
  return `COALESCE(${caseOf(rules, text, onlyExact)}, ${caseOf(rules, `LOWER(${text})`, folded)}, ${number})`;
}

/**
 * The value a criterion's normalisation works on, NULL where missing: the finite number, its
 * money log for log-minmax (ln(1 + max(x, 0))), or the label's value on [0,1].
 */
export function valueColumn(rules: DialectRules, criterion: Criterion, c: number): string {
  const spec = criterion.normalize;
  const raw = internal.raw(c);
  switch (spec.method) {
    case 'minmax':
    case 'percentile':
    case 'scale':
      return finiteOrNull(raw);
    case 'log-minmax':
      return `CASE WHEN ${raw} - ${raw} = 0 THEN LN(${doubleLiteral(rules, 1)} + CASE WHEN ${raw} > 0 THEN ${raw} ELSE ${doubleLiteral(rules, 0)} END) END`;
    case 'categorical':
      return categoricalValue(rules, c, spec.map);
    case 'rating':
      return ratingValue(rules, c, spec.min, spec.max);
    case 'recency':
      return refusedMethod(spec.method);
    default:
      return assertNever(spec, 'normalisation');
  }
}

/** checkTranslatable refuses these methods before any SQL is built: reaching one here is a bug. */
function refusedMethod(method: string): never {
  throw new Error(
    `The SQL translation refuses "${method}" criteria; checkTranslatable should have said so.`,
  );
}

/** What the statistics CTE gathers for a criterion: the range (minmax, log-minmax) or the count (percentile). */
export function statisticColumns(criterion: Criterion, c: number): string[] {
  const x = internal.value(c);
  switch (criterion.normalize.method) {
    case 'minmax':
    case 'log-minmax':
      return [`MIN(${x}) AS ${internal.min(c)}`, `MAX(${x}) AS ${internal.max(c)}`];
    case 'percentile':
      return [`COUNT(${x}) AS ${internal.count(c)}`];
    default:
      return [];
  }
}

/**
 * Percentile as the average rank of the value among the non-NULL values: (2·RANK + ties - 3) / 2
 * is (average rank - 1) exactly (whole numbers and halves), then one division, as in the core.
 * NULLs sit in their own partition, so engines that sort NULLs first do not shift the ranks.
 */
function percentileValue(rules: DialectRules, c: number): string {
  const x = internal.value(c);
  const n = internal.count(c);
  const rank = `RANK() OVER (PARTITION BY CASE WHEN ${x} IS NULL THEN 1 ELSE 0 END ORDER BY ${x})`;
  const ties = `COUNT(*) OVER (PARTITION BY ${x})`;
  const averageRankLessOne = `CAST(2 * ${rank} + ${ties} - 3 AS ${rules.doubleType}) / ${doubleLiteral(rules, 2)}`;
  return `CASE WHEN ${x} IS NULL THEN NULL WHEN ${n} <= 1 THEN ${doubleLiteral(rules, DEGENERATE_VALUE)} ELSE ${averageRankLessOne} / CAST(${n} - 1 AS ${rules.doubleType}) END`;
}

/**
 * A criterion's normalised value on [0,1] after its direction, NULL where missing. A column
 * without spread (one value, all equal) gives the degenerate 0.5 (DESIGN 3.2).
 */
export function normalizedColumn(rules: DialectRules, criterion: Criterion, c: number): string {
  const spec = criterion.normalize;
  const x = internal.value(c);
  let v: string;
  switch (spec.method) {
    case 'minmax':
    case 'log-minmax': {
      // (t - min) / (max - min) stays on [0,1] for every t of the column: no clipping needed.
      const range = `(${internal.max(c)} - ${internal.min(c)})`;
      v = `CASE WHEN ${x} IS NULL THEN NULL WHEN NOT ${range} > 0 THEN ${doubleLiteral(rules, DEGENERATE_VALUE)} ELSE (${x} - ${internal.min(c)}) / ${range} END`;
      break;
    }
    case 'percentile':
      v = percentileValue(rules, c);
      break;
    case 'scale':
      v = `CASE WHEN ${x} IS NULL THEN NULL ELSE ${clipped(rules, `(${x} - ${doubleLiteral(rules, spec.min)}) / ${doubleLiteral(rules, spec.max - spec.min)}`)} END`;
      break;
    case 'categorical':
    case 'rating':
      v = x; // already on [0,1]
      break;
    case 'recency':
      return refusedMethod(spec.method);
    default:
      return assertNever(spec, 'normalisation');
  }
  return criterion.direction === 'lower' ? `${doubleLiteral(rules, 1)} - (${v})` : v;
}
