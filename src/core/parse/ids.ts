// Account names from the id column, with missing and duplicate names reported by cell.
import { type Diagnostic } from '../diagnostics';
import { cellAddress } from '../table/a1';
import { type RawCell, type RawTable } from '../table/types';

const CAP = 50;

/** Text shown for an account: numbers as written, booleans as TRUE/FALSE, text trimmed. */
export function idText(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

/** Reads the id column (index -1: none, accounts are named by row). Empty names become "Row N". */
export function readIds(
  table: RawTable,
  index: number,
): { ids: string[]; diagnostics: Diagnostic[] } {
  const ids: string[] = new Array<string>(table.rows.length);
  const diagnostics: Diagnostic[] = [];
  const firstRowOf = new Map<string, number>();
  const header = index >= 0 ? table.headers[index] : '';
  let missing = 0;
  let duplicates = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.headerRow + 1 + i;
    const text = index >= 0 ? idText(table.rows[i][index]) : '';
    if (text === '') {
      ids[i] = `Row ${row}`;
      if (index >= 0 && ++missing <= CAP) {
        diagnostics.push({
          cell: cellAddress(row, table.firstColumn + index),
          row,
          column: header,
          code: 'missing-id',
          severity: 'warning',
          message: `The account name is empty; the account is shown as "Row ${row}".`,
        });
      }
      continue;
    }
    ids[i] = text;
    const key = text.toLowerCase();
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, row);
    else if (++duplicates <= CAP) {
      diagnostics.push({
        cell: cellAddress(row, table.firstColumn + index),
        row,
        column: header,
        code: 'duplicate-id',
        severity: 'warning',
        message: `"${text}" also appears on row ${first}; both rows are scored as separate accounts.`,
      });
    }
  }
  if (missing > CAP)
    diagnostics.push({
      cell: '',
      row: 0,
      column: header,
      code: 'missing-id',
      severity: 'info',
      message: `… and ${missing - CAP} more rows without an account name.`,
    });
  if (duplicates > CAP)
    diagnostics.push({
      cell: '',
      row: 0,
      column: header,
      code: 'duplicate-id',
      severity: 'info',
      message: `… and ${duplicates - CAP} more repeated account names.`,
    });
  return { ids, diagnostics };
}
