// The checks before a plan is written: the sheet, table and summary still fit it, and no planned cell holds user data.
import {
  fail,
  cellAddress,
  parseAddress,
  parseUnion,
  sameName,
  type WritePlan,
  type Outcome,
  type RawCell,
} from '../../core';
import { ownedOnRow, RESULTS_NAME, SUMMARY_NAME, type OwnedColumn } from '../markers';
import { summaryConflict } from '../plan-checks';
import { charactersToPoints, type ExcelTable } from './columns';
import { requestRuleRanges, type LoadedRule } from './formats';
import { toRawCell } from './cells';
import { loadedName, markedSummarySheet, requestName, type LoadedName } from './markers';

/** What the checks found: enough to write without reading anything more. */
export interface Inspection {
  readonly sheet: string;
  readonly owned: ReadonlyMap<number, OwnedColumn>;
  readonly sheetMark: LoadedName;
  readonly workbookMark: LoadedName;
  readonly summaryMark: LoadedName;
  /** Our summary sheet (marked as ours) as it is now, or null; a re-run keeps and rewrites it. */
  readonly oldSummary: string | null;
  /** The charts on that sheet, their names loaded (ours is redrawn). */
  readonly summaryCharts: readonly Excel.Chart[];
  readonly table: ExcelTable | null;
  readonly headerCells: readonly RawCell[];
  readonly rules: readonly LoadedRule[];
  readonly standardWidth: number;
}

/** Where the plan writes, as batch 1 found it: the sheet, the table, and our summary sheet if it exists. */
interface Targets {
  readonly sheet: string;
  readonly tableName: string | undefined;
  /** Our summary sheet (marked as ours), or null. */
  readonly ownSummary: string | null;
}

/** The plan's sheet and table still exist, and the summary's name is not a sheet of the user's. */
function checkTargets(
  wb: Excel.Workbook,
  plan: WritePlan,
  summaryMark: LoadedName,
): Outcome<Targets> {
  const sheetNames = wb.worksheets.items.map((s) => s.name);
  const sheet = sheetNames.find((n) => sameName(n, plan.sheet));
  if (sheet === undefined)
    return fail(
      'no-sheet',
      `The sheet "${plan.sheet}" is no longer in the workbook. Nothing was changed.`,
    );
  const tableName =
    plan.tableName !== undefined
      ? wb.tables.items.map((t) => t.name).find((n) => sameName(n, plan.tableName ?? ''))
      : undefined;
  if (plan.tableName !== undefined && tableName === undefined)
    return fail(
      'no-table',
      `The Excel table "${plan.tableName}" is no longer in the workbook. Nothing was changed.`,
    );
  const marked = markedSummarySheet(summaryMark);
  const oldSummary = sheetNames.find((n) => sameName(n, plan.summary.name)) ?? null;
  const conflict = summaryConflict(oldSummary, marked, 'add-in');
  if (conflict !== null) return fail('summary-sheet-exists', conflict);
  return {
    kind: 'ok',
    value: {
      sheet,
      tableName,
      ownSummary: oldSummary !== null && marked !== null ? oldSummary : null,
    },
  };
}

/** Queues, for each planned column, the used part of the cells it would write (header row to the last row). */
function requestOccupancy(
  ws: Excel.Worksheet,
  plan: WritePlan,
  hasTable: boolean,
): { column: number; used: Excel.Range }[] {
  const lastRow = plan.firstDataRow + plan.rowCount - 1;
  // A table's totals row sits right below its data: our new table columns cross it, so it must be free too.
  const checkedBottom = Math.max(lastRow, plan.headerRow) + (hasTable ? 1 : 0);
  return plan.columns.map((column) => {
    const used = ws
      .getRangeByIndexes(
        plan.headerRow - 1,
        column.column - 1,
        checkedBottom - plan.headerRow + 1,
        1,
      )
      .getUsedRangeOrNullObject(true);
    used.load('address');
    return { column: column.column, used };
  });
}

/** A refusal when a planned column that is not ours holds anything of the user's. */
function occupied(
  occupancy: readonly { column: number; used: Excel.Range }[],
  owned: ReadonlyMap<number, OwnedColumn>,
  sheet: string,
): Outcome<never> | null {
  for (const { column, used } of occupancy) {
    if (owned.has(column) || used.isNullObject) continue;
    const box = parseAddress(used.address)?.box;
    const where = box !== undefined ? cellAddress(box.top, box.left) : `column ${column}`;
    return fail(
      'unsafe-plan',
      `Cell ${where} on "${sheet}" holds your data, and the results would overwrite it. Nothing was changed; read the table again and retry.`,
    );
  }
  return null;
}

/** Reads what the checks need in three batches (the third only when the sheet has rules). */
export async function inspect(
  context: Excel.RequestContext,
  plan: WritePlan,
): Promise<Outcome<Inspection>> {
  const wb = context.workbook;
  wb.worksheets.load('items/name');
  if (plan.tableName !== undefined) wb.tables.load('items/name');
  const workbookMarkItem = requestName(wb.names, RESULTS_NAME);
  const summaryMarkItem = requestName(wb.names, SUMMARY_NAME);
  await context.sync();
  const summaryMark = loadedName(summaryMarkItem);
  const targets = checkTargets(wb, plan, summaryMark);
  if (targets.kind === 'error') return targets;
  const { sheet, tableName, ownSummary } = targets.value;

  const ws = wb.worksheets.getItem(sheet);
  ws.load('standardWidth');
  const sheetMarkItem = requestName(ws.names, RESULTS_NAME);
  const tableRange = tableName !== undefined ? wb.tables.getItem(tableName).getRange() : null;
  tableRange?.load('address');
  const occupancy = requestOccupancy(ws, plan, tableName !== undefined);
  const maxColumn = Math.max(1, ...plan.columns.map((c) => c.column));
  const headerRange = ws.getRangeByIndexes(plan.headerRow - 1, 0, 1, maxColumn);
  headerRange.load('values');
  const rules = ws.getRange().conditionalFormats;
  rules.load('items/id');
  const summaryCharts = ownSummary !== null ? wb.worksheets.getItem(ownSummary).charts : null;
  summaryCharts?.load('items/name');
  await context.sync();

  const workbookMark = loadedName(workbookMarkItem);
  const sheetMark = loadedName(sheetMarkItem);
  const owned = ownedOnRow(
    [workbookMark.formula, sheetMark.formula].flatMap(parseUnion),
    sheet,
    plan.headerRow,
  );
  const refusal = occupied(occupancy, owned, sheet);
  if (refusal !== null) return refusal;
  const loadedRules = rules.items.length > 0 ? requestRuleRanges(rules) : [];
  if (loadedRules.length > 0) await context.sync();
  const tableBox = tableRange !== null ? (parseAddress(tableRange.address)?.box ?? null) : null;
  const headerValues: readonly (readonly unknown[])[] = headerRange.values;
  return {
    kind: 'ok',
    value: {
      sheet,
      owned,
      sheetMark,
      workbookMark,
      summaryMark,
      oldSummary: ownSummary,
      summaryCharts: summaryCharts?.items ?? [],
      table:
        tableName !== undefined && tableBox !== null ? { name: tableName, box: tableBox } : null,
      headerCells: (headerValues[0] ?? []).map(toRawCell),
      rules: loadedRules,
      standardWidth: charactersToPoints(ws.standardWidth),
    },
  };
}
