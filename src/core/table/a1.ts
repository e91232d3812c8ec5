// A1 references as spreadsheets write and report them: column letters, quoted sheet names, cells, areas and unions.

/** A rectangle of cells: 1-based rows and columns, inclusive. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One area of a reference: a box on a named sheet. */
export interface SheetBox extends Box {
  readonly sheet: string;
}

/** Excel's last row and column: whole-column references ("E:E") span these. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Spreadsheet column letters for a 1-based column index (1 -> A, 27 -> AA). */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 1-based column index of column letters, in either case (A -> 1, aa -> 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 address of a 1-based (row, column). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** "E3:L9" (or "E3" for one cell), without a sheet. */
export function boxAddress(box: Box): string {
  const first = cellAddress(box.top, box.left);
  if (box.top === box.bottom && box.left === box.right) return first;
  return `${first}:${cellAddress(box.bottom, box.right)}`;
}

/** A sheet name quoted for a formula reference: 'My ''quoted'' sheet'. Always quoted, so spaces and apostrophes are safe. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function absoluteCorner(row: number, column: number): string {
  return `$${columnLetters(column)}$${row}`;
}

/** "'Accounts'!$E$3": an absolute single-cell reference. */
export function absoluteCell(sheet: string, row: number, column: number): string {
  return `${quoteSheetName(sheet)}!${absoluteCorner(row, column)}`;
}

/** "'Accounts'!$E$3:$F$9" (or one cell): an absolute reference to an area. */
export function absoluteArea(area: SheetBox): string {
  const first = absoluteCell(area.sheet, area.top, area.left);
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${absoluteCorner(area.bottom, area.right)}`;
}

/** "'Accounts'!$D$4:$D$63": one column's rows, written as an area even when it is one row. */
export function columnReference(
  sheet: string,
  column: number,
  firstRow: number,
  lastRow: number,
): string {
  return `${absoluteCell(sheet, firstRow, column)}:${absoluteCorner(lastRow, column)}`;
}

/** One corner of an area; a whole-row or whole-column corner leaves the other part open. */
interface Corner {
  readonly column: number | null;
  readonly row: number | null;
}

const CORNER = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** "B3", "$B$3", "B" or "3"; null for anything else. */
function corner(text: string): Corner | null {
  const m = CORNER.exec(text);
  if (m === null || (m[1] === undefined && m[2] === undefined)) return null;
  return {
    column: m[1] !== undefined ? columnNumber(m[1]) : null,
    row: m[2] !== undefined ? Number(m[2]) : null,
  };
}

function corners(text: string): readonly [Corner, Corner] | null {
  const parts = text.trim().split(':');
  if (parts.length > 2) return null;
  const a = corner(parts[0]);
  const b = parts.length === 2 ? corner(parts[1]) : a;
  return a === null || b === null ? null : [a, b];
}

function spanned([a, b]: readonly [Corner, Corner]): Box | null {
  const top = Math.min(a.row ?? 1, b.row ?? 1);
  const bottom = Math.max(a.row ?? MAX_ROWS, b.row ?? MAX_ROWS);
  const left = Math.min(a.column ?? 1, b.column ?? 1);
  const right = Math.max(a.column ?? MAX_COLUMNS, b.column ?? MAX_COLUMNS);
  if (top < 1 || left < 1 || bottom > MAX_ROWS || right > MAX_COLUMNS) return null;
  return { top, left, bottom, right };
}

/** "B3:F40", "B3", "E:E" or "3:5" as a box; null for anything else (including "#REF!"). */
export function parseBox(text: string): Box | null {
  const found = corners(text);
  return found === null ? null : spanned(found);
}

/**
 * "B3:F40" or "B3" as a box; whole rows and columns ("E:E") give null. For references that are
 * always written between two cells (table and rule ranges in a file), where a whole column is not ours.
 */
export function parseCellArea(text: string): Box | null {
  const found = corners(text);
  if (found === null || found.some((c) => c.row === null || c.column === null)) return null;
  return spanned(found);
}

/**
 * The one column every area of a space-separated range list ("E2:E61 E70") lies in, or null: a
 * conditional-format rule over several columns, or over whole rows, is the user's, not one of ours.
 */
export function singleColumnOf(ranges: string): number | null {
  let column: number | null = null;
  for (const area of ranges.trim().split(/\s+/)) {
    const range = parseCellArea(area);
    if (range === null || range.left !== range.right) return null;
    if (column !== null && column !== range.left) return null;
    column = range.left;
  }
  return column;
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
 * The areas of a reference union, as a defined name holds it: "='Accounts'!$E$3,'Accounts'!$E$9"
 * (the "=" is optional). Commas inside quoted sheet names are not separators; areas without a
 * sheet, or that no longer parse (#REF!), are skipped.
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

/** Sheet, table and defined names compare without regard to case, as Excel does. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function contains(box: Box, row: number, column: number): boolean {
  return row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
}
