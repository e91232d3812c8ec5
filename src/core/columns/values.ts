// What a column holds, judged from a spread sample of its cells: numbers, rating words or labels.
import { parseNumberCell } from '../parse/cells';
import { headerKey } from '../table/headers';
import { ratingOf } from '../parse/ratings';
import type { RawCell, RawTable } from '../table/types';
import type { HeaderWords } from './header-words';

/** Cells looked at per column: enough to judge a column, few enough to stay fast on a million rows. */
export const SAMPLE_SIZE = 200;
/** Share of the sample that must agree before a column is called numeric, rating words, or text. */
export const MOSTLY = 0.8;

/** S&P/Fitch and Moody's grades, to say "values are credit ratings" and to keep their direction. */
const CREDIT_GRADE =
  /^(?:(?:AAA|AA|A|BBB|BB|B|CCC)[+-]?|CC|C|D|SD|RD|Aaa|Aa[123]|A[123]|Baa[123]|Ba[123]|B[123]|Caa[123]|Ca)$/;

export function isBlank(cell: RawCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Up to `size` non-blank cells spread over the whole column, in passes of a fixed stride. */
export function sampleCells(table: RawTable, index: number, size = SAMPLE_SIZE): RawCell[] {
  const rows = table.rows;
  const stride = Math.max(1, Math.ceil(rows.length / size));
  const sample: RawCell[] = [];
  for (let offset = 0; offset < stride && sample.length < size; offset++) {
    for (let i = offset; i < rows.length && sample.length < size; i += stride) {
      const cell = rows[i][index];
      if (!isBlank(cell)) sample.push(cell);
    }
  }
  return sample;
}

/** Share of the column's cells that are not blank, over every row. */
export function filledShare(table: RawTable, index: number): number {
  const rows = table.rows;
  if (rows.length === 0) return 0;
  let filled = 0;
  for (let i = 0; i < rows.length; i++) if (!isBlank(rows[i][index])) filled++;
  return filled / rows.length;
}

export interface ValueProfile {
  /** Sampled cells holding something (spreadsheet errors and blanks excluded). */
  readonly cells: number;
  readonly numbers: readonly number[];
  /** Numbers typed with a % sign. */
  readonly percentTexts: number;
  /** Texts the built-in rating vocabulary knows (High, Yes, 4/5, ★★★, AA-...). */
  readonly ratingWords: number;
  readonly creditGrades: number;
  /** Distinct rating words, first-seen order, for the explanation. */
  readonly ratingExamples: readonly string[];
  /** Texts that are neither numbers nor rating words. */
  readonly labelCells: number;
  /** Every text that is not a number (rating words included), and how many distinct ones. */
  readonly textCells: number;
  readonly distinctTexts: number;
  /** Those texts, trimmed (for the readings that need the text itself: dates). */
  readonly texts: readonly string[];
}

/** A column as detection looks at it: where it is, its header's words, its sampled values. */
export interface ColumnInfo {
  readonly index: number;
  readonly header: string;
  readonly words: HeaderWords;
  readonly profile: ValueProfile;
}

export function profileValues(sample: readonly RawCell[], table: RawTable): ValueProfile {
  const numbers: number[] = [];
  const ratingExamples: string[] = [];
  const texts = new Set<string>();
  const sampleTexts: string[] = [];
  let cells = 0;
  let percentTexts = 0;
  let ratingWords = 0;
  let creditGrades = 0;
  let labelCells = 0;
  let textCells = 0;
  for (const cell of sample) {
    const parsed = parseNumberCell(cell, table.numberLocale);
    if (
      parsed.kind === 'missing' ||
      (parsed.kind === 'problem' && parsed.code === 'spreadsheet-error')
    )
      continue;
    cells++;
    if (parsed.kind === 'value' || parsed.kind === 'value-with-warning') {
      numbers.push(parsed.value);
      if (typeof cell === 'string' && cell.trim().endsWith('%')) percentTexts++;
      continue;
    }
    const text = String(cell).trim();
    textCells++;
    sampleTexts.push(text);
    texts.add(headerKey(text));
    if (ratingOf(text) !== undefined) {
      ratingWords++;
      if (CREDIT_GRADE.test(text)) creditGrades++;
      if (ratingExamples.length < 4 && !ratingExamples.includes(text)) ratingExamples.push(text);
    } else {
      labelCells++;
    }
  }
  return {
    cells,
    numbers,
    percentTexts,
    ratingWords,
    creditGrades,
    ratingExamples,
    labelCells,
    textCells,
    distinctTexts: texts.size,
    texts: sampleTexts,
  };
}

/** Mostly text that is no rating word, and mostly different texts: what a column of account names looks like. */
export function looksLikeNames(profile: ValueProfile): boolean {
  return (
    profile.cells > 0 &&
    profile.labelCells >= MOSTLY * profile.cells &&
    profile.distinctTexts >= 0.9 * profile.textCells
  );
}

export function isMostlyNumeric(profile: ValueProfile): boolean {
  return profile.cells > 0 && profile.numbers.length >= MOSTLY * profile.cells;
}

export function isMostlyRatingWords(profile: ValueProfile): boolean {
  return profile.cells > 0 && profile.ratingWords >= MOSTLY * profile.cells;
}

export function isMostlyText(profile: ValueProfile): boolean {
  return profile.cells > 0 && profile.textCells >= MOSTLY * profile.cells;
}
