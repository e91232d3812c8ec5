// The host-independent rules both spreadsheet hosts apply to a WritePlan: its well-formedness, the summary-name conflict, table fit, tier-rule literals.
import {
  columnLetters,
  parseBox,
  sameName,
  type ConditionalFormatPlan,
  type SummarySheetPlan,
  type WritePlan,
} from '../core';

/**
 * Why a plan does not add up, or null. A bad plan is a bug in the caller, not a user problem; each
 * host decides how to report it.
 */
export function planProblem(plan: WritePlan): string | null {
  const seen = new Set<number>();
  for (const column of plan.columns) {
    if (column.values.length !== plan.rowCount)
      return `column "${column.header}" has ${column.values.length} values for ${plan.rowCount} rows`;
    if (!Number.isInteger(column.column) || column.column < 1)
      return `column "${column.header}" has no valid sheet column`;
    if (seen.has(column.column)) return `column ${column.column} is written twice`;
    seen.add(column.column);
  }
  if (plan.firstDataRow !== plan.headerRow + 1)
    return 'the data must start right below the header row';
  return null;
}

/** A summary cell whose address is not A1, or null: the Excel host must place every cell before it writes. */
export function summaryAddressProblem(summary: SummarySheetPlan): string | null {
  const badCell = summary.cells.find((c) => parseBox(c.address) === null);
  return badCell !== undefined
    ? `summary cell ${JSON.stringify(badCell.address)} is not an A1 address`
    : null;
}

/**
 * Null when the summary can be (re)written; a message when a user's own sheet has that name.
 * `existing` is the sheet of the summary's name as the workbook spells it, `marked` the sheet our
 * marker names; `creator` is how the host calls itself to the user.
 */
export function summaryConflict(
  existing: string | null,
  marked: string | null,
  creator: 'add-in' | 'add-on' | 'tool',
): string | null {
  if (existing === null) return null;
  if (marked !== null && sameName(marked, existing)) return null;
  return `The workbook already has a sheet called "${existing}" that this ${creator} did not create. Rename that sheet, then run again: it will not be overwritten.`;
}

/** The columns a table spans. */
export interface ColumnSpan {
  readonly left: number;
  readonly right: number;
}

/** How a table changes around our columns; `table` is the host's own handle on it. */
export interface TableFit<T extends { readonly name: string }> {
  readonly table: T;
  /** The table's new last column. */
  readonly right: number;
  /** Cleared columns of ours stuck inside the table (a user column sits right of them): their header stays. */
  readonly stuck: readonly number[];
  /** Written columns that cannot join the table because a user column is in between. */
  readonly outside: readonly number[];
}

/**
 * Plans how a table fits our columns: trailing columns of ours that are cleared leave it, result
 * columns right next to it join it. Decided before any cell changes.
 */
export function planTableFit<T extends { readonly name: string }>(
  table: T,
  span: ColumnSpan,
  written: ReadonlySet<number>,
  cleared: ReadonlySet<number>,
): TableFit<T> {
  let right = span.right;
  while (right > span.left && (cleared.has(right) || written.has(right))) right--;
  while (written.has(right + 1)) right++;
  const stuck = [...cleared]
    .filter((c) => c >= span.left && c <= right && !written.has(c))
    .sort((a, b) => a - b);
  const outside = [...written].filter((c) => c > right).sort((a, b) => a - b);
  return { table, right, stuck, outside };
}

/** What the user should know about a fit: columns left in the table, results left beside it. */
export function tableFitNotes(fit: TableFit<{ readonly name: string }>): string[] {
  const { name } = fit.table;
  const notes = fit.stuck.map(
    (c) =>
      `Column ${columnLetters(c)} of the table "${name}" held old results; a column of yours now sits right of it, so it stays in the table, emptied, with its old header. Delete it if you do not need it.`,
  );
  if (fit.outside.length > 0) {
    notes.push(
      `Results in column(s) ${fit.outside.map(columnLetters).join(', ')} sit beside the table "${name}" rather than inside it, because a column of yours is in between.`,
    );
  }
  return notes;
}

/** Excel refuses string literals longer than this inside a formula. */
export const MAX_FORMULA_STRING = 255;

/** A formula string literal: quotes doubled, so a tier name can never break out of the formula. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Why Excel cannot hold a rule of the plan (a tier name too long for a formula), or null. */
function ruleRefusal(plan: ConditionalFormatPlan): string | null {
  if (plan.kind !== 'text-equals' || plan.text.length <= MAX_FORMULA_STRING) return null;
  return `No colour rule for the tier "${plan.text.slice(0, 40)}…": its name is longer than Excel allows in a rule.`;
}

/** The plan's rules a workbook can hold, and a note for each it cannot. */
export function writableRules(plans: readonly ConditionalFormatPlan[]): {
  readonly rules: ConditionalFormatPlan[];
  readonly notes: string[];
} {
  const rules: ConditionalFormatPlan[] = [];
  const notes: string[] = [];
  for (const plan of plans) {
    const refusal = ruleRefusal(plan);
    if (refusal === null) rules.push(plan);
    else notes.push(refusal);
  }
  return { rules, notes };
}
