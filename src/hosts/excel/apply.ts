// Executes a WritePlan in Excel: checks everything first (nothing is written on a refusal), then marks what it will write, then writes in budgeted batches.
import { fail, parseUnion, type WritePlan, type Outcome, type RawCell } from '../../core';
import { marksFormula, ownedColumns, RESULTS_NAME, widest, withoutSheet } from '../markers';
import {
  planProblem,
  planTableFit,
  summaryAddressProblem,
  tableFitNotes,
  type TableFit,
} from '../plan-checks';
import type { ProgressCallback, WriteNotes } from '../port';
import { jsonStringBytes, packOps, SMALL_OP_BYTES, type QueuedOp } from './chunks';
import {
  clearCellOps,
  clearHeaderOp,
  columnRuns,
  columnWidths,
  headerOps,
  resizeOp,
  valueOps,
  widthOps,
  type ExcelTable,
} from './columns';
import { deleteRulesOp, ruleOps, rulesInColumns } from './formats';
import { inspect, type Inspection } from './inspect';
import { queueName } from './markers';
import { failureDetail, type ExcelFeatures } from './office-api';
import { summaryOps } from './summary';

/** The nearest filled header cell left of our first column that is not ours: the look our headers copy. */
function headerTemplate(
  cells: readonly RawCell[],
  before: number,
  ours: ReadonlySet<number>,
): number | null {
  for (let c = before - 1; c >= 1; c--)
    if (!ours.has(c) && cells[c - 1] !== null && cells[c - 1] !== undefined) return c;
  return null;
}

export interface ApplyOptions {
  readonly features: ExcelFeatures;
  readonly budget: number;
}

/** Every write of a plan, in order, as operations to pack into batches. */
function writeOps(
  plan: WritePlan,
  found: Inspection,
  options: ApplyOptions,
): { ops: QueuedOp[]; notes: string[] } {
  const { features, budget } = options;
  const { sheet, owned, table } = found;
  const lastRow = plan.firstDataRow + plan.rowCount - 1;
  const written = new Set(plan.columns.map((c) => c.column));
  const cleared = new Set(
    [...plan.staleColumns, ...owned.keys()].filter((c) => owned.has(c) && !written.has(c)),
  );
  const notes: string[] = [];
  let fit: TableFit<ExcelTable> | null = null;
  if (table !== null) {
    if (features.tableResize) fit = planTableFit(table, table.box, written, cleared);
    else
      notes.push(
        `This version of Excel cannot resize tables, so the results sit beside the table "${table.name}" rather than inside it.`,
      );
  }
  const inTable = (c: number): boolean => fit !== null && c >= fit.table.box.left && c <= fit.right;
  const stuck = new Set(fit?.stuck ?? []);
  const summary = summaryOps(plan.summary, {
    existing: found.oldSummary,
    charts: found.summaryCharts,
    summaryMark: found.summaryMark,
    typedValues: features.typedValues,
    chart: features.secondaryAxis,
    budget,
  });
  const marks = markOps(sheet, plan, found);
  // Our marks come first, in the first request, before any cell is written: Excel's requests are
  // not transactional, and whatever a failure part-way leaves must already be known as ours.
  const ops: QueuedOp[] = [
    summary.claim,
    marks.claim,
    ...deleteRulesOp(rulesInColumns(found.rules, new Set(owned.keys()))),
  ];

  // Our headers copy the look of the user's own header, except inside a table (its style rules there).
  const copyLook =
    features.copyFormats && written.size > 0 && !plan.columns.some((c) => inTable(c.column));
  const template = copyLook
    ? headerTemplate(
        found.headerCells,
        Math.min(...written),
        new Set([...written, ...owned.keys()]),
      )
    : null;
  ops.push(...headerOps(sheet, plan.headerRow, plan.columns, template));
  // Grow or shrink the table before old headers are cleared: a table header cannot be emptied.
  if (fit !== null && fit.right !== table?.box.right) ops.push(resizeOp(sheet, fit));
  for (const column of cleared) {
    const mark = owned.get(column);
    if (mark === undefined) continue;
    ops.push(
      ...clearCellOps(sheet, column, plan.firstDataRow, Math.max(mark.lastRow, lastRow), budget),
    );
    if (!stuck.has(column))
      ops.push(clearHeaderOp(sheet, plan.headerRow, column, found.standardWidth));
  }
  for (const column of plan.columns) {
    // A shorter table than last time: our old values below the new last row go.
    const mark = owned.get(column.column);
    if (mark !== undefined && mark.lastRow > lastRow)
      ops.push(...clearCellOps(sheet, column.column, lastRow + 1, mark.lastRow, budget));
  }
  for (const run of columnRuns(plan.columns)) {
    ops.push(
      ...valueOps(run, {
        sheet,
        firstDataRow: plan.firstDataRow,
        rowCount: plan.rowCount,
        typedValues: features.typedValues,
        budget,
      }),
    );
  }
  ops.push(...widthOps(sheet, columnWidths(plan.columns)));
  if (fit !== null) notes.push(...tableFitNotes(fit));

  const rules = ruleOps(sheet, plan.conditionalFormats, plan.firstDataRow, lastRow);
  ops.push(...rules.ops);
  notes.push(...rules.notes);
  ops.push(...summary.ops);
  notes.push(...summary.notes);
  if (marks.settle !== null) ops.push(marks.settle);
  return { ops, notes };
}

/**
 * Our marks, in a sheet-scoped name; the workbook-scoped one (the file host's) keeps only other
 * sheets. `claim` marks, before anything is written, every cell the plan writes (header row to last
 * data row) together with every cell of ours it may clear (old columns, old rows below a shorter
 * table): whatever a failure part-way leaves, the next run and "Clear results" see as ours.
 * `settle`, last of all, narrows the mark to what the plan wrote (null when the claim already is).
 */
function markOps(
  sheet: string,
  plan: WritePlan,
  found: Inspection,
): { claim: QueuedOp; settle: QueuedOp | null } {
  const lastRow = plan.firstDataRow + plan.rowCount - 1;
  const written = new Set(plan.columns.map((c) => c.column));
  const marks = plan.columns.map((c) => ({ column: c.column, headerRow: plan.headerRow, lastRow }));
  // Marks of ours on another header row of this sheet (a second table) stay.
  const others = [
    ...ownedColumns(
      [found.workbookMark.formula, found.sheetMark.formula].flatMap(parseUnion),
      sheet,
    ).values(),
  ].filter((m) => m.headerRow !== plan.headerRow && !written.has(m.column));
  const claimed = marksFormula(sheet, [...others, ...widest(marks, [...found.owned.values()])]);
  const settled = marksFormula(sheet, [...others, ...marks]);
  const claim: QueuedOp = {
    bytes:
      SMALL_OP_BYTES + jsonStringBytes(claimed ?? '') + jsonStringBytes(found.workbookMark.formula),
    label: 'Writing results',
    queue: (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      queueName(ws.names, RESULTS_NAME, found.sheetMark, claimed);
      if (found.workbookMark.exists) {
        queueName(
          context.workbook.names,
          RESULTS_NAME,
          found.workbookMark,
          withoutSheet(found.workbookMark.formula, sheet),
        );
      }
    },
  };
  // A settled mark differs from the claim only by leaving columns out, so the name exists by then.
  const settle: QueuedOp | null =
    settled === claimed
      ? null
      : {
          bytes: SMALL_OP_BYTES + jsonStringBytes(settled ?? ''),
          label: 'Formatting',
          queue: (context) => {
            const item = context.workbook.worksheets.getItem(sheet).names.getItem(RESULTS_NAME);
            if (settled === null) item.delete();
            else item.formula = settled;
          },
        };
  return { claim, settle };
}

/**
 * A failure while writing: part of the results may be in the workbook, all of it under our marks
 * (set first), none of it in the user's cells (the checks made sure of that). So the next run
 * rewrites it and "Clear results" removes it; the message says so, with Excel's reason and code.
 */
function partlyWritten(error: unknown): Outcome<never> {
  const { code, text } = failureDetail(error);
  return fail(
    'partially-written',
    `Writing the results stopped part-way (${text} [${code}]). Your own cells were not changed; run "Identify key accounts" again, or "Clear results" to remove the partial results.`,
  );
}

/** Checks, then writes the plan; a refusal changes nothing. Returns notes for the user. */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  options: ApplyOptions,
  onProgress?: ProgressCallback,
): Promise<Outcome<WriteNotes>> {
  // The Excel host places every summary cell before it writes, so a bad address is a bad plan here.
  const problem = planProblem(plan) ?? summaryAddressProblem(plan.summary);
  if (problem !== null)
    return fail('bad-plan', `The write plan does not add up (${problem}). Nothing was changed.`);
  onProgress?.(0, 'Checking the sheet');
  const found = await inspect(context, plan);
  if (found.kind === 'error') return found;
  const { ops, notes } = writeOps(plan, found.value, options);
  const batches = packOps(ops, options.budget);
  for (let b = 0; b < batches.length; b++) {
    onProgress?.(b / batches.length, batches[b][0].label);
    try {
      // Only until the next sync: each batch suspends again, so formulas over our columns recalculate once at the end.
      context.workbook.application.suspendApiCalculationUntilNextSync();
      for (const op of batches[b]) op.queue(context);
      await context.sync();
    } catch (error) {
      // Even a failure in the first request may come after some of its writes: Excel applies a
      // request in order and stops at the failing operation, so the message says what may be left.
      return partlyWritten(error);
    }
  }
  onProgress?.(1, 'Done');
  return { kind: 'ok', value: { notes } };
}
