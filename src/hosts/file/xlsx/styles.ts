// Number formats from styles.xml: each cell style's format code, and which of them show dates.
import { attribute, elements } from './xml';

/** The format codes Excel does not write into styles.xml (ECMA-376 Part 1, 18.8.30), en-US. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yyyy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Built-in ids that are dates in some locale's table (27-36 and 50-58 are the East Asian date formats). */
function isBuiltInDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/**
 * Whether a format code shows a date or time: a d, y, h or s (or m beside them) in its first section,
 * outside quoted literals, escapes and [colour]/[$-409] tags; [h] elapsed hours count too.
 */
export function isDateFormat(code: string): boolean {
  const first = code.split(';')[0];
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/_.|\*./g, '');
  return /[dyhs]/i.test(bare.replace(/E[+-]/gi, ''));
}

export interface CellStyles {
  /** Format code of each cell style (cellXfs index); index 0 is General when the part is missing. */
  readonly formats: readonly string[];
  /** Whether each cell style shows a date. */
  readonly dates: readonly boolean[];
}

export const NO_STYLES: CellStyles = { formats: ['General'], dates: [false] };

/** Reads styles.xml's custom number formats and cell styles; a missing part means General everywhere. */
export function parseStyles(xml: string | null): CellStyles {
  if (xml === null) return NO_STYLES;
  const custom = new Map<number, string>();
  for (const { tag } of elements(xml, 'numFmt')) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = attribute(tag, 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const formats: string[] = [];
  const dates: boolean[] = [];
  // cellStyleXfs holds <xf> too: only those inside <cellXfs> are the styles cells point at.
  const cellXfs = elements(xml, 'cellXfs')[0]?.inner ?? '';
  for (const { tag } of elements(cellXfs, 'xf')) {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    const code = custom.get(id) ?? BUILT_IN_FORMATS[id] ?? 'General';
    formats.push(code);
    dates.push(custom.has(id) ? isDateFormat(code) : isBuiltInDate(id));
  }
  return formats.length === 0 ? NO_STYLES : { formats, dates };
}
