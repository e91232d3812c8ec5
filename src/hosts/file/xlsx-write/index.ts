// The package writer's public API: check a plan against a workbook, then write the patched .xlsx to a sink.
import { concatBytes, fail, SUMMARY_SHEET_NAME, type Outcome, type WritePlan } from '../../../core';
import type { ProgressCallback } from '../../port';
import type { Codec } from './codec';
import {
  CSV_SHEET_HEAD,
  csvColumnWidths,
  CSV_SHEET_PATH,
  CSV_SHEET_TAIL,
  csvBasePackage,
  csvRows,
} from './csv-package';
import { InputPackage } from './package';
import { firstOccupied } from './occupied-scan';
import {
  layoutClear,
  layoutPlan,
  readWorkbookLayout,
  type PlanLayout,
  type WorkbookLayout,
} from './patch-layout';
import { writePatchedPackage, type PatchChange, type PatchRequest } from './patch-write';
import { tableFitNotes, writableRules } from '../../plan-checks';
import { OccupiedCellError } from './row-patcher';
import { ZipError } from '../zip-directory';
import { ZipTooLargeError, ZipWriter, type ByteSink } from './zip-write';

export { portableCodec, type Codec } from './codec';
export type { ByteSink } from './zip-write';
export { cellText, unescapeCellText } from './xml';
export { csvNumber } from './csv-package';

/** Where the workbook comes from: the .xlsx package as it was opened, or a CSV's rows. */
export type WorkbookSource =
  | { readonly kind: 'xlsx'; readonly bytes: Uint8Array }
  | {
      readonly kind: 'csv';
      readonly sheetName: string;
      /** The CSV's rows, read again for each write (nothing of the sheet is kept in between). */
      readonly rows: () => Iterable<readonly string[]>;
      readonly decimalComma: boolean;
    };

/** A change to the workbook's sheets: a plan's results written, or our results cleared. */
export type SheetChange =
  | { readonly kind: 'plan'; readonly plan: WritePlan }
  /** Our results cleared on the named sheets (all sheets when null), and our summary sheet removed. */
  | { readonly kind: 'clear'; readonly sheets: readonly string[] | null };

export interface WriteRequest {
  /** The changes since the workbook was opened, in order. */
  readonly changes: readonly SheetChange[];
  readonly state: ReadonlyMap<string, string>;
}

function openPackage(source: WorkbookSource, codec: Codec): Outcome<InputPackage> {
  if (source.kind === 'csv') return { kind: 'ok', value: csvBasePackage(source.sheetName, codec) };
  try {
    return { kind: 'ok', value: new InputPackage(source.bytes, codec) };
  } catch (error) {
    if (error instanceof ZipError)
      return fail('unreadable-file', `The workbook's package cannot be read (${error.message}).`);
    throw error;
  }
}

function layouts(
  pkg: InputPackage,
  change: SheetChange | null,
): Outcome<{ workbook: WorkbookLayout; change: PatchChange | null }> {
  const workbook = readWorkbookLayout(pkg);
  if (workbook.kind === 'error') return workbook;
  if (change === null) return { kind: 'ok', value: { workbook: workbook.value, change: null } };
  if (change.kind === 'clear') {
    const layout = layoutClear(pkg, workbook.value, change.sheets, SUMMARY_SHEET_NAME);
    return { kind: 'ok', value: { workbook: workbook.value, change: { kind: 'clear', layout } } };
  }
  const laid = layoutPlan(pkg, workbook.value, change.plan);
  if (laid.kind === 'error') return laid;
  return {
    kind: 'ok',
    value: { workbook: workbook.value, change: { kind: 'plan', layout: laid.value } },
  };
}

/**
 * Whether a plan can be written into the workbook (the sheet, table and room are there), without
 * writing; the notes say what will be done otherwise (results beside a table, a rule left out).
 */
export function checkWrite(
  source: WorkbookSource,
  plan: WritePlan,
  codec: Codec,
  /**
   * The first column the reader found empty over the plan's rows (its layout's firstFreeColumn):
   * new columns from there on need no scan of the sheet. The writer checks every cell again as it
   * streams.
   */
  readerFreeFrom = Number.POSITIVE_INFINITY,
): Outcome<string[]> {
  const pkg = openPackage(source, codec);
  if (pkg.kind === 'error') return pkg;
  const laid = layouts(pkg.value, { kind: 'plan', plan });
  if (laid.kind === 'error') return laid;
  const layout = laid.value.change?.kind === 'plan' ? laid.value.change.layout : null;
  const newColumns = plan.columns.filter((c) => layout?.owned.has(c.column) !== true);
  const vouched = newColumns.every((c) => c.column >= readerFreeFrom);
  if (layout !== null && source.kind === 'xlsx' && !vouched) {
    const occupied = occupiedCell(pkg.value, layout);
    if (occupied !== null) return occupiedError(occupied);
  }
  const fit = layout?.fit ?? null;
  const notes = [
    ...(fit === null ? [] : tableFitNotes(fit)),
    ...writableRules(plan.conditionalFormats).notes,
  ];
  return { kind: 'ok', value: notes };
}

/**
 * Writes the workbook with the changes and the state entries to `sink`, as .xlsx. Parts no change
 * concerns are copied compressed as they came. Several changes (a session that wrote and cleared)
 * are applied one after the other in memory, the last one streamed. On an error the sink has
 * received part of a package: callers write to a temporary place.
 */
export function writeXlsx(
  source: WorkbookSource,
  request: WriteRequest,
  sink: ByteSink,
  codec: Codec,
  onProgress?: ProgressCallback,
): Outcome<void> {
  const opened = openPackage(source, codec);
  if (opened.kind === 'error') return opened;
  let pkg = opened.value;
  const changes = request.changes.length === 0 ? [null] : request.changes;
  for (let i = 0; i < changes.length; i++) {
    const last = i === changes.length - 1;
    const chunks: Uint8Array[] = [];
    const written = writeOne(
      pkg,
      changes[i],
      last ? request.state : new Map(),
      // The CSV's rows feed the first write only; later ones read the package it became.
      i === 0 && source.kind === 'csv' ? csvSheet(source, changes[i]) : undefined,
      last ? sink : (chunk) => chunks.push(chunk.slice()),
      codec,
      last ? onProgress : undefined,
    );
    if (written.kind === 'error') return written;
    if (!last) pkg = new InputPackage(concatBytes(chunks), codec);
  }
  return { kind: 'ok', value: undefined };
}

function csvSheet(
  source: Extract<WorkbookSource, { kind: 'csv' }>,
  change: SheetChange | null,
): PatchRequest['sheetSource'] {
  // Widths fit the table the plan found (below a title line, if any); without a plan, from row 1.
  const headerRow = change?.kind === 'plan' ? change.plan.headerRow : 1;
  return {
    path: CSV_SHEET_PATH,
    head: CSV_SHEET_HEAD + csvColumnWidths(source.rows(), headerRow),
    rows: csvRows(source.rows(), source.decimalComma),
    tail: CSV_SHEET_TAIL,
  };
}

function writeOne(
  pkg: InputPackage,
  change: SheetChange | null,
  state: ReadonlyMap<string, string>,
  sheetSource: PatchRequest['sheetSource'],
  sink: ByteSink,
  codec: Codec,
  onProgress: ProgressCallback | undefined,
): Outcome<void> {
  const laid = layouts(pkg, change);
  if (laid.kind === 'error') return laid;
  try {
    writePatchedPackage(
      pkg,
      { ...laid.value, state, ...(sheetSource === undefined ? {} : { sheetSource }) },
      new ZipWriter(sink, codec),
      onProgress,
    );
    return { kind: 'ok', value: undefined };
  } catch (error) {
    if (error instanceof OccupiedCellError) return occupiedError(error.address);
    if (error instanceof ZipTooLargeError)
      return fail('write-failed', `The workbook is too large to write: ${error.message}.`);
    throw error;
  }
}

function occupiedError(address: string): Outcome<never> {
  return fail(
    'unsafe-plan',
    `Cell ${address} holds your data, and the results would overwrite it. Nothing was written; read the table again and retry.`,
  );
}

/** A user's cell in a column the plan takes as new (over the header, data and totals rows), or null. */
function occupiedCell(pkg: InputPackage, layout: PlanLayout): string | null {
  const { plan, owned, fit, dataSheet } = layout;
  const fresh = new Set(plan.columns.map((c) => c.column).filter((c) => !owned.has(c)));
  const entry = pkg.entry(dataSheet.path);
  if (entry === undefined || fresh.size === 0) return null;
  const lastRow = Math.max(plan.firstDataRow + plan.rowCount - 1, fit?.table.box.bottom ?? 0);
  return firstOccupied(pkg.codec.inflateChunks(pkg.raw(entry)), fresh, plan.headerRow, lastRow);
}
