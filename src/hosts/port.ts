// The one port every spreadsheet host implements: Excel (Office.js), files (.xlsx/.csv), later Google Sheets.
import type { Calibration, Model, SheetLayout, WritePlan, Outcome, RawTable } from '../core';

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
  /** The active model saved in the workbook: null when there is none; an error when it is malformed. */
  loadModel(): Promise<Outcome<Model | null>>;
  /** Saves the model as the workbook's active model, and under its name in the workbook's model list. */
  saveModel(model: Model): Promise<Outcome<void>>;
  /** The named models saved in the workbook (malformed entries are left out). */
  listModels(): Promise<Outcome<readonly Model[]>>;
  /** The statistics of the last run, for per-row functions (KAM.SCORE, KAM.TIER). */
  loadCalibration(): Promise<Outcome<Calibration | null>>;
  saveCalibration(calibration: Calibration): Promise<Outcome<void>>;
  /** Brings a cell into view and selects it (a diagnostic's link); hosts without a UI may do nothing. */
  selectCell(sheet: string, address: string): Promise<Outcome<void>>;
}
