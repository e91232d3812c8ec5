// The fake spreadsheet's cells and how Sheets reads what setValues() is given: "=..." is a formula,
// "'..." is text, "12" and "TRUE" become a number and a boolean unless the cell is formatted as text.

export type CellValue = string | number | boolean | Date;

export interface FakeCell {
  /** "" when empty (and for a formula: the fake does not compute formulas). */
  value: CellValue | '';
  formula: string;
  numberFormat: string;
  fontWeight: 'bold' | 'normal';
  fontStyle: 'italic' | 'normal';
  fontSize: number;
  fontColor: string;
  background: string;
}

export const DEFAULT_FORMAT = 'General';

export function emptyCell(): FakeCell {
  return {
    value: '',
    formula: '',
    numberFormat: DEFAULT_FORMAT,
    fontWeight: 'normal',
    fontStyle: 'normal',
    fontSize: 10,
    fontColor: '#000000',
    background: '#ffffff',
  };
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

/**
 * What a cell holds after setValues() gives it `input`, as Sheets reads typed input: a formula, text
 * (a leading apostrophe dropped), or a number or boolean read from text unless the format is "@".
 */
export function parseInput(
  input: unknown,
  numberFormat: string,
): { value: CellValue | ''; formula: string } {
  if (input === null || input === undefined || input === '') return { value: '', formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  if (Object.prototype.toString.call(input) === '[object Date]')
    return { value: input as Date, formula: '' };
  if (typeof input !== 'string') throw new Error(`setValues: ${typeof input} is not a cell value`);
  if (input.startsWith('=')) return { value: '', formula: input };
  if (input.startsWith("'")) return { value: input.slice(1), formula: '' };
  if (numberFormat === '@') return { value: input, formula: '' };
  if (NUMBER_TEXT.test(input.trim())) {
    const text = input.trim();
    const number = Number(text.replace('%', ''));
    return { value: text.endsWith('%') ? number / 100 : number, formula: '' };
  }
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === 'true', formula: '' };
  return { value: input, formula: '' };
}

export function isEmpty(cell: FakeCell | undefined): boolean {
  return cell === undefined || (cell.value === '' && cell.formula === '');
}
