// Column detection: which column names the accounts, which holds revenue, and which can be scoring criteria.
import {
  filledShare,
  isMostlyNumeric,
  looksLikeNames,
  profileValues,
  sampleCells,
  type ColumnInfo,
} from './values';
import { suggestNormalization, type ValueSuggestion } from './suggest';
import { customCandidate, unorderedLabelsNote } from './custom';
import {
  bestPhrase,
  type BestPhrase,
  describeFit,
  ID_PHRASES,
  inSentence,
  KIND_PHRASES,
  namesMeasure,
  NOT_CURRENT,
  REVENUE_PHRASES,
  REVENUE_WEAKER,
  SIZE_AS_REVENUE,
  SIZE_PHRASES,
  RISK_WORDS,
} from './vocabulary';
import type { CriterionKind, CriterionKindId } from '../model/catalogue';
import { hasAnyWord, headerWords, type HeaderWords, matchPhrase } from './header-words';
import { readIds } from '../parse/ids';
import { headerKey, isResultHeader } from '../table/headers';
import { type NormalizeSpec } from '../model/schema';
import type { Diagnostic } from '../diagnostics';
import type { RawTable } from '../table/types';

export interface ColumnMatch {
  /** 0-based index into the table's headers. */
  readonly index: number;
  readonly header: string;
  /** 0..1, shown to the user: 1 = the header is an exact synonym and the values fit. */
  readonly confidence: number;
  /** Why the column was chosen, in words ("header 'Credit rating' matches solvency; values are credit ratings"). */
  readonly reason: string;
  /** For the revenue column: what the customer pays, or the company's own size (a CRM's "Annual Revenue"). */
  readonly basis?: RevenueBasis;
}

export type RevenueBasis = 'paid' | 'size';

export interface CriterionCandidate extends ColumnMatch {
  /** The catalogue kind the header names, or 'custom': any other column that can be scored. */
  readonly kind: CriterionKindId | 'custom';
  /** The criterion id a model gives it: the kind's id, or one made from the header. */
  readonly id: string;
  /** The criterion's name: the catalogue label, or the header of a custom criterion. */
  readonly label: string;
  /** Suggested from the values. */
  readonly normalize: NormalizeSpec;
  readonly direction: 'higher' | 'lower';
  /** Share of non-empty cells in the column. */
  readonly filled: number;
}

export interface ColumnDetection {
  /** The account-name column. */
  readonly id: ColumnMatch | null;
  /** Current revenue, for the 80/20 view. */
  readonly revenue: ColumnMatch | null;
  /** One per usable column, best confidence first; at most one kind per column. */
  readonly candidates: readonly CriterionCandidate[];
  /** Duplicate and missing account names, by cell. */
  readonly diagnostics: readonly Diagnostic[];
  /** Columns of labels with no known order, said once each: the user can score them with a map. */
  readonly notes: readonly Diagnostic[];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function detectId(columns: readonly ColumnInfo[]): ColumnMatch | null {
  let best: { column: ColumnInfo; score: number } | null = null;
  for (const column of columns) {
    for (const { phrase, score } of ID_PHRASES) {
      const match = matchPhrase(column.words, phrase.words);
      if (match === null || match.fit !== 'exact' || column.profile.cells === 0) continue;
      if (best === null || score > best.score) best = { column, score };
    }
  }
  if (best !== null) {
    return {
      index: best.column.index,
      header: best.column.header,
      confidence: best.score,
      reason: `header '${best.column.header}' names the accounts`,
    };
  }
  // No telling header: the first column of mostly different texts is almost always the names,
  // unless its header says it is something else (a criterion, revenue).
  const names = columns.find((c) => looksLikeNames(c.profile) && !namesMeasure(c.words));
  return names === undefined
    ? null
    : {
        index: names.index,
        header: names.header,
        confidence: 0.5,
        reason: `'${names.header}' is the first column of mostly different texts`,
      };
}

interface RevenueReading {
  readonly column: ColumnInfo;
  readonly score: number;
  readonly phrase: BestPhrase;
  readonly basis: RevenueBasis;
}

/**
 * How a column reads as current revenue: what the customer pays, or (less surely) the company's
 * size. The phrase the header matches best says which ("Annual Revenue" is a size phrase, though
 * it holds the word revenue); then the size reading counts for less.
 */
function revenueReading(column: ColumnInfo): RevenueReading | null {
  if (hasAnyWord(column.words, NOT_CURRENT) || !isMostlyNumeric(column.profile)) return null;
  const named = (phrase: BestPhrase | null): phrase is BestPhrase =>
    phrase !== null && phrase.match.fit !== 'part';
  const paid = bestPhrase(column.words, REVENUE_PHRASES);
  const size = bestPhrase(column.words, SIZE_PHRASES);
  const sizeWins =
    named(size) &&
    (!named(paid) ||
      size.match.score > paid.match.score ||
      (size.match.score === paid.match.score && size.length > paid.length));
  if (sizeWins)
    return { column, score: size.match.score * SIZE_AS_REVENUE, phrase: size, basis: 'size' };
  if (!named(paid)) return null;
  const score = paid.match.score * (REVENUE_WEAKER.get(paid.text) ?? 1);
  return { column, score, phrase: paid, basis: 'paid' };
}

/**
 * The revenue column: the best reading, what the customer pays before the company's size. When
 * another column could be it too, the confidence says so (never "100% sure" between two).
 */
function detectRevenue(columns: readonly ColumnInfo[]): ColumnMatch | null {
  const readings = columns
    .map(revenueReading)
    .filter((r): r is RevenueReading => r !== null)
    .sort((a, b) => b.score - a.score || a.column.index - b.column.index);
  if (readings.length === 0) return null;
  const [best, second] = readings;
  const { column, score, phrase, basis } = best;
  const doubt = second === undefined ? 1 : 1 - (0.5 * second.score) / score;
  const sizeNote =
    basis === 'size'
      ? " — in CRM exports this is the company's own size, not what it pays you"
      : '';
  const over =
    second === undefined
      ? ''
      : `; preferred to '${second.column.header}'${second.basis === 'size' && basis === 'paid' ? " (the company's own size)" : ''}`;
  return {
    index: column.index,
    header: column.header,
    confidence: round2(score * doubt),
    reason: `${describeFit(column.header, phrase, 'revenue')}${sizeNote}; values are numbers${over}`,
    basis,
  };
}

function directionFor(
  kind: CriterionKind,
  words: HeaderWords,
  suggestion: ValueSuggestion,
): 'higher' | 'lower' {
  // "Risk: High" or "Risk class 4" is bad news; a credit grade is good news whatever the header says.
  if (
    kind.id === 'solvency' &&
    suggestion.sense === 'magnitude' &&
    !suggestion.creditGrades &&
    hasAnyWord(words, RISK_WORDS)
  ) {
    return 'lower';
  }
  return kind.direction;
}

/** The best criterion reading of one column: kinds by header score, the first whose values fit. */
function candidateFor(column: ColumnInfo, table: RawTable): CriterionCandidate | null {
  const readings: { kind: CriterionKind; phrase: BestPhrase }[] = [];
  for (const { kind, phrases } of KIND_PHRASES) {
    if (kind.id === 'arr' && hasAnyWord(column.words, NOT_CURRENT)) continue;
    const phrase = bestPhrase(column.words, phrases);
    if (phrase !== null) readings.push({ kind, phrase });
  }
  // Stable sort: equal scores keep catalogue order.
  readings.sort(
    (a, b) => b.phrase.match.score - a.phrase.match.score || b.phrase.length - a.phrase.length,
  );
  for (const { kind, phrase } of readings) {
    const suggestion = suggestNormalization(kind, column.profile, table, column.index);
    if (suggestion === null) continue;
    return {
      index: column.index,
      header: column.header,
      kind: kind.id,
      id: kind.id,
      label: kind.label,
      confidence: round2(phrase.match.score * suggestion.fit),
      reason: `${describeFit(column.header, phrase, inSentence(kind.label))}; ${suggestion.description}`,
      normalize: suggestion.normalize,
      direction: directionFor(kind, column.words, suggestion),
      filled: filledShare(table, column.index),
    };
  }
  return null;
}

/**
 * Custom criteria named alike ("Rating", "rating ") get "-2", "-3": a model needs unique ids.
 * Catalogue candidates share their kind's id: a model takes one column per kind.
 */
function withUniqueIds(candidates: readonly CriterionCandidate[]): CriterionCandidate[] {
  const used = new Set<string>();
  return candidates.map((c) => {
    if (c.kind !== 'custom') return c;
    let id = c.id;
    for (let k = 2; used.has(id); k++) id = `${c.id}-${k}`;
    used.add(id);
    return id === c.id ? c : { ...c, id };
  });
}

function isIgnored(header: string, ignored: ReadonlySet<string>): boolean {
  return isResultHeader(header) || ignored.has(headerKey(header));
}

/**
 * Detects the id column, the revenue column and the columns that can be criteria. Values are
 * judged on a spread sample (up to 200 cells a column), so detection stays fast on a million rows.
 */
export function detectColumns(
  table: RawTable,
  options?: { readonly ignoreHeaders?: readonly string[] },
): ColumnDetection {
  const ignored = new Set((options?.ignoreHeaders ?? []).map(headerKey));
  const columns: ColumnInfo[] = [];
  table.headers.forEach((header, index) => {
    if (header.trim() === '' || isIgnored(header, ignored)) return;
    columns.push({
      index,
      header,
      words: headerWords(header),
      profile: profileValues(sampleCells(table, index), table),
    });
  });

  const id = detectId(columns);
  const rest = columns.filter((c) => c.index !== id?.index);
  const revenue = detectRevenue(rest);
  const notes: Diagnostic[] = [];
  const found: CriterionCandidate[] = [];
  for (const column of rest) {
    // The revenue column is a criterion only when its header names one (ARR): as a custom one it
    // would score accounts by size alone.
    const candidate =
      candidateFor(column, table) ??
      (column.index === revenue?.index ? null : customCandidate(column, table));
    if (candidate !== null) found.push(candidate);
    else if (column.index !== revenue?.index) {
      const note = unorderedLabelsNote(column, table);
      if (note !== null) notes.push(note);
    }
  }
  const candidates = withUniqueIds(found).sort(
    (a, b) => b.confidence - a.confidence || a.index - b.index,
  );
  // Checking a million names for repeats takes about a second, and the run checks them again
  // anyway, so the check waits until someone reads the diagnostics (then it is kept).
  let diagnostics: readonly Diagnostic[] | undefined;
  return {
    id,
    revenue,
    candidates,
    notes,
    get diagnostics(): readonly Diagnostic[] {
      diagnostics ??= id === null ? [] : readIds(table, id.index).diagnostics;
      return diagnostics;
    },
  };
}
