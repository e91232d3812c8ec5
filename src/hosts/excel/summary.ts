// The "KAM Summary" sheet: rewritten in place only when ours, written with live KAM.* formulas, styles, widths and a Pareto chart.
import {
  parseBox,
  type ParetoChartPlan,
  type SummaryCellPlan,
  type SummarySheetPlan,
} from '../../core';
import { SUMMARY_NAME, summaryFormula } from '../markers';
import { formattedCellBytes, rowChunkOps, SMALL_OP_BYTES, type QueuedOp } from './chunks';
import {
  charactersToPoints,
  looksLikeFormula,
  officeValue,
  TEXT_FORMAT,
  typedValue,
} from './columns';
import { queueName, type LoadedName } from './markers';

interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly plan: SummaryCellPlan;
}

function place(cells: readonly SummaryCellPlan[]): PlacedCell[] {
  const placed: PlacedCell[] = [];
  for (const plan of cells) {
    const box = parseBox(plan.address);
    // applyPlan refused plans with bad addresses (summaryAddressProblem) before anything was written.
    if (box === null)
      throw new Error(`Write plan: invalid summary cell address ${JSON.stringify(plan.address)}`);
    placed.push({ row: box.top, column: box.left, plan });
  }
  return placed;
}

/** A cell's number format: formulas and numbers take the plan's (General by default); text gets "@". */
function formatOf(cell: SummaryCellPlan): string {
  if (cell.kamFormula === undefined && typeof cell.value === 'string') return TEXT_FORMAT;
  return cell.numberFormat ?? 'General';
}

/** The name our Pareto chart gets: a re-run removes charts of this name from our summary sheet, and no other. */
export const PARETO_CHART_NAME = 'KAM Pareto';

export interface SummaryOptions {
  /** Our summary sheet as it is now (marked as ours), or null when there is none yet. */
  readonly existing: string | null;
  /** The charts on that sheet, their names loaded. */
  readonly charts: readonly Excel.Chart[];
  readonly summaryMark: LoadedName;
  readonly typedValues: boolean;
  readonly chart: boolean;
  readonly budget: number;
}

/**
 * Queues the summary sheet. `claim` creates it when it is new and marks it; it goes first in the
 * first request, so a failure later on leaves a sheet that the next run and "Clear results" know
 * as ours. `ops` then write it. Our existing sheet is kept, never deleted and re-created: deleting
 * it would turn every formula of the user that points at it (='KAM Summary'!B7) into #REF! for
 * good. It is emptied instead (values, formats, our chart), so nothing stale survives, and then
 * gets its cells (values in row chunks, one 2-D block each; formats first), the live formulas,
 * styles, widths and the Pareto chart when the host can draw its secondary axis.
 */
export function summaryOps(
  plan: SummarySheetPlan,
  options: SummaryOptions,
): { claim: QueuedOp; ops: QueuedOp[]; notes: string[] } {
  const { existing } = options;
  const name = existing ?? plan.name;
  const cells = place(plan.cells);
  const claim: QueuedOp = {
    bytes: SMALL_OP_BYTES,
    label: 'Writing results',
    queue: (context) => {
      if (existing === null) context.workbook.worksheets.add(name);
      queueName(context.workbook.names, SUMMARY_NAME, options.summaryMark, summaryFormula(name));
    },
  };
  const ops: QueuedOp[] = [];
  if (existing !== null) {
    const ours = options.charts.filter((c) => c.name === PARETO_CHART_NAME);
    ops.push({
      bytes: SMALL_OP_BYTES + ours.length * 60,
      label: 'Writing the summary sheet',
      queue: (context) => {
        context.workbook.worksheets.getItem(existing).getRange().clear('All');
        for (const chart of ours) chart.delete();
      },
    });
  }
  const notes: string[] = [];
  if (cells.length > 0) ops.push(...cellOps(name, cells, options.typedValues, options.budget));
  ops.push({
    bytes: SMALL_OP_BYTES,
    label: 'Writing the summary sheet',
    queue: (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      for (const [letters, width] of Object.entries(plan.columnWidths)) {
        ws.getRange(`${letters}:${letters}`).format.columnWidth = charactersToPoints(width);
      }
    },
  });
  if (plan.chart !== null) {
    if (options.chart) ops.push(chartOp(name, plan.chart));
    else
      notes.push(
        `The Pareto chart was not drawn: this version of Excel cannot put the cumulative-share line on a secondary axis. Its data is on the "${name}" sheet in ${plan.chart.categories}, ${plan.chart.revenue} and ${plan.chart.cumulativeShare}.`,
      );
  }
  return { claim, ops, notes };
}

function cellOps(
  sheet: string,
  cells: readonly PlacedCell[],
  typedValues: boolean,
  budget: number,
): QueuedOp[] {
  const top = Math.min(...cells.map((c) => c.row));
  const bottom = Math.max(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.column));
  const right = Math.max(...cells.map((c) => c.column));
  const byRow = new Map<number, PlacedCell[]>();
  for (const cell of cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  const bytesOfRow = (i: number): number =>
    (byRow.get(top + i) ?? []).reduce(
      (sum, c) =>
        sum +
        formattedCellBytes(officeValue(c.plan.value), formatOf(c.plan)) +
        (c.plan.kamFormula?.length ?? 0) +
        75,
      (right - left + 1) * 10,
    );
  return rowChunkOps(
    bottom - top + 1,
    bytesOfRow,
    budget,
    'Writing the summary sheet',
    (context, { start, end }) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      // null leaves a cell as it is: empty places, and formula cells (written below) are skipped here.
      const values: (string | number | null)[][] = [];
      const formats: (string | null)[][] = [];
      const typed: { row: number; column: number; text: string }[] = [];
      for (let r = top + start; r < top + end; r++) {
        const valueRow: (string | number | null)[] = new Array<string | number | null>(
          right - left + 1,
        ).fill(null);
        const formatRow: (string | null)[] = new Array<string | null>(right - left + 1).fill(null);
        for (const cell of byRow.get(r) ?? []) {
          formatRow[cell.column - left] = formatOf(cell.plan);
          if (cell.plan.kamFormula !== undefined) continue;
          const value = officeValue(cell.plan.value);
          if (typedValues && looksLikeFormula(value) && typeof value === 'string')
            typed.push({ row: r, column: cell.column, text: value });
          else valueRow[cell.column - left] = value;
        }
        values.push(valueRow);
        formats.push(formatRow);
      }
      const block = ws.getRangeByIndexes(top + start - 1, left - 1, end - start, right - left + 1);
      block.numberFormat = formats;
      block.values = values;
      for (const t of typed) {
        ws.getRangeByIndexes(t.row - 1, t.column - 1, 1, 1).valuesAsJson = [[typedValue(t.text)]];
      }
      for (let r = top + start; r < top + end; r++) {
        for (const cell of byRow.get(r) ?? []) {
          const target = ws.getRangeByIndexes(r - 1, cell.column - 1, 1, 1);
          if (cell.plan.kamFormula !== undefined) target.formulas = [[cell.plan.kamFormula]];
          styleCell(target, cell.plan.style);
        }
      }
    },
  );
}

function styleCell(range: Excel.Range, style: SummaryCellPlan['style']): void {
  switch (style) {
    case 'title':
      range.format.font.bold = true;
      range.format.font.size = 14;
      return;
    case 'heading':
      range.format.font.bold = true;
      return;
    case 'note':
      range.format.font.italic = true;
      range.format.font.color = '#808080';
      return;
    case 'label':
    case undefined:
      return;
  }
}

/** The Pareto chart: revenue as columns, the cumulative share as a line on a secondary 0-100% axis. */
function chartOp(sheet: string, plan: ParetoChartPlan): QueuedOp {
  return {
    bytes: SMALL_OP_BYTES * 3,
    label: 'Drawing the Pareto chart',
    queue: (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const chart = ws.charts.add('ColumnClustered', ws.getRange(plan.revenue), 'Columns');
      chart.name = PARETO_CHART_NAME;
      chart.title.text = plan.title;
      const revenue = chart.series.getItemAt(0);
      revenue.name = 'Revenue';
      revenue.setXAxisValues(ws.getRange(plan.categories));
      const share = chart.series.add('Cumulative share');
      share.setValues(ws.getRange(plan.cumulativeShare));
      share.setXAxisValues(ws.getRange(plan.categories));
      share.chartType = 'Line';
      share.axisGroup = 'Secondary';
      const axis = chart.axes.getItem('Value', 'Secondary');
      axis.maximum = 1;
      axis.numberFormat = '0%';
      chart.legend.position = 'Bottom';
      chart.setPosition(plan.anchor);
    },
  };
}
