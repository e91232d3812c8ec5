// The Sheets host: a WorkbookHost over SpreadsheetApp. Apps Script is synchronous, so each operation
// is a plain function (the sidebar's server calls use those); the port's promises wrap them.
import {
  type Box,
  fail,
  type Outcome,
  parseBox,
  type RawCell,
  sameName,
  type WritePlan,
} from '../../core';
import type {
  HostCapabilities,
  ProgressCallback,
  ReadTableResult,
  StoredText,
  TableRequest,
  WorkbookHost,
  WriteNotes,
} from '../port';
import { WorkbookState } from '../state';
import type { AppsScriptServices, PropertiesApi, SpreadsheetApi } from './apps-script';
import { applyWithinBudget } from './apply';
import { SHEETS_CAPABILITIES } from './capabilities';
import { SerialDates } from './cells';
import { clearResults } from './clear';
import type { PlanFrame, RowBlock, RowsTarget } from './frame';
import { readMarks } from './marks';
import { readBlock, readTable } from './read';
import { messageOf, readState, writeState } from './state-store';
import { beginWrite, finishWrite, type WriteContext, writeRows } from './write';

export interface SheetsHostOptions {
  readonly services: Pick<AppsScriptServices, 'SpreadsheetApp' | 'PropertiesService' | 'Utilities'>;
  /** The clock: Date.now in Apps Script, a virtual one in tests. */
  readonly now?: () => number;
  /** When the current execution started (the 6-minute budget counts from there); default: now. */
  readonly startedAt?: number;
  /** The time a one-execution write may take before it stops and can be resumed. */
  readonly writeBudgetMs?: number;
}

/** A failure of an Apps Script service while reading: nothing was changed. */
function readFailure(doing: string, error: unknown): Outcome<never> {
  return fail(
    'sheets-failure',
    `Google Sheets reported a problem while ${doing}: ${messageOf(error)}`,
  );
}

/** A failure while writing: part may be written, all of it under our marks, none in the user's cells. */
function writeFailure(error: unknown): Outcome<never> {
  return fail(
    'partially-written',
    `Writing the results stopped part-way (${messageOf(error)}). Your own cells were not changed; run "Identify key accounts" again, or "Clear results" to remove the partial results.`,
  );
}

export class SheetsWorkbookHost implements WorkbookHost {
  readonly state: WorkbookState;
  private readonly now: () => number;
  private readonly startedAt: number;

  constructor(private readonly options: SheetsHostOptions) {
    this.now = options.now ?? (() => Date.now());
    this.startedAt = options.startedAt ?? this.now();
    this.state = new WorkbookState({
      read: (key) => Promise.resolve(this.readStateNow(key)),
      write: (entries) => Promise.resolve(this.writeStateNow(entries)),
    });
  }

  private spreadsheet(): SpreadsheetApi {
    return this.options.services.SpreadsheetApp.getActiveSpreadsheet();
  }

  /** The document's properties, the add-on's store in this spreadsheet. */
  properties(): PropertiesApi {
    return this.options.services.PropertiesService.getDocumentProperties();
  }

  /** The text stored under a key in the document's properties. */
  readStateNow(key: string): Outcome<StoredText> {
    return readState(() => this.properties(), key);
  }

  writeStateNow(entries: Readonly<Record<string, string>>): Outcome<void> {
    return writeState(() => this.properties(), entries);
  }

  private context(): WriteContext {
    const spreadsheet = this.spreadsheet();
    return {
      app: this.options.services.SpreadsheetApp,
      spreadsheet,
      dates: new SerialDates(this.options.services.Utilities, () =>
        spreadsheet.getSpreadsheetTimeZone(),
      ),
    };
  }

  capabilities(): Outcome<HostCapabilities> {
    return { kind: 'ok', value: SHEETS_CAPABILITIES };
  }

  readTableNow(request: TableRequest = {}): Outcome<ReadTableResult> {
    try {
      const { spreadsheet, dates } = this.context();
      return readTable(spreadsheet, request, readMarks(spreadsheet), dates);
    } catch (error) {
      return readFailure('reading the account table', error);
    }
  }

  /** Rows of a block already located (the sidebar reads a large table in pages): one getValues(). */
  readRowsNow(sheetName: string, box: Box): Outcome<RawCell[][]> {
    try {
      const { spreadsheet, dates } = this.context();
      const sheet = spreadsheet.getSheets().find((s) => sameName(s.getName(), sheetName));
      if (sheet === undefined)
        return fail('no-sheet', `The sheet "${sheetName}" is no longer in the spreadsheet.`);
      return { kind: 'ok', value: readBlock(sheet, box, dates).cells.map((row) => [...row]) };
    } catch (error) {
      return readFailure('reading the account table', error);
    }
  }

  applyNow(plan: WritePlan, onProgress?: ProgressCallback): Outcome<WriteNotes> {
    try {
      return applyWithinBudget(this.context(), plan, {
        properties: this.properties(),
        now: this.now,
        startedAt: this.startedAt,
        budgetMs: this.options.writeBudgetMs,
        onProgress,
      });
    } catch (error) {
      return writeFailure(error);
    }
  }

  beginWrite(frame: PlanFrame): Outcome<WriteNotes> {
    return this.writing(() => beginWrite(this.context(), frame));
  }

  writeRows(target: RowsTarget, block: RowBlock): Outcome<void> {
    return this.writing(() => writeRows(this.context(), target, block));
  }

  finishWrite(frame: PlanFrame): Outcome<WriteNotes> {
    return this.writing(() => finishWrite(this.context(), frame));
  }

  private writing<T>(write: () => Outcome<T>): Outcome<T> {
    try {
      return write();
    } catch (error) {
      return writeFailure(error);
    }
  }

  clearNow(request: TableRequest = {}): Outcome<WriteNotes> {
    try {
      return clearResults(this.spreadsheet(), this.properties(), request);
    } catch (error) {
      return fail(
        'sheets-failure',
        `Clearing the results stopped part-way (${messageOf(error)}). Choose "Clear results" again to finish.`,
      );
    }
  }

  selectCellNow(sheetName: string, address: string): Outcome<void> {
    const box = parseBox(address);
    if (box === null) return fail('bad-address', `"${address}" is not a cell address.`);
    try {
      const sheet = this.spreadsheet()
        .getSheets()
        .find((s) => sameName(s.getName(), sheetName));
      if (sheet === undefined) return fail('no-sheet', `There is no sheet called "${sheetName}".`);
      sheet.activate();
      sheet
        .getRange(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1)
        .activate();
      return { kind: 'ok', value: undefined };
    } catch (error) {
      return readFailure(`selecting ${address}`, error);
    }
  }

  readTable(request?: TableRequest): Promise<Outcome<ReadTableResult>> {
    return Promise.resolve(this.readTableNow(request));
  }

  apply(plan: WritePlan, onProgress?: ProgressCallback): Promise<Outcome<WriteNotes>> {
    return Promise.resolve(this.applyNow(plan, onProgress));
  }

  clearResults(request?: TableRequest): Promise<Outcome<WriteNotes>> {
    return Promise.resolve(this.clearNow(request));
  }

  selectCell(sheet: string, address: string): Promise<Outcome<void>> {
    return Promise.resolve(this.selectCellNow(sheet, address));
  }
}
