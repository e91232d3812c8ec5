// What a write plan changes in a package, decided before anything is written: the parts involved, our old columns, the table fit, and every refusal.
import {
  columnLetters,
  fail,
  parseUnion,
  sameName,
  type Outcome,
  type SheetBox,
  type WritePlan,
} from '../../../core';
import {
  markedSheet,
  ownedColumns,
  RESULTS_NAME,
  SUMMARY_NAME,
  type OwnedColumn,
} from '../../markers';
import { planTableFit, summaryConflict, type TableFit } from '../../plan-checks';
import { STATE_SHEET } from '../../state-sheet';
import { REL_TYPES, type InputPackage, type Relationship } from './package';
import { findTablePart, fitTable, sheetTables, type TablePart } from './table-part';
import { definedNames, markerFormula, workbookSheets, type SheetEntry } from './workbook-part';

/** Excel's last column is XFD. */
const MAX_COLUMNS = 16_384;

/** A sheet of the workbook with its part. */
export interface LocatedSheet extends SheetEntry {
  readonly path: string;
}

/** The workbook as the writer sees it: its parts and our marks, independent of any plan. */
export interface WorkbookLayout {
  readonly workbookPath: string;
  readonly workbookXml: string;
  readonly relationships: readonly Relationship[];
  readonly sheets: readonly LocatedSheet[];
  /** Areas of our results marker, on every sheet. */
  readonly resultAreas: readonly SheetBox[];
  /** The sheet our summary marker points at, or null. */
  readonly markedSummary: string | null;
  readonly stateSheet: LocatedSheet | null;
}

/** What one plan changes on its data sheet. */
export interface PlanLayout {
  readonly plan: WritePlan;
  readonly dataSheet: LocatedSheet;
  /** Our columns from an earlier run on the plan's header row. */
  readonly owned: ReadonlyMap<number, OwnedColumn>;
  /** Old columns of ours the plan no longer writes: emptied. */
  readonly cleared: ReadonlySet<number>;
  readonly fit: TableFit<TablePart> | null;
  /** Our summary sheet from an earlier run, replaced in place (null: a new sheet is added). */
  readonly oldSummary: LocatedSheet | null;
}

export function readWorkbookLayout(pkg: InputPackage): Outcome<WorkbookLayout> {
  const workbookPath = pkg.workbookPath();
  const workbookXml = workbookPath === null ? null : pkg.text(workbookPath);
  if (workbookPath === null || workbookXml === null)
    return fail('unreadable-file', 'The file has no workbook part: it is not an Excel workbook.');
  const relationships = pkg.relationships(workbookPath);
  const sheets: LocatedSheet[] = [];
  for (const sheet of workbookSheets(workbookXml)) {
    const rel = relationships.find((r) => r.id === sheet.relId && r.type === REL_TYPES.worksheet);
    if (rel !== undefined && !rel.external) sheets.push({ ...sheet, path: rel.target });
  }
  const names = definedNames(workbookXml);
  const summaryFormula = markerFormula(names, SUMMARY_NAME);
  return {
    kind: 'ok',
    value: {
      workbookPath,
      workbookXml,
      relationships,
      sheets,
      resultAreas: parseUnion(markerFormula(names, RESULTS_NAME) ?? ''),
      markedSummary: summaryFormula === null ? null : markedSheet(parseUnion(summaryFormula)),
      stateSheet: sheets.find((s) => s.name === STATE_SHEET) ?? null,
    },
  };
}

/**
 * Checks a plan against the package and decides what changes. Refusals: the sheet or table is gone,
 * no room right of the data (column XFD is the last), a user's own sheet with the summary's name,
 * a header that clashes with a column of the table.
 */
export function layoutPlan(
  pkg: InputPackage,
  workbook: WorkbookLayout,
  plan: WritePlan,
): Outcome<PlanLayout> {
  const dataSheet = workbook.sheets.find((s) => sameName(s.name, plan.sheet));
  if (dataSheet === undefined)
    return fail('no-sheet', `The sheet "${plan.sheet}" is no longer in the workbook.`);
  const beyond = plan.columns.find((c) => c.column > MAX_COLUMNS);
  if (beyond !== undefined) {
    const last = Math.min(...plan.columns.map((c) => c.column)) - 1;
    return fail(
      'unsafe-plan',
      `There is no room for the result columns on "${dataSheet.name}": the sheet is used up to its last column (${columnLetters(Math.min(last, MAX_COLUMNS))}), and Excel has no column after XFD. Move or delete what is right of your table (or copy the table to a new sheet), then run again. Nothing was written.`,
    );
  }
  const all = ownedColumns(workbook.resultAreas, dataSheet.name);
  const owned = new Map([...all].filter(([, mark]) => mark.headerRow === plan.headerRow));
  const written = new Map(plan.columns.map((c) => [c.column, c.header]));
  const cleared = new Set(
    [...plan.staleColumns, ...owned.keys()].filter((c) => owned.has(c) && !written.has(c)),
  );
  let fit: TableFit<TablePart> | null = null;
  if (plan.tableName !== undefined) {
    const table = findTablePart(sheetTables(pkg, dataSheet.path), plan.tableName);
    if (table === undefined)
      return fail(
        'no-table',
        `The Excel table "${plan.tableName}" is no longer on the sheet "${dataSheet.name}".`,
      );
    const fitted = fitTable(table, written, cleared);
    if (fitted.clash !== null)
      return fail(
        'unsafe-plan',
        `The table "${table.name}" already has a column called "${fitted.clash}". Nothing was changed.`,
      );
    fit = fitted.fit;
  }
  const existing = workbook.sheets.find((s) => sameName(s.name, plan.summary.name));
  const conflict = summaryConflict(existing?.name ?? null, workbook.markedSummary, 'tool');
  if (conflict !== null) return fail('summary-sheet-exists', conflict);
  return {
    kind: 'ok',
    value: { plan, dataSheet, owned, cleared, fit, oldSummary: existing ?? null },
  };
}

/** One sheet's columns of ours to clear, and the tables they leave. */
export interface SheetClear {
  readonly sheet: LocatedSheet;
  readonly owned: ReadonlyMap<number, OwnedColumn>;
  readonly fits: readonly TableFit<TablePart>[];
}

/** What clearing our results changes: our columns on the sheets, and our summary sheet goes. */
export interface ClearLayout {
  readonly sheets: readonly SheetClear[];
  /** Our summary sheet (marked, still called by the summary's name), removed. */
  readonly summary: LocatedSheet | null;
}

/** The clear of our results on the named sheets (every sheet when none are named). */
export function layoutClear(
  pkg: InputPackage,
  workbook: WorkbookLayout,
  sheetNames: readonly string[] | null,
  summaryName: string,
): ClearLayout {
  const sheets: SheetClear[] = [];
  for (const sheet of workbook.sheets) {
    if (sheetNames !== null && !sheetNames.some((n) => sameName(n, sheet.name))) continue;
    const owned = ownedColumns(workbook.resultAreas, sheet.name);
    if (owned.size === 0) continue;
    const fits: TableFit<TablePart>[] = [];
    for (const table of sheetTables(pkg, sheet.path)) {
      const mine = new Set(
        [...owned.values()].filter((m) => m.headerRow === table.box.top).map((m) => m.column),
      );
      if (mine.size > 0) fits.push(planTableFit(table, table, new Set(), mine));
    }
    sheets.push({ sheet, owned, fits });
  }
  const marked = workbook.markedSummary;
  const summary =
    marked !== null && sameName(marked, summaryName)
      ? (workbook.sheets.find((s) => sameName(s.name, marked)) ?? null)
      : null;
  return { sheets, summary };
}
