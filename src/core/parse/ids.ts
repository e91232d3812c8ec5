// Account names from the id column, with missing and duplicate names reported by cell.
import { type Diagnostic } from '../diagnostics';
import { cellAddress } from '../table/a1';
import { type RawCell, type RawTable, sheetRowOf } from '../table/types';
import { ColumnCauses } from './causes';
import { sortedByHash, textHash } from '../numeric/hash-groups';

/** Text shown for an account: numbers as written, booleans as TRUE/FALSE, text trimmed. */
export function idText(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

/** What an account without a name is called: by its sheet row. */
export function rowName(row: number): string {
  return `Row ${row}`;
}

/** Reads the id column (index -1: none, accounts are named by row). Empty names become "Row N". */
export function readIds(
  table: RawTable,
  index: number,
): { ids: string[]; diagnostics: Diagnostic[] } {
  const n = table.rows.length;
  const texts: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) texts[i] = index >= 0 ? idText(table.rows[i][index]) : '';
  // Without an id column every name is empty: there is nothing to compare.
  const firstOf = index >= 0 ? firstOfSameName(texts) : null;
  const ids: string[] = new Array<string>(n);
  const header = index >= 0 ? table.headers[index] : '';
  const causes = new ColumnCauses(header);
  for (let i = 0; i < n; i++) {
    const row = sheetRowOf(table, i);
    const text = texts[i];
    if (text === '') {
      ids[i] = rowName(row);
      if (index >= 0) {
        const cell = cellAddress(row, table.firstColumn + index);
        causes.add(EMPTY_NAME, 'warning', '', cell, row);
      }
      continue;
    }
    ids[i] = text;
    if (firstOf !== null && firstOf[i] !== i) {
      const cell = cellAddress(row, table.firstColumn + index);
      causes.add(duplicate(text, sheetRowOf(table, firstOf[i])), 'warning', text, cell, row);
    }
  }
  return { ids, diagnostics: causes.diagnostics() };
}

/**
 * For each name, the first account whose name is the same ignoring case (toLowerCase equal); -1
 * for an empty name. Names are grouped by a hash of their lower-case form and compared only within
 * a group: a million names need a few typed arrays, not a map of a million lower-cased copies.
 */
export function firstOfSameName(texts: readonly string[]): Int32Array {
  const n = texts.length;
  const firstOf = new Int32Array(n).fill(-1);
  const { order, hash } = sortedByHash(n, (i) => lowerCaseHash(texts[i]));
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && hash[end] === hash[start]) end++;
    if (end - start === 1) firstOf[order[start]] = texts[order[start]] === '' ? -1 : order[start];
    else {
      // Same hash: the same name, or (rarely) another one; in index order, the first of each name.
      const byName = new Map<string, number>();
      for (let k = start; k < end; k++) {
        const i = order[k];
        if (texts[i] === '') continue;
        const name = texts[i].toLowerCase();
        const earlier = byName.get(name);
        if (earlier === undefined) byName.set(name, i);
        firstOf[i] = earlier ?? i;
      }
    }
    start = end;
  }
  return firstOf;
}

/**
 * textHash of text.toLowerCase(): ASCII letters folded in place, any other text lower-cased by the
 * language's own rule first (the Kelvin sign lower-cases to "k").
 */
function lowerCaseHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) return textHash(text.toLowerCase());
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}

const EMPTY_NAME = {
  code: 'missing-id',
  message: 'The account name is empty; the account is shown as "Row" and its row number.',
} as const;

function duplicate(text: string, firstRow: number) {
  return {
    code: 'duplicate-id',
    message: `"${text}" also appears on row ${firstRow}; the rows are scored as separate accounts.`,
  } as const;
}
