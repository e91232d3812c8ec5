// The data-quality summary: unreadable cells counted per column, and each reported problem with its cell.
import { isBlank, type RunResult, type Diagnostic, type DiagnosticCode } from '../../core';

export interface ColumnQuality {
  readonly column: string;
  /** Non-empty cells that gave no value (text that is no number, unknown labels, #N/A ...). */
  readonly unreadable: number;
  /** Problems addressed to a cell, in sheet order as the core reported them. */
  readonly problems: readonly Diagnostic[];
  /** Summary lines of the core ("... and 312 more"), not about one cell. */
  readonly notes: readonly string[];
}

/** Diagnostics about an account as a whole (no score, too little data), not about a column's cells. */
const ABOUT_ACCOUNTS: ReadonlySet<DiagnosticCode> = new Set(['no-score', 'low-coverage']);

function countUnreadable(result: RunResult, columnIndex: number, values: Float64Array): number {
  let count = 0;
  const rows = result.table.rows;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === values[i]) continue;
    if (!isBlank(rows[i][columnIndex] ?? null)) count++;
  }
  return count;
}

/**
 * One entry per column with something to report, in table order. Counts come from the parsed
 * values, so they stay exact when the core lists only the first problems of a column.
 */
export function dataQuality(result: RunResult): ColumnQuality[] {
  const counts = new Map<number, number>();
  result.criteria.forEach((c, k) =>
    counts.set(c.index, countUnreadable(result, c.index, result.input.criteria[k].values)),
  );
  if (!counts.has(result.revenueColumn.index))
    counts.set(
      result.revenueColumn.index,
      countUnreadable(result, result.revenueColumn.index, result.revenue),
    );

  const byColumn = new Map<string, { problems: Diagnostic[]; notes: string[] }>();
  for (const d of result.diagnostics) {
    if (d.column === '' || ABOUT_ACCOUNTS.has(d.code)) continue;
    const entry = byColumn.get(d.column) ?? { problems: [], notes: [] };
    if (d.cell === '') entry.notes.push(d.message);
    else entry.problems.push(d);
    byColumn.set(d.column, entry);
  }

  const list: ColumnQuality[] = [];
  result.table.headers.forEach((header, index) => {
    const unreadable = counts.get(index) ?? 0;
    const entry = byColumn.get(header);
    if (unreadable === 0 && entry === undefined) return;
    list.push({
      column: header,
      unreadable,
      problems: entry?.problems ?? [],
      notes: entry?.notes ?? [],
    });
  });
  return list;
}
