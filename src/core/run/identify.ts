// The one entry point of a run: a table and a model (given, or built from a preset over the detected
// columns) -> the scored, tiered, concentrated result with every diagnostic. Hosts then plan the write from it.
import { type ColumnDetection, detectColumns } from '../columns/detect';
import type { Diagnostic } from '../diagnostics';
import type { Currencies, Model, ModelFile, RowFilter } from '../model/schema';
import { completeModel } from '../model/complete';
import { combinedFilter, describeFilter } from '../table/filter';
import { accountRows } from '../table/account-rows';
import { findPreset, modelFromPreset, PRESETS } from '../model/presets';
import type { Outcome } from '../outcome';
import { extractColumn, extractModeFor } from '../parse/extract';
import { readIds } from '../parse/ids';
import type { RawTable } from '../table/types';
import { compareRuns, type RunChanges } from '../history/changes';
import { matchableIds, type RunSnapshot } from '../history/snapshot';
import { cellAddress } from '../table/a1';
import { measureRunStability, type RunStability } from '../stability/run-stability';
import type { StabilityOptions } from '../stability/stability';
import {
  coverageDiagnostics,
  criteriaCountDiagnostic,
  dataBelowDiagnostic,
  negativeRevenueDiagnostics,
  revenueTotalDiagnostic,
  rowsWithoutDataDiagnostic,
} from './diagnostics';
import { type PipelineResult, type PreparedInput, runPipeline } from './pipeline';
import {
  emptyTable,
  missingColumn,
  prepareCriteria,
  type ResolvedColumn,
  type ResolvedCriterion,
  resolveColumn,
} from './prepare';

export const DEFAULT_PRESET = 'balanced';

export interface IdentifyRequest {
  /**
   * A model to apply as it is; columns it leaves out (account, revenue) are detected, and a
   * normalisation it leaves out is the one the column's values suggest.
   */
  readonly model?: ModelFile;
  /** Otherwise, the preset to build a model from over the detected columns (default: Balanced). */
  readonly preset?: string;
  /** Rows to keep besides the model's own filter (the CLI's --where): every condition must hold. */
  readonly filter?: RowFilter;
  /** The previous run's snapshot, to say what changed since (null or absent: the first run). */
  readonly previous?: RunSnapshot | null;
  /**
   * Tier stability and weight sensitivity (DESIGN 3.9): measured by default with the default draws,
   * spread and seed; `false` leaves them out (the run's stability is then null).
   */
  readonly stability?: Partial<StabilityOptions> | false;
}

export interface RunResult {
  /** The model applied, its row filter included. */
  readonly model: Model;
  /** The accounts of the run: the rows the filter kept, each at its sheet row. */
  readonly table: RawTable;
  /** The table as the host read it, every row: what a write plan covers. */
  readonly source: RawTable;
  /** Rows the filter left out: no result, in no figure. */
  readonly leftOut: number;
  readonly idColumn: ResolvedColumn | null;
  readonly revenueColumn: ResolvedColumn;
  readonly criteria: readonly ResolvedCriterion[];
  /** Account names per data row ("Row 7" where the id cell is empty). */
  readonly ids: readonly string[];
  readonly revenue: Float64Array;
  /** The parsed columns the pipeline ran on (what the taskpane's what-if re-scores). */
  readonly input: PreparedInput;
  readonly pipeline: PipelineResult;
  readonly diagnostics: readonly Diagnostic[];
  /** What changed since the previous run; null without one (or without account names to match). */
  readonly changes: RunChanges | null;
  /** Tier stability per account and weight sensitivity per criterion; null when not asked for. */
  readonly stability: RunStability | null;
}

interface ResolvedModel {
  readonly model: Model;
  readonly warnings: readonly Diagnostic[];
  /** Detection, when the model needed it (a preset, or a model without its account or revenue column). */
  readonly detection: ColumnDetection | null;
}

function nothingKept(table: RawTable, filter: RowFilter | undefined): Outcome<never> {
  return {
    kind: 'error',
    code: 'empty-table',
    message: `No row of the table on sheet "${table.sheet}" is kept by the filter (${filter === undefined ? '' : describeFilter(filter)}): check the values, which must match the cells' text.`,
  };
}

function unknownPreset(name: string): Outcome<never> {
  return {
    kind: 'error',
    code: 'unknown-preset',
    message: `There is no preset called "${name}". Presets: ${PRESETS.map((p) => p.name).join(', ')}.`,
  };
}

/**
 * The model a request asks for: the given one, or one built from a preset over the detection; in
 * either case with the filter the run applies, so the saved model keeps it.
 */
function resolveModel(
  table: RawTable,
  request: IdentifyRequest,
  filter: RowFilter | undefined,
): Outcome<ResolvedModel> {
  const resolved = resolvePlainModel(table, request);
  if (resolved.kind === 'error' || filter === undefined) return resolved;
  return { kind: 'ok', value: { ...resolved.value, model: { ...resolved.value.model, filter } } };
}

function resolvePlainModel(table: RawTable, request: IdentifyRequest): Outcome<ResolvedModel> {
  if (request.model !== undefined) {
    const completed = completeModel(request.model, table);
    if (completed.kind === 'error') return completed;
    const model = completed.value;
    const needsDetection = model.idColumn === undefined || model.revenueColumn === undefined;
    return {
      kind: 'ok',
      value: { model, warnings: [], detection: needsDetection ? detectColumns(table) : null },
    };
  }
  const name = request.preset ?? DEFAULT_PRESET;
  const preset = findPreset(name);
  if (preset === undefined) return unknownPreset(name);
  const detection = detectColumns(table);
  const built = modelFromPreset(preset, detection, table);
  if (built.kind === 'error') return built;
  const warnings = [...built.value.warnings, ...detection.notes];
  const size = sizeAsRevenue(table, detection);
  if (size !== null) warnings.push(size);
  return { kind: 'ok', value: { ...built.value, warnings, detection } };
}

/**
 * Concentration measured on the company's own size (a CRM's "Annual Revenue"), because nothing the
 * customers pay is in the table: said plainly, since the 80/20 figures then describe size.
 */
function sizeAsRevenue(table: RawTable, detection: ColumnDetection): Diagnostic | null {
  const revenue = detection.revenue;
  if (revenue === null || revenue.basis !== 'size') return null;
  return {
    cell: cellAddress(table.headerRow, table.firstColumn + revenue.index),
    row: table.headerRow,
    column: revenue.header,
    code: 'revenue-is-size',
    severity: 'warning',
    message: `Revenue concentration is measured on "${revenue.header}", which in CRM exports is the company's own size, not what it pays you: the 80/20 figures describe customer size. Choose the column of what customers pay (Total Revenue, ARR...) if the table has one.`,
  };
}

interface KeyColumns {
  readonly idColumn: ResolvedColumn | null;
  readonly revenueColumn: ResolvedColumn;
}

/** The account and revenue columns: the model's, else the detected ones; revenue is required. */
function keyColumns(table: RawTable, resolved: ResolvedModel): Outcome<KeyColumns> {
  const { model, detection } = resolved;
  let idColumn: ResolvedColumn | null = detection?.id ?? null;
  if (model.idColumn !== undefined) {
    idColumn = resolveColumn(table, model.idColumn);
    if (idColumn === null)
      return missingColumn('The model’s account column', model.idColumn, table);
  }
  let revenueColumn: ResolvedColumn | null = detection?.revenue ?? null;
  if (model.revenueColumn !== undefined) {
    revenueColumn = resolveColumn(table, model.revenueColumn);
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
  return { kind: 'ok', value: { idColumn, revenueColumn } };
}

/** The revenue column's values; a revenue column that is also a numeric criterion is read once. */
function readRevenue(
  table: RawTable,
  column: ResolvedColumn,
  criteria: readonly ResolvedCriterion[],
  prepared: PreparedInput['criteria'],
  currencies: Currencies | undefined,
): { values: Float64Array; diagnostics: readonly Diagnostic[] } {
  const k = criteria.findIndex(
    (c) => c.index === column.index && extractModeFor(c.criterion.normalize).kind === 'number',
  );
  if (k >= 0) return { values: prepared[k].values, diagnostics: [] };
  const extracted = extractColumn(table, column.index, { kind: 'number' }, currencies);
  return { values: extracted.values, diagnostics: extracted.diagnostics };
}

/**
 * Identifies the key accounts of a table. A preset's own criteria-count warning names the
 * columns, so it replaces the generic one.
 */
export function identify(source: RawTable, request: IdentifyRequest = {}): Outcome<RunResult> {
  if (source.rows.length === 0) return emptyTable(source);
  const filter = combinedFilter(request.model, request.filter);
  const rows = accountRows(source, filter);
  if (rows.kind === 'error') return rows;
  const { table, leftOut, withoutData } = rows.value;
  if (withoutData.length === source.rows.length) return emptyTable(source);
  if (table.rows.length === 0) return nothingKept(source, filter);
  const resolved = resolveModel(table, request, filter);
  if (resolved.kind === 'error') return resolved;
  const { model, warnings } = resolved.value;
  const keys = keyColumns(table, resolved.value);
  if (keys.kind === 'error') return keys;
  const { idColumn, revenueColumn } = keys.value;

  const read = prepareCriteria(table, model);
  if (read.kind === 'error') return read;
  const { criteria, prepared } = read.value;
  const revenue = readRevenue(table, revenueColumn, criteria, prepared, model.currencies);
  const ids = readIds(table, idColumn?.index ?? -1);
  const input: PreparedInput = { criteria: prepared, revenue: revenue.values };
  const pipeline = runPipeline(input, model);

  const counted = warnings.some((w) => w.code === 'criteria-count');
  const countNote = counted ? null : criteriaCountDiagnostic(model);
  const diagnostics: Diagnostic[] = [
    ...readDiagnosticsOn(source, [idColumn, revenueColumn, ...criteria]),
    ...warnings,
    ...read.value.diagnostics,
    ...revenue.diagnostics,
    ...ids.diagnostics,
    ...negativeRevenueDiagnostics(table, revenueColumn, revenue.values),
    ...[
      revenueTotalDiagnostic(table, revenueColumn, revenue.values, pipeline.concentration),
      rowsWithoutDataDiagnostic(source, withoutData),
      dataBelowDiagnostic(source),
    ].filter((d) => d !== null),
    ...coverageDiagnostics(table, model, pipeline, ids.ids, idColumn),
    ...(countNote !== null ? [countNote] : []),
  ];
  const compared = compareWithPrevious(table, model, idColumn, ids.ids, pipeline, request.previous);
  diagnostics.push(...compared.diagnostics);
  return {
    kind: 'ok',
    value: {
      model,
      table,
      source,
      leftOut,
      idColumn,
      revenueColumn,
      criteria,
      ids: ids.ids,
      revenue: revenue.values,
      input,
      pipeline,
      diagnostics,
      changes: compared.changes,
      stability:
        request.stability === false
          ? null
          : measureRunStability(pipeline, model, prepared, request.stability),
    },
  };
}

/** What the host met reading the cells, on the columns this run reads (another column's formulas are not its concern). */
function readDiagnosticsOn(
  source: RawTable,
  columns: readonly (ResolvedColumn | null)[],
): Diagnostic[] {
  const read = new Set(columns.map((c) => c?.header));
  return (source.readDiagnostics ?? []).filter((d) => read.has(d.column));
}

/** The comparison with the previous run, when there is one and the accounts have names to match. */
function compareWithPrevious(
  table: RawTable,
  model: Model,
  idColumn: ResolvedColumn | null,
  ids: readonly string[],
  pipeline: PipelineResult,
  previous: RunSnapshot | null | undefined,
): { changes: RunChanges | null; diagnostics: Diagnostic[] } {
  if (previous === null || previous === undefined) return { changes: null, diagnostics: [] };
  if (idColumn === null)
    return {
      changes: null,
      diagnostics: [
        {
          cell: '',
          row: 0,
          column: '',
          code: 'history-unmatched',
          severity: 'info',
          message:
            'The accounts have no names (no account-name column), so this run cannot be compared with the last one.',
        },
      ],
    };
  return compareRuns(model, matchableIds(table, idColumn.index, ids), pipeline, previous);
}
