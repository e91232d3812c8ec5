// Writes the patched package: every part copied as it came except the few a plan changes, the data sheet streamed through once.
import { absoluteArea, sameName, type WritePlan } from '../../../core';
import { columnMarks, RESULTS_NAME, SUMMARY_NAME, summaryCell } from '../../markers';
import { STATE_SHEET } from '../../state-sheet';
import { chartXml, drawingXml } from './chart-part';
import type { ClearLayout, PlanLayout, WorkbookLayout } from './patch-layout';
import {
  CONTENT_TYPES,
  patchContentTypes,
  REL_TYPES,
  relationshipsPart,
  relationshipXml,
  relativeTarget,
  relsPathOf,
  type InputPackage,
} from './package';
import { RowPatcher, type RowEdit } from './row-patcher';
import { sheetFrame } from './sheet-frame';
import { readStateEntries, sharedStrings, stateSheetXml, summarySheetXml } from './sheet-parts';
import { streamRows, streamSheet, type SheetFrame } from './sheet-stream';
import type { SplitRow } from './sheet-cells';
import { StylesPatch } from './styles';
import { patchTablePart } from './table-part';
import { patchWorkbook, removeSheet } from './workbook-part';
import { attribute, elements } from './xml';
import type { ZipWriter } from './zip-write';
import { PartChanges, removeSheetParts, WorkbookChanges } from './part-changes';
import type { ProgressCallback } from '../../port';

/** A sheet's rows given already split, with the XML before and after them. */
export interface RowSource {
  readonly path: string;
  readonly head: string;
  readonly rows: Iterable<SplitRow>;
  readonly tail: string;
}

/** A patcher that changes nothing: a CSV's rows written as they are. */
const NO_EDIT: RowEdit = {
  headerRow: 1,
  firstDataRow: 2,
  lastRow: 0,
  columns: [],
  fresh: new Set(),
  replaced: new Map(),
};

export type PatchChange =
  | { readonly kind: 'plan'; readonly layout: PlanLayout }
  | { readonly kind: 'clear'; readonly layout: ClearLayout };

export interface PatchRequest {
  readonly workbook: WorkbookLayout;
  /** What changes on the sheets, or null when only the state changes. */
  readonly change: PatchChange | null;
  /** State entries to store (replacing those keys; other keys stay). */
  readonly state: ReadonlyMap<string, string>;
  /** The data sheet's rows, when they do not come from the package (a CSV's). */
  readonly sheetSource?: RowSource;
}

const encoder = new TextEncoder();

/** Writes the package for a request into `zip`. Throws OccupiedCellError from the stream. */
export function writePatchedPackage(
  pkg: InputPackage,
  request: PatchRequest,
  zip: ZipWriter,
  onProgress?: ProgressCallback,
): void {
  const { workbook, change } = request;
  const parts = new PartChanges(pkg);
  const book = new WorkbookChanges(workbook, parts);
  const stylesPath = workbook.relationships.find((r) => r.type === REL_TYPES.styles)?.target;
  const stylesXml = stylesPath === undefined ? null : pkg.text(stylesPath);
  const styles = new StylesPatch(stylesXml ?? '<styleSheet></styleSheet>');
  const source = request.sheetSource;
  const sheetStream: SheetStream = (path, patcher, frame) =>
    source?.path === path
      ? streamRows(source.rows, source.head, source.tail, patcher, frame)
      : streamSheet(
          pkg.codec.inflateChunks(pkg.raw(pkg.entry(path) ?? missing(path))),
          patcher,
          frame,
        );
  if (source !== undefined) {
    const unchanged = { head: (xml: string) => xml, tail: (xml: string) => xml };
    parts.streamed.set(source.path, sheetStream(source.path, new RowPatcher(NO_EDIT), unchanged));
  }

  if (change?.kind === 'plan')
    writePlan(pkg, change.layout, styles, parts, book, sheetStream, onProgress);
  if (change?.kind === 'clear') writeClear(pkg, change.layout, styles, parts, book, sheetStream);

  if (request.state.size > 0) {
    const old = workbook.stateSheet;
    const entries =
      old === null
        ? new Map<string, string>()
        : readStateEntries(pkg.text(old.path) ?? '', sharedOnce(pkg, workbook));
    for (const [key, text] of request.state) entries.set(key, text);
    parts.put(old?.path ?? book.newSheet(STATE_SHEET, true), stateSheetXml(entries));
  }

  if (stylesPath !== undefined && stylesXml !== null) {
    const patched = styles.toXml();
    if (patched !== stylesXml) parts.put(stylesPath, patched);
  }
  let workbookXml = workbook.workbookXml;
  for (const relId of book.removedRelIds) workbookXml = removeSheet(workbookXml, relId);
  workbookXml = patchWorkbook(workbookXml, { addSheets: book.addSheets, names: book.names });
  if (workbookXml !== workbook.workbookXml) parts.put(workbook.workbookPath, workbookXml);
  if (book.newRelationships.length > 0 || book.removedRelIds.length > 0) {
    const relsPath = relsPathOf(workbook.workbookPath);
    let relsXml = pkg.text(relsPath) ?? relationshipsPart([]);
    for (const item of elements(relsXml, 'Relationship'))
      if (book.removedRelIds.includes(attribute(item.tag, 'Id') ?? ''))
        relsXml = relsXml.replace(item.xml, '');
    const close = relsXml.lastIndexOf('</Relationships>');
    parts.put(
      relsPath,
      `${relsXml.slice(0, close)}${book.newRelationships.join('')}${relsXml.slice(close)}`,
    );
  }
  if (parts.contentTypes.size > 0 || parts.deleted.size > 0) {
    const typesXml = pkg.text('[Content_Types].xml') ?? '';
    parts.put(
      '[Content_Types].xml',
      patchContentTypes(typesXml, parts.contentTypes, parts.deleted),
    );
  }

  for (const entry of pkg.entries) {
    if (parts.deleted.has(entry.name)) continue;
    const streamed = parts.streamed.get(entry.name);
    const text = parts.replaced.get(entry.name);
    if (streamed !== undefined) zip.add(entry.name, streamed);
    else if (text !== undefined) zip.add(entry.name, [encoder.encode(text)]);
    else zip.copy(entry, pkg.raw(entry));
  }
  for (const [path, text] of parts.added) zip.add(path, [encoder.encode(text)]);
  zip.finish();
}

/** The XML of a data sheet with a patcher's rows and a frame's edits. */
type SheetStream = (path: string, patcher: RowPatcher, frame: SheetFrame) => Iterable<Uint8Array>;

function writePlan(
  pkg: InputPackage,
  layout: PlanLayout,
  styles: StylesPatch,
  parts: PartChanges,
  book: WorkbookChanges,
  sheetStream: SheetStream,
  onProgress?: ProgressCallback,
): void {
  const { plan, dataSheet, owned, cleared, fit } = layout;
  const lastRow = plan.firstDataRow + plan.rowCount - 1;
  const written = new Set(plan.columns.map((c) => c.column));
  const stuck = new Set(fit?.stuck ?? []);
  const replaced = new Map<number, { from: number; to: number }>();
  for (const column of written)
    replaced.set(column, {
      from: plan.headerRow,
      to: Math.max(lastRow, owned.get(column)?.lastRow ?? 0),
    });
  for (const column of cleared) {
    const mark = owned.get(column);
    const from = stuck.has(column) ? plan.headerRow + 1 : plan.headerRow;
    replaced.set(column, { from, to: Math.max(mark?.lastRow ?? lastRow, lastRow) });
  }
  const edit: RowEdit = {
    headerRow: plan.headerRow,
    firstDataRow: plan.firstDataRow,
    lastRow,
    columns: plan.columns.map((c) => ({ ...c, style: styles.cellFormat(c.numberFormat) })),
    fresh: new Set([...written].filter((c) => !owned.has(c))),
    replaced,
  };
  const frame = sheetFrame(
    {
      widths: new Map(plan.columns.map((c) => [c.column, c.width])),
      oldColumns: new Set(owned.keys()),
      rules: plan.conditionalFormats,
      firstDataRow: plan.firstDataRow,
      lastRow,
      right: Math.max(0, ...written),
      bottom: lastRow,
    },
    styles,
  );
  parts.streamed.set(
    dataSheet.path,
    sheetStream(dataSheet.path, new RowPatcher(edit, onProgress), frame),
  );
  if (fit !== null) {
    const table = patchTablePart(fit, new Map(plan.columns.map((c) => [c.column, c.header])));
    if (table !== null) parts.put(fit.table.path, table);
  }
  const keptAreas = book.layout.resultAreas.filter(
    (area) =>
      !sameName(area.sheet, dataSheet.name) ||
      !(
        area.left === area.right &&
        (written.has(area.left) || cleared.has(area.left)) &&
        owned.has(area.left)
      ),
  );
  const marks = [
    ...keptAreas.map(absoluteArea),
    ...plan.columns.flatMap((c) =>
      columnMarks(dataSheet.name, { column: c.column, headerRow: plan.headerRow, lastRow }),
    ),
  ];
  book.names.set(RESULTS_NAME, marks.length === 0 ? null : marks.join(','));
  writeSummary(pkg, layout, plan, styles, parts, book);
}

function writeClear(
  pkg: InputPackage,
  layout: ClearLayout,
  styles: StylesPatch,
  parts: PartChanges,
  book: WorkbookChanges,
  sheetStream: SheetStream,
): void {
  let areas = book.layout.resultAreas;
  for (const { sheet, owned, fits } of layout.sheets) {
    const stuck = new Set(fits.flatMap((f) => f.stuck));
    const replaced = new Map<number, { from: number; to: number }>();
    for (const mark of owned.values())
      replaced.set(mark.column, {
        from: stuck.has(mark.column) ? mark.headerRow + 1 : mark.headerRow,
        to: mark.lastRow,
      });
    const first = Math.min(...[...owned.values()].map((m) => m.headerRow));
    const edit: RowEdit = {
      headerRow: first,
      firstDataRow: first + 1,
      lastRow: first,
      columns: [],
      fresh: new Set(),
      replaced,
    };
    const frame = sheetFrame(
      {
        widths: new Map(),
        oldColumns: new Set(owned.keys()),
        rules: [],
        firstDataRow: 1,
        lastRow: 0,
        right: 0,
        bottom: 0,
      },
      styles,
    );
    parts.streamed.set(sheet.path, sheetStream(sheet.path, new RowPatcher(edit), frame));
    for (const fit of fits) {
      const table = patchTablePart(fit, new Map());
      if (table !== null) parts.put(fit.table.path, table);
    }
    areas = areas.filter((area) => !sameName(area.sheet, sheet.name));
  }
  book.names.set(RESULTS_NAME, areas.length === 0 ? null : areas.map(absoluteArea).join(','));
  book.names.set(SUMMARY_NAME, null);
  if (layout.summary !== null) {
    removeSheetParts(pkg, layout.summary.path, parts);
    parts.remove(layout.summary.path);
    book.removedRelIds.push(layout.summary.relId);
  }
}

function missing(path: string): never {
  throw new Error(`The package has no part ${path}.`);
}

function sharedOnce(pkg: InputPackage, workbook: WorkbookLayout): () => readonly string[] {
  let cache: string[] | null = null;
  return () => {
    if (cache === null) {
      const path = workbook.relationships.find((r) => r.type === REL_TYPES.sharedStrings)?.target;
      cache = sharedStrings(path === undefined ? null : pkg.text(path));
    }
    return cache;
  };
}

/** The summary sheet: our old one replaced in place (its tab keeps its index), else a new one at the end. */
function writeSummary(
  pkg: InputPackage,
  layout: PlanLayout,
  plan: WritePlan,
  styles: StylesPatch,
  parts: PartChanges,
  book: WorkbookChanges,
): void {
  const summary = plan.summary;
  let path: string;
  if (layout.oldSummary !== null) {
    path = layout.oldSummary.path;
    removeSheetParts(pkg, path, parts);
  } else path = book.newSheet(summary.name, false);
  const name = layout.oldSummary?.name ?? summary.name;
  book.names.set(SUMMARY_NAME, summaryCell(name));
  let drawingRel: string | null = null;
  if (summary.chart !== null) {
    const drawing = parts.freePath('xl/drawings/drawing');
    const chart = parts.freePath('xl/charts/chart');
    drawingRel = 'rId1';
    parts.put(
      relsPathOf(path),
      relationshipsPart([
        relationshipXml('rId1', REL_TYPES.drawing, relativeTarget(path, drawing)),
      ]),
    );
    parts.put(drawing, drawingXml(summary.chart));
    parts.put(
      relsPathOf(drawing),
      relationshipsPart([relationshipXml('rId1', REL_TYPES.chart, relativeTarget(drawing, chart))]),
    );
    parts.put(chart, chartXml(name, summary.chart, summary.cells));
    parts.contentTypes.set(drawing, CONTENT_TYPES.drawing);
    parts.contentTypes.set(chart, CONTENT_TYPES.chart);
  }
  parts.put(path, summarySheetXml(summary, styles, drawingRel));
}
