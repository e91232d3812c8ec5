// A write plan split for Apps Script: the frame (everything but the result values: checks, headers,
// formats, rules, the summary) and the values in row blocks, each block small enough for one call.
import {
  type PlanValue,
  planValueAt,
  planValueList,
  type ResultColumnPlan,
  textFingerprint,
  type WritePlan,
} from '../../core';
import { planProblem } from '../plan-checks';

/** A result column without its values. */
export type FrameColumn = Omit<ResultColumnPlan, 'values'>;

/** The plan without its column values: small, so it crosses google.script.run in one call. */
export interface PlanFrame extends Omit<WritePlan, 'columns'> {
  readonly columns: readonly FrameColumn[];
}

/** Where a block of rows goes: the part of a frame writeRows() needs (small, sent with every block). */
export interface RowsTarget extends Pick<
  PlanFrame,
  'sheet' | 'headerRow' | 'firstDataRow' | 'rowCount'
> {
  readonly columns: readonly Pick<FrameColumn, 'column' | 'numberFormat'>[];
}

export function targetOf(frame: PlanFrame): RowsTarget {
  const { sheet, headerRow, firstDataRow, rowCount } = frame;
  return {
    sheet,
    headerRow,
    firstDataRow,
    rowCount,
    columns: frame.columns.map(({ column, numberFormat }) => ({ column, numberFormat })),
  };
}

/** Rows [start, start + values.length) of the plan's values, values[i][j] for the frame's column j. */
export interface RowBlock {
  readonly start: number;
  readonly values: readonly (readonly PlanValue[])[];
}

export function frameOf(plan: WritePlan): PlanFrame {
  return {
    ...plan,
    columns: plan.columns.map(({ values: _values, ...column }) => column),
  };
}

/** Rows [start, end) of a plan as a block. */
export function rowBlock(plan: WritePlan, start: number, end: number): RowBlock {
  const values: PlanValue[][] = [];
  for (let i = start; i < end; i++) values.push(plan.columns.map((c) => planValueAt(c.values, i)));
  return { start, values };
}

/** Why a frame does not add up (the plan's own checks, on columns of the right length), or null. */
export function frameProblem(frame: PlanFrame): string | null {
  return planProblem({
    ...frame,
    columns: frame.columns.map((c) => ({ ...c, values: new Array<PlanValue>(frame.rowCount) })),
  });
}

/** The last sheet row of a frame's data (the header row when there are no rows). */
export function lastRowOf(frame: Pick<PlanFrame, 'headerRow' | 'rowCount'>): number {
  return frame.headerRow + frame.rowCount;
}

/** Whether a column holds text (its cells are formatted "@" before values arrive). */
export function isTextColumn(column: Pick<FrameColumn, 'numberFormat'>): boolean {
  return column.numberFormat === '@';
}

/** Consecutive columns (by sheet column) with their index in the frame: each run is one setValues() block. */
export function columnRuns(
  columns: readonly Pick<FrameColumn, 'column'>[],
): { readonly column: number; readonly index: number }[][] {
  const sorted = columns
    .map((c, index) => ({ column: c.column, index }))
    .sort((a, b) => a.column - b.column);
  const runs: { column: number; index: number }[][] = [];
  for (const entry of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[last.length - 1].column + 1 === entry.column) last.push(entry);
    else runs.push([entry]);
  }
  return runs;
}

/**
 * The plan's fingerprint: a run resumed after Google's time limit continues only when it would
 * write exactly what the stopped run wrote (same data, same model).
 */
export function planHash(plan: WritePlan): string {
  // A number column's array as the list of values it stands for (NaN a blank): the same text for
  // the same plan however its columns are held.
  return textFingerprint(
    JSON.stringify(plan, (_key, value: unknown) =>
      value instanceof Float64Array ? planValueList(value) : value,
    ),
  );
}
