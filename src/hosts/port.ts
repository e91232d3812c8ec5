// The one port every spreadsheet host implements: Excel (Office.js), files (.xlsx/.csv), later Google Sheets.
import type { Model } from '../core/model';
import type { SheetLayout, WritePlan } from '../core/plan-types';
import type { Outcome, RawTable } from '../core/types';

export interface TableRequest {
  /** Worksheet to read; the host's default (active or first sheet) when left out. */
  readonly sheet?: string;
  /** Excel table to read, by name. */
  readonly table?: string;
}

export interface ReadTableResult {
  readonly table: RawTable;
  readonly layout: SheetLayout;
}

/** Progress of a long operation, 0..1, with a short label such as "Writing results". */
export type ProgressCallback = (fraction: number, label: string) => void;

export interface WorkbookHost {
  /** Reads the account table. Fails with a value (not an exception) on user-fixable problems. */
  readTable(request?: TableRequest): Promise<Outcome<ReadTableResult>>;
  /** Writes a plan: result columns, formats, rules and the summary sheet; nothing else changes. */
  apply(plan: WritePlan, onProgress?: ProgressCallback): Promise<Outcome<void>>;
  /** Removes exactly what apply wrote (our columns, our rules, our summary sheet). */
  clearResults(request?: TableRequest): Promise<Outcome<void>>;
  /** The model saved in the workbook: null when there is none; an error when it is malformed. */
  loadModel(): Promise<Outcome<Model | null>>;
  saveModel(model: Model): Promise<Outcome<void>>;
}
