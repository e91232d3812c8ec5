// What a cell shows in the sheet view: its value through its number format, close enough to Excel for reading.
import type { Cell, CellValue } from 'exceljs';

/** The value a cell holds for display and for conditional formats: formulas give their cached result. */
export type ShownValue = string | number | boolean | Date | null;

export function shownValue(value: CellValue): ShownValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : value.hyperlink;
  if ('result' in value) {
    const result = value.result;
    if (result === undefined) return null;
    return typeof result === 'object' && !(result instanceof Date) ? result.error : result;
  }
  return null;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}

/** Excel's "General": integers as they are, other numbers to 10 significant digits. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return value.toExponential(4).replace('e+', 'E+');
  return String(Number(value.toPrecision(10)));
}

/** One section of a format code with its literals resolved: quotes, escapes, padding and [colour] tags removed. */
function literalize(section: string): string {
  return section
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"([^"]*)"/g, (_, text: string) => text.replace(/./g, (c) => `\uE000${c}`))
    .replace(/\\(.)/g, (_, c: string) => `\uE000${c}`)
    .replace(/_./g, ' ')
    .replace(/\*./g, '');
}

const unescape = (text: string): string => text.replace(/\uE000/g, '');

/** How one section of a format code shows a number; parsed once per code (the view formats thousands of cells). */
type SectionFormat =
  | { readonly kind: 'general' }
  | { readonly kind: 'date' }
  | { readonly kind: 'literal'; readonly text: string }
  | {
      readonly kind: 'number';
      readonly prefix: string;
      readonly suffix: string;
      readonly scale: number;
      readonly format: Intl.NumberFormat;
    };

function parseSection(raw: string): SectionFormat {
  const section = literalize(raw);
  // Date and time codes: shown as ISO dates, which every reader understands.
  if (/(^|[^\uE000])[ydhs]/i.test(section) || /(^|[^\uE000])m{3,}/i.test(section))
    return { kind: 'date' };
  const match = /(^|[^\uE000])([#0?][#0?,]*(?:\.[#0?]*)?)/.exec(section);
  if (match === null)
    return unescape(section) === ''
      ? { kind: 'general' }
      : { kind: 'literal', text: unescape(section) };
  const start = match.index + match[1].length;
  const pattern = match[2];
  const [integerPart, fraction = ''] = pattern.split('.');
  const digits = fraction.replace(/,/g, '');
  return {
    kind: 'number',
    prefix: unescape(section.slice(0, start)),
    suffix: unescape(section.slice(start + pattern.length)),
    scale: /(^|[^\uE000])%/.test(section) ? 100 : 1,
    format: new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits.replace(/[#?]/g, '').length,
      maximumFractionDigits: digits.length,
      useGrouping: integerPart.includes(','),
    }),
  };
}

const parsedCodes = new Map<string, readonly SectionFormat[]>();

function sectionsOf(numFmt: string): readonly SectionFormat[] {
  let sections = parsedCodes.get(numFmt);
  if (sections === undefined) {
    sections = numFmt.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/).map(parseSection);
    parsedCodes.set(numFmt, sections);
  }
  return sections;
}

/** Formats a number with an Excel format code's first (or, for negatives, second) section. */
export function formatNumber(value: number, numFmt: string | undefined): string {
  if (numFmt === undefined || numFmt === '' || /^(general|@)$/i.test(numFmt)) return general(value);
  const sections = sectionsOf(numFmt);
  const negativeSection = value < 0 && sections.length > 1;
  const section = sections[negativeSection ? 1 : 0];
  switch (section.kind) {
    case 'general':
      return general(value);
    case 'date':
      return isoDate(new Date(EXCEL_EPOCH_MS + Math.round(value * DAY_MS)));
    case 'literal':
      return section.text;
    case 'number': {
      const sign = value < 0 && !negativeSection ? '-' : '';
      return `${sign}${section.prefix}${section.format.format(Math.abs(value) * section.scale)}${section.suffix}`;
    }
  }
}

export function cellText(cell: Cell): string {
  // The covered cells of a merge repeat the master's value in ExcelJS; Excel shows it once.
  if (cell.isMerged && cell.master !== cell) return '';
  const value = shownValue(cell.value);
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, cell.numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  return value;
}
