// Account names from the id column, with missing and duplicate names reported by cell.
import { type Diagnostic } from '../diagnostics';
import { cellAddress } from '../table/a1';
import { type RawCell, type RawTable, sheetRowOf } from '../table/types';
import { ColumnCauses } from './causes';

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
  const ids: string[] = new Array<string>(table.rows.length);
  const header = index >= 0 ? table.headers[index] : '';
  const causes = new ColumnCauses(header);
  const firstRowOf = new Map<string, number>();
  for (let i = 0; i < table.rows.length; i++) {
    const row = sheetRowOf(table, i);
    const text = index >= 0 ? idText(table.rows[i][index]) : '';
    if (text === '') {
      ids[i] = rowName(row);
      if (index >= 0) {
        const cell = cellAddress(row, table.firstColumn + index);
        causes.add(EMPTY_NAME, 'warning', '', cell, row);
      }
      continue;
    }
    ids[i] = text;
    const key = text.toLowerCase();
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, row);
    else {
      const cell = cellAddress(row, table.firstColumn + index);
      causes.add(duplicate(text, first), 'warning', text, cell, row);
    }
  }
  return { ids, diagnostics: causes.diagnostics() };
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
