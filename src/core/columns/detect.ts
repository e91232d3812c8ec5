// Column detection: which column names the accounts, which holds revenue, and which can be scoring criteria.
import {
  filledShare,
  isMostlyNumeric,
  looksLikeNames,
  profileValues,
  sampleCells,
  type ValueProfile,
} from './values';
import { suggestNormalization, type ValueSuggestion } from './suggest';
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
}

export interface CriterionCandidate extends ColumnMatch {
  readonly kind: CriterionKindId;
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
}

interface ColumnInfo {
  readonly index: number;
  readonly header: string;
  readonly words: HeaderWords;
  readonly profile: ValueProfile;
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

function detectRevenue(columns: readonly ColumnInfo[]): ColumnMatch | null {
  let best: { column: ColumnInfo; score: number; phrase: BestPhrase } | null = null;
  for (const column of columns) {
    if (hasAnyWord(column.words, NOT_CURRENT) || !isMostlyNumeric(column.profile)) continue;
    const phrase = bestPhrase(column.words, REVENUE_PHRASES);
    if (phrase === null || phrase.match.fit === 'part') continue;
    const score = phrase.match.score * (REVENUE_WEAKER.get(phrase.text) ?? 1);
    if (best === null || score > best.score) best = { column, score, phrase };
  }
  if (best === null) return null;
  const { column, score, phrase } = best;
  return {
    index: column.index,
    header: column.header,
    confidence: round2(score),
    reason: `${describeFit(column.header, phrase, 'revenue')}; values are numbers`,
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
      confidence: round2(phrase.match.score * suggestion.fit),
      reason: `${describeFit(column.header, phrase, inSentence(kind.label))}; ${suggestion.description}`,
      normalize: suggestion.normalize,
      direction: directionFor(kind, column.words, suggestion),
      filled: filledShare(table, column.index),
    };
  }
  return null;
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
  const candidates = rest
    .map((column) => candidateFor(column, table))
    .filter((c): c is CriterionCandidate => c !== null)
    .sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  // Checking a million names for repeats takes about a second, and the run checks them again
  // anyway, so the check waits until someone reads the diagnostics (then it is kept).
  let diagnostics: readonly Diagnostic[] | undefined;
  return {
    id,
    revenue,
    candidates,
    get diagnostics(): readonly Diagnostic[] {
      diagnostics ??= id === null ? [] : readIds(table, id.index).diagnostics;
      return diagnostics;
    },
  };
}
