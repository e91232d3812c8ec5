// The one port every spreadsheet host implements: Excel (Office.js), files (.xlsx/.csv), Google Sheets.
import type { Outcome, RawTable, SheetLayout, WritePlan } from '../core';
import type { WorkbookState } from './state';

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

/** What a host can write, so callers describe its output truly ("with a Pareto chart"). */
export interface HostCapabilities {
  /** Draws the Pareto chart on the summary sheet. */
  readonly charts: boolean;
  /** The summary's figures are live KAM formulas that recalculate (else values of the run). */
  readonly liveFormulas: boolean;
  /** Result columns join an Excel table they sit beside. */
  readonly tableColumns: boolean;
}

/**
 * What a write did that the plan alone does not say: what the host could not do or did otherwise
 * ("the results sit beside the table", "no chart in this format"). Every caller shows them.
 */
export interface WriteNotes {
  readonly notes: readonly string[];
}

/** Text stored in the workbook under one key, and where it came from when that matters to a message. */
export interface StoredText {
  /** The stored value as read (text, or whatever a damaged store holds); null when absent. */
  readonly text: unknown;
  /** Said after a refusal when the text sits where the user cannot see or mend it (the CLI's hidden sheet). */
  readonly origin?: string;
}

/**
 * Where a host keeps the add-in's state inside the workbook, as text under keys: Excel's document
 * settings (with the CLI's hidden sheet as fallback), the file host's very hidden sheet, Sheets'
 * document properties. WorkbookState reads and writes the model and run statistics through it.
 */
export interface StateStore {
  read(key: string): Promise<Outcome<StoredText>>;
  /** Stores every entry in one write, replacing what was under those keys. */
  write(entries: Readonly<Record<string, string>>): Promise<Outcome<void>>;
}

export interface WorkbookHost {
  /** What this host can write; an error when the host cannot run at all (Excel too old). */
  capabilities(): Outcome<HostCapabilities>;
  /** Reads the account table. Fails with a value (not an exception) on user-fixable problems. */
  readTable(request?: TableRequest): Promise<Outcome<ReadTableResult>>;
  /** Writes a plan: result columns, formats, rules and the summary sheet; nothing else changes. */
  apply(plan: WritePlan, onProgress?: ProgressCallback): Promise<Outcome<WriteNotes>>;
  /** Removes exactly what apply wrote (our columns, our rules, our summary sheet). */
  clearResults(request?: TableRequest): Promise<Outcome<WriteNotes>>;
  /** The model, the model list and the last run's statistics saved in the workbook. */
  readonly state: WorkbookState;
  /** Brings a cell into view and selects it (a diagnostic's link); hosts without a UI may do nothing. */
  selectCell(sheet: string, address: string): Promise<Outcome<void>>;
}
