// Executes a WritePlan on a workbook: everything is checked first, then written, so a refusal changes nothing.
import type { Workbook, Worksheet } from 'exceljs';
import { fail, sameName, cellAddress, type WritePlan, type Outcome } from '../../core';
import { ownedOnRow, type OwnedColumn } from '../markers';
import {
  planProblem,
  planTableFit,
  summaryAddressProblem,
  summaryConflict,
  type TableFit,
} from '../plan-checks';
import type { ProgressCallback } from '../port';
import { isEmptyCell } from './cells';
import { applyTableFit, clearCells, clearOwnedColumn, writeResultColumn } from './columns';
import { addRules, removeRulesOn } from './formats';
import { markColumn, markedSummarySheet, resultAreas, unmarkColumn } from './markers';
import { writeSummary } from './summary';
import { findTable, type TableInfo } from './tables';

/** A plan that does not add up is a bug in the caller, not a user problem: it throws. */
function assertWellFormed(plan: WritePlan): void {
  // Summary addresses too: a bad one must stop the run before the first write, not after the columns.
  const problem = planProblem(plan) ?? summaryAddressProblem(plan.summary);
  if (problem !== null) throw new Error(`Write plan: ${problem}`);
}

/** The first cell of a new result column that already holds something of the user's (or a merge), or null. */
function firstOccupied(
  sheet: Worksheet,
  columns: ReadonlySet<number>,
  fromRow: number,
  toRow: number,
): string | null {
  if (columns.size === 0) return null;
  for (let r = fromRow; r <= toRow; r++) {
    let hit: string | null = null;
    sheet.findRow(r)?.eachCell((cell, column) => {
      if (hit === null && columns.has(column) && !isEmptyCell(cell)) hit = cellAddress(r, column);
    });
    if (hit !== null) return hit;
  }
  return null;
}

interface Checked {
  readonly sheet: Worksheet;
  /** Our columns from an earlier run on this header row. */
  readonly owned: ReadonlyMap<number, OwnedColumn>;
  /** Columns of ours to empty: the plan's stale columns and any marked column the plan no longer uses. */
  readonly cleared: ReadonlySet<number>;
  readonly fit: TableFit<TableInfo> | null;
}

function check(workbook: Workbook, plan: WritePlan): Outcome<Checked> {
  const sheet = workbook.worksheets.find(
    (ws) => ws.name.toLowerCase() === plan.sheet.toLowerCase(),
  );
  if (sheet === undefined)
    return fail('no-sheet', `The sheet "${plan.sheet}" is no longer in the workbook.`);
  const owned = ownedOnRow(resultAreas(workbook), sheet.name, plan.headerRow);
  const written = new Set(plan.columns.map((c) => c.column));
  const fresh = new Set([...written].filter((c) => !owned.has(c)));
  const lastRow = plan.firstDataRow + plan.rowCount - 1;
  const table = plan.tableName !== undefined ? findTable(sheet, plan.tableName) : undefined;
  if (plan.tableName !== undefined && table === undefined)
    return fail(
      'no-table',
      `The Excel table "${plan.tableName}" is no longer on the sheet "${sheet.name}".`,
    );
  // Our new columns may cross the table's totals row, which must be free too.
  const occupied = firstOccupied(
    sheet,
    fresh,
    plan.headerRow,
    Math.max(lastRow, table?.bottom ?? 0),
  );
  if (occupied !== null) {
    return fail(
      'unsafe-plan',
      `Cell ${occupied} on "${sheet.name}" holds your data, and the results would overwrite it. Nothing was changed; read the table again and retry.`,
    );
  }
  const summary = workbook.worksheets.find((ws) => sameName(ws.name, plan.summary.name));
  const conflict = summaryConflict(summary?.name ?? null, markedSummarySheet(workbook), 'tool');
  if (conflict !== null) return fail('summary-sheet-exists', conflict);
  const cleared = new Set(
    [...plan.staleColumns, ...owned.keys()].filter((c) => owned.has(c) && !written.has(c)),
  );
  let fit: TableFit<TableInfo> | null = null;
  if (table !== undefined) {
    fit = planTableFit(table, table, written, cleared);
    // Excel requires unique column names in a table; a clash would make Excel "repair" the file.
    const taken = new Map<string, number>();
    for (let c = table.left; c <= fit.right; c++) {
      if (written.has(c)) continue;
      const name = table.model.columns[c - table.left]?.name;
      if (name !== undefined) taken.set(name.toLowerCase(), c);
    }
    const right = fit.right;
    const clash = plan.columns.find((c) => c.column <= right && taken.has(c.header.toLowerCase()));
    if (clash !== undefined) {
      return fail(
        'unsafe-plan',
        `The table "${table.name}" already has a column called "${clash.header}". Nothing was changed.`,
      );
    }
  }
  return { kind: 'ok', value: { sheet, owned, cleared, fit } };
}

/** Applies a plan; returns notes (things the file format could not do) for the caller to show. */
export function applyPlan(
  workbook: Workbook,
  plan: WritePlan,
  onProgress?: ProgressCallback,
): Outcome<string[]> {
  assertWellFormed(plan);
  const checked = check(workbook, plan);
  if (checked.kind === 'error') return checked;
  const { sheet, owned, cleared, fit } = checked.value;
  const notes: string[] = [];
  const lastRow = plan.firstDataRow + plan.rowCount - 1;

  removeRulesOn(sheet, new Set(owned.keys()));
  const stuck = new Set(fit?.stuck ?? []);
  for (const column of cleared) {
    const mark = owned.get(column);
    if (mark === undefined) continue;
    if (stuck.has(column))
      clearCells(sheet, column, plan.firstDataRow, Math.max(mark.lastRow, lastRow));
    else clearOwnedColumn(sheet, column, plan.headerRow, Math.max(mark.lastRow, lastRow));
    unmarkColumn(workbook, sheet.name, mark);
  }

  const total = plan.rowCount * plan.columns.length;
  const step = Math.max(1, Math.floor(total / 20));
  let done = 0;
  const tick = (): void => {
    done++;
    if (onProgress !== undefined && done % step === 0) onProgress(done / total, 'Writing results');
  };
  onProgress?.(0, 'Writing results');
  for (const column of plan.columns) {
    const mark = owned.get(column.column);
    // A shorter table than last time: our old values below the new last row go.
    if (mark !== undefined && mark.lastRow > lastRow)
      clearCells(sheet, column.column, lastRow + 1, mark.lastRow);
    if (mark !== undefined) unmarkColumn(workbook, sheet.name, mark);
    writeResultColumn(sheet, column, plan.headerRow, plan.firstDataRow, tick);
    markColumn(workbook, sheet.name, column.column, plan.headerRow, lastRow);
  }
  if (fit !== null)
    notes.push(...applyTableFit(fit, new Map(plan.columns.map((c) => [c.column, c.header]))));

  onProgress?.(1, 'Formatting');
  notes.push(...addRules(sheet, plan.conditionalFormats, plan.firstDataRow, lastRow));
  notes.push(...writeSummary(workbook, plan.summary));
  onProgress?.(1, 'Done');
  return { kind: 'ok', value: notes };
}
