// "Clear results": removes exactly what apply wrote (our marked columns, their rules, table columns, the summary sheet, the marks).
import {
  fail,
  parseAddress,
  parseUnion,
  sameName,
  type Box,
  SUMMARY_SHEET_NAME,
  type Outcome,
} from '../../core';
import { ownedColumns, RESULTS_NAME, SUMMARY_NAME, withoutSheet } from '../markers';
import { planTableFit, tableFitNotes } from '../plan-checks';
import type { TableRequest, WriteNotes } from '../port';
import { packOps, SMALL_OP_BYTES, type QueuedOp } from './chunks';
import { charactersToPoints, clearCellOps, clearHeaderOp, resizeOp } from './columns';
import { deleteRulesOp, requestRuleRanges, rulesInColumns, type LoadedRule } from './formats';
import { loadedName, markedSummarySheet, queueName, requestName, type LoadedName } from './markers';
import type { ExcelFeatures } from './office-api';

interface SheetState {
  readonly sheet: Excel.Worksheet;
  readonly mark: Excel.NamedItem;
  readonly rules: Excel.ConditionalFormatCollection;
}

interface ClearOptions {
  readonly features: ExcelFeatures;
  readonly budget: number;
}

/** The sheets to clear: the named table's, the named sheet, or every sheet when the request names none. */
function clearTargets(wb: Excel.Workbook, request: TableRequest): Outcome<Excel.Worksheet[]> {
  const sheetNames = wb.worksheets.items.map((s) => s.name);
  if (request.table !== undefined) {
    const name = wb.tables.items.map((t) => t.name).find((n) => sameName(n, request.table ?? ''));
    if (name === undefined)
      return fail('no-table', `There is no Excel table called "${request.table}".`);
    return { kind: 'ok', value: [wb.tables.getItem(name).worksheet] };
  }
  if (request.sheet !== undefined) {
    const name = sheetNames.find((n) => sameName(n, request.sheet ?? ''));
    if (name === undefined) return fail('no-sheet', `There is no sheet called "${request.sheet}".`);
    return { kind: 'ok', value: [wb.worksheets.getItem(name)] };
  }
  return { kind: 'ok', value: sheetNames.map((n) => wb.worksheets.getItem(n)) };
}

/** One rewrite of the workbook-scoped mark (the file host's), without every cleared sheet. */
function workbookMarkOp(workbookMark: LoadedName, states: readonly SheetState[]): QueuedOp[] {
  if (!workbookMark.exists) return [];
  let remaining: string | null = workbookMark.formula;
  for (const state of states)
    remaining = remaining === null ? null : withoutSheet(remaining, state.sheet.name);
  const formula = remaining;
  return [
    {
      bytes: SMALL_OP_BYTES,
      label: 'Clearing old results',
      queue: (ctx) => queueName(ctx.workbook.names, RESULTS_NAME, workbookMark, formula),
    },
  ];
}

/** Clears our results on the requested sheet (the table's sheet, or every sheet when none is named) and our summary sheet. */
export async function clearResults(
  context: Excel.RequestContext,
  request: TableRequest,
  options: ClearOptions,
): Promise<Outcome<WriteNotes>> {
  const wb = context.workbook;
  wb.worksheets.load('items/name');
  wb.tables.load('items/name');
  const workbookMarkItem = requestName(wb.names, RESULTS_NAME);
  const summaryMarkItem = requestName(wb.names, SUMMARY_NAME);
  await context.sync();
  const targets = clearTargets(wb, request);
  if (targets.kind === 'error') return targets;

  const states: SheetState[] = targets.value.map((sheet) => {
    sheet.load('name, standardWidth');
    const rules = sheet.getRange().conditionalFormats;
    rules.load('items/id');
    return { sheet, mark: requestName(sheet.names, RESULTS_NAME), rules };
  });
  const tableRanges = wb.tables.items.map(({ name }) => {
    const range = wb.tables.getItem(name).getRange();
    range.load('address');
    return { name, range };
  });
  await context.sync();

  const rulesBySheet = states.map((s) =>
    s.rules.items.length > 0 ? requestRuleRanges(s.rules) : [],
  );
  if (rulesBySheet.some((r) => r.length > 0)) await context.sync();
  const tables = tableRanges.flatMap(({ name, range }) => {
    const address = parseAddress(range.address);
    return address !== null && address.sheet !== null
      ? [{ name, sheet: address.sheet, box: address.box }]
      : [];
  });
  const workbookMark = loadedName(workbookMarkItem);
  const ops: QueuedOp[] = [];
  const notes: string[] = [];
  states.forEach((state, k) => {
    const sheetOps = clearSheetOps(
      state,
      loadedName(state.mark),
      workbookMark,
      rulesBySheet[k],
      tables,
      options,
    );
    ops.push(...sheetOps.ops);
    notes.push(...sheetOps.notes);
  });
  ops.push(...workbookMarkOp(workbookMark, states));
  ops.push(
    ...removeSummaryOps(
      loadedName(summaryMarkItem),
      wb.worksheets.items.map((s) => s.name),
    ),
  );
  for (const batch of packOps(ops, options.budget)) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const op of batch) op.queue(context);
    await context.sync();
  }
  return { kind: 'ok', value: { notes } };
}

function clearSheetOps(
  state: SheetState,
  sheetMark: LoadedName,
  workbookMark: LoadedName,
  rules: readonly LoadedRule[],
  tables: readonly { name: string; sheet: string; box: Box }[],
  options: ClearOptions,
): { ops: QueuedOp[]; notes: string[] } {
  const sheet = state.sheet.name;
  const owned = ownedColumns([workbookMark.formula, sheetMark.formula].flatMap(parseUnion), sheet);
  if (owned.size === 0) return { ops: [], notes: [] };
  const ops: QueuedOp[] = [...deleteRulesOp(rulesInColumns(rules, new Set(owned.keys())))];
  const notes: string[] = [];
  const stuck = new Set<number>();
  for (const table of tables.filter((t) => sameName(t.sheet, sheet))) {
    // Only our columns on this table's header row can be part of it.
    const mine = new Set(
      [...owned.values()].filter((m) => m.headerRow === table.box.top).map((m) => m.column),
    );
    if (mine.size === 0) continue;
    const fit = planTableFit(table, table.box, new Set(), mine);
    if (!options.features.tableResize) {
      // Without Table.resize the columns stay in the table, emptied, with their headers.
      [...mine].filter((c) => c <= table.box.right).forEach((c) => stuck.add(c));
      continue;
    }
    fit.stuck.forEach((c) => stuck.add(c));
    notes.push(...tableFitNotes(fit));
    if (fit.right !== table.box.right) ops.push(resizeOp(sheet, fit));
  }
  const standardWidth = charactersToPoints(state.sheet.standardWidth);
  for (const mark of owned.values()) {
    ops.push(...clearCellOps(sheet, mark.column, mark.headerRow + 1, mark.lastRow, options.budget));
    if (!stuck.has(mark.column))
      ops.push(clearHeaderOp(sheet, mark.headerRow, mark.column, standardWidth));
  }
  ops.push({
    bytes: SMALL_OP_BYTES,
    label: 'Clearing old results',
    queue: () => queueName(state.sheet.names, RESULTS_NAME, sheetMark, null),
  });
  return { ops, notes };
}

/**
 * Deletes our summary sheet and its mark. Only a marked sheet that still has our name goes: a
 * summary the user renamed (to keep last month's figures, say) is theirs now and only loses the mark.
 * A re-run never deletes the sheet (formulas of the user that point at it would turn into #REF!
 * for good); here it may, because the user asked to remove our results, and what they built on
 * them cannot keep working once they are gone, whether the sheet is deleted or emptied.
 */
function removeSummaryOps(summaryMark: LoadedName, sheetNames: readonly string[]): QueuedOp[] {
  if (!summaryMark.exists) return [];
  const marked = markedSummarySheet(summaryMark);
  const sheet =
    marked !== null && sameName(marked, SUMMARY_SHEET_NAME)
      ? sheetNames.find((n) => sameName(n, marked))
      : undefined;
  return [
    {
      bytes: SMALL_OP_BYTES,
      label: 'Clearing old results',
      queue: (context) => {
        if (sheet !== undefined) context.workbook.worksheets.getItem(sheet).delete();
        queueName(context.workbook.names, SUMMARY_NAME, summaryMark, null);
      },
    },
  ];
}
