// A1 addresses as Excel reports them ("'My sheet'!B3:F40") and writes them, and reference unions in defined names.
import { columnLetters } from '../../core/types';

/** A rectangle of cells: 1-based rows and columns, inclusive. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetBox extends Box {
  readonly sheet: string;
}

/** Excel's last row and column: whole-column references ("E:E") span these. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** One corner ("B3", "$B$3", "B", "3"); the missing part is left open. */
function corner(text: string): { column: number | null; row: number | null } | null {
  const m = CELL.exec(text);
  if (m === null || (m[1] === undefined && m[2] === undefined)) return null;
  return {
    column: m[1] !== undefined ? lettersToColumn(m[1]) : null,
    row: m[2] !== undefined ? Number(m[2]) : null,
  };
}

/** "B3:F40", "B3", "E:E" or "3:5" as a box; null for anything else (including "#REF!"). */
export function parseBox(text: string): Box | null {
  const parts = text.trim().split(':');
  if (parts.length > 2) return null;
  const a = corner(parts[0]);
  const b = parts.length === 2 ? corner(parts[1]) : a;
  if (a === null || b === null) return null;
  const top = Math.min(a.row ?? 1, b.row ?? 1);
  const bottom = Math.max(a.row ?? MAX_ROWS, b.row ?? MAX_ROWS);
  const left = Math.min(a.column ?? 1, b.column ?? 1);
  const right = Math.max(a.column ?? MAX_COLUMNS, b.column ?? MAX_COLUMNS);
  if (top < 1 || left < 1 || bottom > MAX_ROWS || right > MAX_COLUMNS) return null;
  return { top, left, bottom, right };
}

/** Splits "'It''s'!A1:B2" into sheet and box, unquoting the sheet name; a bare "A1" has no sheet. */
export function parseAddress(text: string): { sheet: string | null; box: Box } | null {
  const trimmed = text.trim();
  const bang = trimmed.lastIndexOf('!');
  if (bang < 0) {
    const box = parseBox(trimmed);
    return box === null ? null : { sheet: null, box };
  }
  const rawSheet = trimmed.slice(0, bang);
  const box = parseBox(trimmed.slice(bang + 1));
  if (box === null || rawSheet === '') return null;
  const quoted = /^'((?:[^']|'')+)'$/.exec(rawSheet);
  return { sheet: quoted !== null ? quoted[1].replace(/''/g, "'") : rawSheet, box };
}

/**
 * The areas of a reference union as stored in a defined name: "='Accounts'!$E$3,'Accounts'!$E$9".
 * Commas inside quoted sheet names are not separators; areas that no longer parse (#REF!) are skipped.
 */
export function parseUnion(formula: string): SheetBox[] {
  const text = formula.trim().replace(/^=/, '');
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      areas.push(current);
      current = '';
    } else current += ch;
  }
  areas.push(current);
  const boxes: SheetBox[] = [];
  for (const area of areas) {
    const parsed = parseAddress(area);
    if (parsed !== null && parsed.sheet !== null)
      boxes.push({ sheet: parsed.sheet, ...parsed.box });
  }
  return boxes;
}

/** A sheet name quoted for a reference, always quoted so spaces and apostrophes are safe. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "E3:L9" (or "E3" for one cell), without a sheet. */
export function boxAddress(box: Box): string {
  const first = `${columnLetters(box.left)}${box.top}`;
  if (box.top === box.bottom && box.left === box.right) return first;
  return `${first}:${columnLetters(box.right)}${box.bottom}`;
}

/** "'Accounts'!$E$3": an absolute single-cell reference. */
export function absoluteCell(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!$${columnLetters(column)}$${row}`;
}

/** "'Accounts'!$E$3:$F$9" (or one cell): an absolute reference to an area. */
export function absoluteArea(area: SheetBox): string {
  const first = absoluteCell(area.sheet, area.top, area.left);
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:$${columnLetters(area.right)}$${area.bottom}`;
}

export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function contains(box: Box, row: number, column: number): boolean {
  return row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
}

/** Excel column width in points for a width in characters (Calibri 11: 7 px a character plus 5 px padding). */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
