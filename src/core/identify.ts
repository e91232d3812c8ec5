// The whole identification on a raw table: resolve columns, extract, run the pipeline, collect diagnostics.
import { findColumn } from './columns';
import { type ExtractMode, extractColumn } from './extract';
import type { Criterion, Model } from './model';
import {
  type PipelineResult,
  type PreparedCriterion,
  type PreparedInput,
  runPipeline,
} from './pipeline';
import { type Diagnostic, cellAddress, type Outcome, type RawTable } from './types';
import { readIds } from './ids';

/** Coverage below this share of the total weight is flagged (DESIGN 3.3). */
export const LOW_COVERAGE = 0.6;
/** Per-account diagnostics of one kind beyond this count are summarised in one line. */
const PER_KIND_CAP = 50;

export interface ResolvedColumn {
  readonly header: string;
  /** 0-based index into the table's headers. */
  readonly index: number;
}

export interface ResolvedCriterion extends ResolvedColumn {
  readonly criterion: Criterion;
  readonly label: string;
}

export interface RunResult {
  readonly model: Model;
  readonly table: RawTable;
  readonly idColumn: ResolvedColumn | null;
  readonly revenueColumn: ResolvedColumn;
  readonly criteria: readonly ResolvedCriterion[];
  /** Account names per data row ("Row 7" where the id cell is empty). */
  readonly ids: readonly string[];
  readonly revenue: Float64Array;
  /** The parsed columns the pipeline ran on (what a calibration is taken from). */
  readonly input: PreparedInput;
  readonly pipeline: PipelineResult;
  readonly diagnostics: readonly Diagnostic[];
}

/** 1-based sheet row of data row i. */
export function sheetRowOf(table: RawTable, i: number): number {
  return table.headerRow + 1 + i;
}

/** How a criterion's cells are read: as numbers, as rating words, or through its own label map. */
export function modeFor(criterion: Criterion): ExtractMode {
  const spec = criterion.normalize;
  switch (spec.method) {
    case 'rating':
      return { kind: 'rating', min: spec.min, max: spec.max };
    case 'categorical':
      return { kind: 'categorical', map: spec.map };
    default:
      return { kind: 'number' };
  }
}

function missingColumn(what: string, name: string, table: RawTable): Outcome<never> {
  return {
    kind: 'error',
    code: 'model-column-missing',
    message: `${what} reads the column "${name}", which is not in the table on sheet "${table.sheet}" (its headers: ${table.headers.map((h) => `"${h}"`).join(', ')}).`,
  };
}

/**
 * Resolves each criterion's column and reads it (the part of a run KAM.SCORES also needs): one
 * place, so a run and a formula read a table the same way and refuse a missing column alike.
 */
export function prepareCriteria(
  table: RawTable,
  model: Model,
): Outcome<{
  criteria: ResolvedCriterion[];
  prepared: PreparedCriterion[];
  diagnostics: Diagnostic[];
}> {
  const criteria: ResolvedCriterion[] = [];
  for (const criterion of model.criteria) {
    const index = findColumn(table.headers, criterion.column);
    if (index < 0) return missingColumn(`The criterion "${criterion.id}"`, criterion.column, table);
    const header = table.headers[index];
    criteria.push({ header, index, criterion, label: criterion.label ?? header });
  }
  const diagnostics: Diagnostic[] = [];
  const prepared: PreparedCriterion[] = criteria.map((c) => {
    const extracted = extractColumn(table, c.index, modeFor(c.criterion));
    diagnostics.push(...extracted.diagnostics);
    return {
      id: c.criterion.id,
      label: c.label,
      weight: c.criterion.weight,
      direction: c.criterion.direction,
      normalize: c.criterion.normalize,
      values: extracted.values,
    };
  });
  return { kind: 'ok', value: { criteria, prepared, diagnostics } };
}

/**
 * Runs the model on the table. Columns named by the model must exist; `detected` supplies the id
 * and revenue columns when the model leaves them out.
 */
export function identify(
  table: RawTable,
  model: Model,
  detected: { readonly id: ResolvedColumn | null; readonly revenue: ResolvedColumn | null } = {
    id: null,
    revenue: null,
  },
): Outcome<RunResult> {
  if (table.rows.length === 0) {
    return {
      kind: 'error',
      code: 'empty-table',
      message: `The table on sheet "${table.sheet}" has a header row but no accounts below it.`,
    };
  }
  const resolve = (name: string): ResolvedColumn | null => {
    const index = findColumn(table.headers, name);
    return index < 0 ? null : { header: table.headers[index], index };
  };

  let idColumn = detected.id;
  if (model.idColumn !== undefined) {
    idColumn = resolve(model.idColumn);
    if (idColumn === null)
      return missingColumn('The model’s account column', model.idColumn, table);
  }
  let revenueColumn = detected.revenue;
  if (model.revenueColumn !== undefined) {
    revenueColumn = resolve(model.revenueColumn);
    if (revenueColumn === null)
      return missingColumn('The model’s revenue column', model.revenueColumn, table);
  }
  if (revenueColumn === null) {
    return {
      kind: 'error',
      code: 'no-revenue-column',
      message: `No revenue column was found on sheet "${table.sheet}" (looked for Revenue, ARR, Sales, Turnover, Bookings among: ${table.headers.map((h) => `"${h}"`).join(', ')}). Name it in the model ("revenueColumn").`,
    };
  }

  const read = prepareCriteria(table, model);
  if (read.kind === 'error') return read;
  const { criteria, prepared } = read.value;
  const diagnostics: Diagnostic[] = [...read.value.diagnostics];
  // A revenue column that is also a criterion is read once.
  const revenueCriterion = prepared.find(
    (_, k) =>
      criteria[k].index === revenueColumn.index &&
      criteria[k].criterion.normalize.method !== 'categorical' &&
      criteria[k].criterion.normalize.method !== 'rating',
  );
  let revenue: Float64Array;
  if (revenueCriterion !== undefined) revenue = revenueCriterion.values;
  else {
    const extracted = extractColumn(table, revenueColumn.index, { kind: 'number' });
    diagnostics.push(...extracted.diagnostics);
    revenue = extracted.values;
  }

  const ids = readIds(table, idColumn?.index ?? -1);
  diagnostics.push(...ids.diagnostics);

  const input: PreparedInput = { criteria: prepared, revenue };
  const pipeline = runPipeline(input, model);
  diagnostics.push(...negativeRevenueDiagnostics(table, revenueColumn, revenue));
  diagnostics.push(...coverageDiagnostics(table, model, pipeline, ids.ids));
  if (model.criteria.length < 3 || model.criteria.length > 5) {
    diagnostics.push({
      cell: '',
      row: 0,
      column: '',
      code: 'criteria-count',
      severity: 'info',
      message: `The model uses ${model.criteria.length} criteria; key-account practice suggests 3 to 5 so that each one matters.`,
    });
  }
  return {
    kind: 'ok',
    value: {
      model,
      table,
      idColumn,
      revenueColumn,
      criteria,
      ids: ids.ids,
      revenue,
      input,
      pipeline,
      diagnostics,
    },
  };
}

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

function negativeRevenueDiagnostics(
  table: RawTable,
  column: ResolvedColumn,
  revenue: Float64Array,
): Diagnostic[] {
  const list: Diagnostic[] = [];
  let total = 0;
  for (let i = 0; i < revenue.length; i++) {
    if (!(revenue[i] < 0)) continue;
    total++;
    if (total > PER_KIND_CAP) continue;
    const row = sheetRowOf(table, i);
    list.push({
      cell: cellAddress(row, table.firstColumn + column.index),
      row,
      column: column.header,
      code: 'negative-revenue',
      severity: 'warning',
      message: `Negative revenue (${revenue[i]}) is counted as 0 in the concentration figures.`,
    });
  }
  return capped(list, total, 'accounts with negative revenue');
}

function coverageDiagnostics(
  table: RawTable,
  model: Model,
  pipeline: PipelineResult,
  ids: readonly string[],
): Diagnostic[] {
  const list: Diagnostic[] = [];
  let lowTotal = 0;
  let unscoredTotal = 0;
  for (let i = 0; i < pipeline.scores.length; i++) {
    const row = sheetRowOf(table, i);
    if (pipeline.scores[i] !== pipeline.scores[i]) {
      unscoredTotal++;
      if (unscoredTotal <= PER_KIND_CAP)
        list.push({
          cell: '',
          row,
          column: '',
          code: 'no-score',
          severity: 'warning',
          message: `${ids[i]} has no value for any weighted criterion, so it gets no score or tier.`,
        });
    } else if (model.missing === 'reweight' && pipeline.coverage[i] < LOW_COVERAGE) {
      lowTotal++;
      if (lowTotal <= PER_KIND_CAP)
        list.push({
          cell: '',
          row,
          column: '',
          code: 'low-coverage',
          severity: 'warning',
          message: `${ids[i]} is scored on only ${Math.round(pipeline.coverage[i] * 100)}% of the criteria weight; its score rests on little data.`,
        });
    }
  }
  const low = capped(
    list.filter((d) => d.code === 'low-coverage'),
    lowTotal,
    'accounts with low coverage',
  );
  const unscored = capped(
    list.filter((d) => d.code === 'no-score'),
    unscoredTotal,
    'accounts without a score',
  );
  return [...unscored, ...low];
}
