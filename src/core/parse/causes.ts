// One diagnostic per cause in a column: the same unreadable text or unknown label in 452 cells is one
// report with its count and first cells, not 452 (DESIGN 3.1, "once per cause").
import type { Diagnostic, DiagnosticCode } from '../diagnostics';
import { headerKey } from '../table/headers';

/** Causes listed per column; past this, one line counts the rest. */
export const MAX_CAUSES_PER_COLUMN = 200;
/** Cells named in a cause's message and its `cells`. */
export const CELLS_SHOWN = 5;

interface Cause {
  readonly code: DiagnosticCode;
  readonly severity: 'warning' | 'info';
  readonly message: string;
  readonly firstRow: number;
  readonly cells: string[];
  count: number;
}

/**
 * The key that makes two cells one cause: the same code and the same text (case and spaces
 * aside), except for values read with a warning ("1,234" taken as thousands), which are one
 * cause per column whatever the number.
 */
function causeKey(code: DiagnosticCode, text: string): string {
  return code === 'ambiguous-number' ? code : `${code}\u0000${headerKey(text)}`;
}

/** The first few of `count` items: "C4, C9 and 3 more". */
export function cellList(cells: readonly string[], count: number): string {
  const more = count - cells.length;
  return more > 0 ? `${cells.join(', ')} and ${more} more` : cells.join(', ');
}

/** Collects a column's problems by cause, in the order each cause first appears. */
export class ColumnCauses {
  private readonly causes = new Map<string, Cause>();
  private hiddenProblems = 0;
  private hiddenWarnings = 0;
  private firstHidden: { cell: string; row: number; code: DiagnosticCode } | null = null;

  constructor(private readonly column: string) {}

  add(
    problem: { readonly code: DiagnosticCode; readonly message: string },
    severity: 'warning' | 'info',
    text: string,
    cell: string,
    row: number,
  ): void {
    const key = causeKey(problem.code, text);
    const cause = this.causes.get(key);
    if (cause !== undefined) {
      cause.count++;
      if (cause.cells.length < CELLS_SHOWN) cause.cells.push(cell);
      return;
    }
    if (this.causes.size < MAX_CAUSES_PER_COLUMN) {
      this.causes.set(key, { ...problem, severity, firstRow: row, cells: [cell], count: 1 });
      return;
    }
    if (severity === 'warning') this.hiddenProblems++;
    else this.hiddenWarnings++;
    this.firstHidden ??= { cell, row, code: problem.code };
  }

  diagnostics(): Diagnostic[] {
    const list: Diagnostic[] = [];
    for (const cause of this.causes.values()) {
      list.push({
        cell: cause.cells[0],
        row: cause.firstRow,
        column: this.column,
        code: cause.code,
        severity: cause.severity,
        message:
          cause.count === 1
            ? cause.message
            : `${cause.message} (${cause.count} cells: ${cellList(cause.cells, cause.count)})`,
        ...(cause.count > 1 ? { count: cause.count, cells: [...cause.cells] } : {}),
      });
    }
    const hidden = this.firstHidden;
    if (hidden !== null) {
      const parts: string[] = [];
      if (this.hiddenProblems > 0)
        parts.push(plural(this.hiddenProblems, 'more unreadable cell', 'more unreadable cells'));
      if (this.hiddenWarnings > 0)
        parts.push(
          plural(
            this.hiddenWarnings,
            'more cell read with a warning',
            'more cells read with a warning',
          ),
        );
      list.push({
        cell: hidden.cell,
        row: hidden.row,
        column: this.column,
        code: hidden.code,
        severity: this.hiddenProblems > 0 ? 'warning' : 'info',
        message: `... and ${parts.join(' and ')} in column "${this.column}", from ${hidden.cell} on (only the first ${MAX_CAUSES_PER_COLUMN} different problems are listed).`,
        count: this.hiddenProblems + this.hiddenWarnings,
      });
    }
    return list;
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
