// What a run reports about accounts as a whole: negative revenue, low coverage, no score, and the number of criteria.
import type { Diagnostic } from '../diagnostics';
import type { Model } from '../model/schema';
import { cellAddress } from '../table/a1';
import { type RawTable, sheetRowOf } from '../table/types';
import { isResultHeader } from '../table/headers';
import { lacksData, type PipelineResult } from './pipeline';
import { NOT_ENOUGH_DATA } from '../score/tiers';
import { CELLS_SHOWN, cellList, ColumnCauses } from '../parse/causes';
import type { ResolvedColumn } from './prepare';
import type { ConcentrationAnalysis } from '../concentration/concentration';

/** Per-account diagnostics of one kind beyond this count are summarised in one line. */
const PER_KIND_CAP = 50;

function capped(list: Diagnostic[], total: number, what: string): Diagnostic[] {
  if (total > PER_KIND_CAP && list.length > 0) {
    const first = list[0];
    list.push({
      ...first,
      cell: '',
      row: 0,
      severity: 'info',
      message: `… and ${total - PER_KIND_CAP} more ${what}.`,
    });
  }
  return list;
}

export function negativeRevenueDiagnostics(
  table: RawTable,
  column: ResolvedColumn,
  revenue: Float64Array,
): Diagnostic[] {
  const causes = new ColumnCauses(column.header);
  const negative = {
    code: 'negative-revenue',
    message: 'Negative revenue is counted as 0 in the concentration figures.',
  } as const;
  for (let i = 0; i < revenue.length; i++) {
    if (!(revenue[i] < 0)) continue;
    const row = sheetRowOf(table, i);
    causes.add(negative, 'warning', '', cellAddress(row, table.firstColumn + column.index), row);
  }
  return causes.diagnostics();
}

/**
 * Revenues whose total is past the largest double (about 1.8e308): the shares are still exact
 * (concentration.ts scales them), but the total cannot be shown, and such values are usually a
 * unit or a typing slip worth a look. Said once, with the largest cell.
 */
export function revenueTotalDiagnostic(
  table: RawTable,
  column: ResolvedColumn,
  revenue: Float64Array,
  concentration: ConcentrationAnalysis,
): Diagnostic | null {
  if (Number.isFinite(concentration.totalRevenue) || concentration.accounts === 0) return null;
  const largest = concentration.order[0];
  const row = sheetRowOf(table, largest);
  const cell = cellAddress(row, table.firstColumn + column.index);
  return {
    cell,
    row,
    column: column.header,
    code: 'revenue-total-too-large',
    severity: 'warning',
    message: `The revenue total is too large to add up: the ${concentration.accounts} revenues in ${column.header} add up past ${Number.MAX_VALUE.toPrecision(2)}, the largest number a spreadsheet holds (the largest is ${revenue[largest]} in ${cell}). The shares, ABC classes, Gini and HHI are exact all the same, since they compare revenues with each other; the total is left blank. Check for values in the wrong unit.`,
  };
}

/** The cell that names an account (its id cell), or "" when accounts are named by row. */
function accountCell(table: RawTable, idColumn: ResolvedColumn | null, i: number): string {
  return idColumn === null
    ? ''
    : cellAddress(sheetRowOf(table, i), table.firstColumn + idColumn.index);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * Accounts without a score (no value for any weighted criterion, under reweight) and accounts
 * whose score rests on less of the criteria weight than the model's minimum: they keep the score
 * but get no rank or tier, and each is told how to change that.
 */
export function coverageDiagnostics(
  table: RawTable,
  model: Model,
  pipeline: PipelineResult,
  ids: readonly string[],
  idColumn: ResolvedColumn | null,
): Diagnostic[] {
  const unscored: Diagnostic[] = [];
  const low: Diagnostic[] = [];
  let lowTotal = 0;
  let unscoredTotal = 0;
  for (let i = 0; i < pipeline.scores.length; i++) {
    const row = sheetRowOf(table, i);
    const at = { cell: accountCell(table, idColumn, i), row, column: idColumn?.header ?? '' };
    if (pipeline.scores[i] !== pipeline.scores[i]) {
      if (++unscoredTotal <= PER_KIND_CAP)
        unscored.push({
          ...at,
          code: 'no-score',
          severity: 'warning',
          message: `${ids[i]} has no value for any weighted criterion, so it gets no score or tier.`,
        });
    } else if (lacksData(pipeline, i)) {
      if (++lowTotal <= PER_KIND_CAP)
        low.push({
          ...at,
          code: 'low-coverage',
          severity: 'warning',
          message: `${ids[i]} has values for only ${percent(pipeline.coverage[i])} of the criteria weight, below the minimum of ${percent(model.minCoverage)}: it keeps its score but gets no rank or tier ("${NOT_ENOUGH_DATA}"). Fill in its missing values, or lower the minimum coverage.`,
        });
    }
  }
  return [
    ...capped(unscored, unscoredTotal, 'accounts without a score'),
    ...capped(low, lowTotal, 'accounts without enough data for a tier'),
  ];
}

/**
 * Rows of the block with nothing of the user's own (see accountRows): one line for them all, so the
 * user knows why the run has fewer accounts than rows and why their old results went.
 */
export function rowsWithoutDataDiagnostic(
  table: RawTable,
  rows: readonly number[],
): Diagnostic | null {
  if (rows.length === 0) return null;
  const shown = rows.slice(0, CELLS_SHOWN);
  const cells = shown.map((row) => cellAddress(row, table.firstColumn));
  const ours = table.headers.some(isResultHeader);
  const one = rows.length === 1;
  const which = one ? `Row ${rows[0]} is` : `Rows ${cellList(shown.map(String), rows.length)} are`;
  const what = one ? 'not an account' : 'not accounts';
  const message = ours
    ? `${which} empty apart from the KAM columns: ${what}, so skipped, and any KAM results there cleared.`
    : `${which} empty: ${what}, so skipped.`;
  return {
    cell: cells[0],
    row: rows[0],
    column: '',
    code: 'row-without-data',
    severity: 'info',
    message,
    ...(rows.length > 1 ? { count: rows.length, cells } : {}),
  };
}

/** Rows like the data under a blank row below the table, which the run did not read (see findBlock). */
export function dataBelowDiagnostic(table: RawTable): Diagnostic | null {
  const below = table.dataBelow;
  if (below === undefined) return null;
  const end = table.headerRow + table.rows.length;
  return {
    cell: cellAddress(below.first, table.firstColumn),
    row: below.first,
    column: '',
    code: 'data-below-table',
    severity: 'warning',
    message: `The table ends at row ${end}, above a blank row; rows ${below.first}–${below.last} below it were not read. If they are more accounts of this list, delete the blank rows above them and run again.`,
  };
}

/** Key-account practice scores on 3 to 5 criteria; a model outside that range is told so. */
export function criteriaCountDiagnostic(model: Model): Diagnostic | null {
  const count = model.criteria.length;
  if (count >= 3 && count <= 5) return null;
  return {
    cell: '',
    row: 0,
    column: '',
    code: 'criteria-count',
    severity: 'info',
    message: `The model uses ${count} criteria; key-account practice suggests 3 to 5 so that each one matters.`,
  };
}
