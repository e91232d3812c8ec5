// The file host: a WorkbookHost over an in-memory .xlsx/.csv workbook (bytes in, bytes out; no file system here).
import { ValueType, type Cell, type Workbook, type Worksheet } from 'exceljs';
import type { WritePlan, NumberLocale, Outcome } from '../../core';
import { planProblem, summaryAddressProblem } from '../plan-checks';
import type {
  HostCapabilities,
  ProgressCallback,
  ReadTableResult,
  StateStore,
  TableRequest,
  WorkbookHost,
  WriteNotes,
} from '../port';
import { WorkbookState } from '../state';
import { clearResults } from './clear';
import { cellToRaw } from './cells';
import { decodeText, parseCsv, writeCsv, type CsvDelimiter, type CsvValue } from './csv';
import { loadWorkbook, sheetNameForFile, type FileFormat } from './load';
import { chooseSheet, userSheets } from './locate';
import { NUMBER_LOCALE_KEY, readNumberLocale, readState } from './state-store';
import { readTable } from './read';
import { keepFilterButtons } from './tables';
import { applyPlan } from './write';
import {
  checkWrite,
  concatBytes,
  portableCodec,
  type SheetChange,
  writeXlsx,
  type ByteSink,
  type Codec,
  type WorkbookSource,
} from './xlsx-write';

/** A cell as CSV text shows it: dates as ISO dates (a serial number means nothing in a text file). */
function csvCell(cell: Cell): CsvValue {
  const value = cell.value;
  const shown =
    typeof value === 'object' && value !== null && !(value instanceof Date) && 'result' in value
      ? value.result
      : value;
  if (shown instanceof Date && cell.type !== ValueType.Merge) {
    const iso = shown.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return cellToRaw(cell);
}

export interface FileHostOptions {
  /** Overrides the number locale the host reports (a ";"-separated CSV implies "decimal-comma"). */
  readonly numberLocale?: NumberLocale;
}

/** What this host writes: the Pareto chart as a chart part, values instead of live formulas. */
const FILE_HOST_CAPABILITIES: HostCapabilities = {
  charts: true,
  liveFormulas: false,
  tableColumns: true,
};

/**
 * The state on the workbook's very hidden `_KAM_State` sheet: writes wait as pending entries until
 * the workbook is saved, and are read back from there first.
 */
function sheetStore(workbook: Workbook, pending: Map<string, string>): StateStore {
  return {
    read: async (key) => ({
      kind: 'ok',
      value: { text: pending.get(key) ?? readState(workbook, key) },
    }),
    write: async (entries) => {
      for (const [key, text] of Object.entries(entries)) pending.set(key, text);
      return { kind: 'ok', value: undefined };
    },
  };
}

/** A plan not a bug: a plan that does not add up is one in the caller, and throws. */
function assertWellFormed(plan: WritePlan): void {
  const problem = planProblem(plan) ?? summaryAddressProblem(plan.summary);
  if (problem !== null) throw new Error(`Write plan: ${problem}`);
}

export class FileWorkbookHost implements WorkbookHost {
  readonly state: WorkbookState;
  /** Things in the opened file this host cannot carry over when it saves. */
  readonly openNotes: readonly string[];
  /** The sheet last read or written: the one CSV output holds. */
  private dataSheet: string | undefined;
  /** The changes since opening (plans applied, results cleared); saving writes them into the package as it was opened. */
  private readonly changes: SheetChange[] = [];
  /** State entries stored since opening, written with the package. */
  private readonly pendingState = new Map<string, string>();
  /** Plans not yet shown in the in-memory workbook (written there only when someone looks at it). */
  private unmirrored: WritePlan[] = [];

  private constructor(
    private readonly model: Workbook,
    /** Where saving starts from: the opened package's bytes, or the CSV's rows. */
    private readonly source: WorkbookSource,
    readonly fileName: string,
    readonly format: FileFormat,
    private readonly numberLocale: NumberLocale | undefined,
    private readonly delimiter: CsvDelimiter,
    notes: readonly string[],
  ) {
    this.openNotes = notes;
    this.state = new WorkbookState(sheetStore(model, this.pendingState));
  }

  /**
   * The in-memory ExcelJS workbook with the applied results, for the preview's grid and tests;
   * saving does not use it (see toBuffer).
   */
  get workbook(): Workbook {
    const pending = this.unmirrored;
    this.unmirrored = [];
    for (const plan of pending) applyPlan(this.model, plan);
    return this.model;
  }

  /** Opens .xlsx or .csv bytes. Fails with 'unreadable-file' on bytes that are neither. */
  static async fromBuffer(
    data: Uint8Array | ArrayBuffer,
    fileName: string,
    options: FileHostOptions = {},
  ): Promise<Outcome<FileWorkbookHost>> {
    const loaded = await loadWorkbook(data, fileName);
    if (loaded.kind === 'error') return loaded;
    const { workbook, format, delimiter, numberLocale, notes } = loaded.value;
    workbook.worksheets.forEach(keepFilterButtons);
    const locale = options.numberLocale ?? numberLocale ?? readNumberLocale(workbook);
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const source: WorkbookSource =
      format === 'xlsx'
        ? { kind: 'xlsx', bytes }
        : {
            kind: 'csv',
            sheetName: sheetNameForFile(fileName),
            rows: () => parseCsv(decodeText(bytes), delimiter).rows,
            decimalComma: locale === 'decimal-comma',
          };
    const host = new FileWorkbookHost(
      workbook,
      source,
      fileName,
      format,
      locale,
      delimiter ?? ',',
      notes,
    );
    return { kind: 'ok', value: host };
  }

  capabilities(): Outcome<HostCapabilities> {
    return { kind: 'ok', value: FILE_HOST_CAPABILITIES };
  }

  /** Visible sheet names, in tab order. */
  sheetNames(): string[] {
    return this.workbook.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
  }

  async readTable(request: TableRequest = {}): Promise<Outcome<ReadTableResult>> {
    const read = readTable(this.workbook, request, this.numberLocale);
    if (read.kind === 'ok') this.dataSheet = read.value.table.sheet;
    return read;
  }

  /**
   * Checks the plan against the workbook and records it; saving writes it (toBuffer,
   * saveWorkbookFile). Refusals (no room right of the data, a user's own "KAM Summary" sheet, a
   * vanished table) come back here, before anything is written.
   */
  async apply(plan: WritePlan, onProgress?: ProgressCallback): Promise<Outcome<WriteNotes>> {
    assertWellFormed(plan);
    onProgress?.(0, 'Writing results');
    const checked = this.checkPlan(plan);
    if (checked.kind === 'error') return checked;
    this.changes.push({ kind: 'plan', plan });
    this.unmirrored.push(plan);
    this.dataSheet = plan.sheet;
    if (this.numberLocale !== undefined)
      this.pendingState.set(NUMBER_LOCALE_KEY, this.numberLocale);
    onProgress?.(1, 'Done');
    return { kind: 'ok', value: { notes: checked.value } };
  }

  async clearResults(request?: TableRequest): Promise<Outcome<WriteNotes>> {
    const model = this.workbook;
    let chosen: Worksheet | null = null;
    if (request?.sheet !== undefined || request?.table !== undefined) {
      const sheet = chooseSheet(model, request.sheet, request.table);
      if (sheet.kind === 'error') return sheet;
      chosen = sheet.value;
    }
    this.changes.push({ kind: 'clear', sheets: chosen === null ? null : [chosen.name] });
    // The in-memory workbook is cleared at once: its notes say which table columns had to stay.
    const notes = chosen === null ? clearResults(model) : clearResults(model, [chosen]);
    return { kind: 'ok', value: { notes } };
  }

  /**
   * A plan checked against the workbook as it will be saved: against the opened package when
   * nothing changed yet, else against the package the changes so far make.
   */
  private checkPlan(plan: WritePlan): Outcome<string[]> {
    if (this.changes.length === 0) return checkWrite(this.source, plan, portableCodec);
    const chunks: Uint8Array[] = [];
    const written = this.writeXlsx((chunk) => chunks.push(chunk.slice()), portableCodec);
    if (written.kind === 'error') return written;
    return checkWrite({ kind: 'xlsx', bytes: concatBytes(chunks) }, plan, portableCodec);
  }

  /** A file has no window to scroll: selecting a cell is accepted and does nothing. */
  async selectCell(): Promise<Outcome<void>> {
    return { kind: 'ok', value: undefined };
  }

  /**
   * The workbook as .xlsx bytes, or the data sheet as CSV text bytes (UTF-8 with BOM, which Excel
   * needs to see UTF-8), with notes on what the format leaves out.
   */
  async toBuffer(format: FileFormat = 'xlsx'): Promise<{ bytes: Uint8Array; notes: string[] }> {
    if (format === 'csv') {
      const csv = this.toCsv();
      return { bytes: new TextEncoder().encode(`\ufeff${csv.text}`), notes: csv.notes };
    }
    const chunks: Uint8Array[] = [];
    // A chunk may be a view on a buffer the writer reuses: each is copied as it comes.
    const written = this.writeXlsx((chunk) => chunks.push(chunk.slice()), portableCodec);
    if (written.kind === 'error') throw new Error(written.message);
    return { bytes: concatBytes(chunks), notes: [] };
  }

  /**
   * The workbook as .xlsx, streamed to `sink`: the opened package with the applied plan and the
   * stored state patched in, every other part as it came. An error leaves the sink with part of a
   * package (see saveWorkbookFile, which writes to a temporary file).
   */
  writeXlsx(sink: ByteSink, codec: Codec, onProgress?: ProgressCallback): Outcome<void> {
    const request = { changes: this.changes, state: this.pendingState };
    return writeXlsx(this.source, request, sink, codec, onProgress);
  }

  /**
   * The data sheet's values as CSV (the sheet last read or written, else the first user sheet):
   * what each cell shows (formulas as their cached results, dates as ISO dates), text that would
   * start a formula escaped with a leading quote. CSV has one sheet and no formatting, which the notes say.
   */
  toCsv(): { text: string; notes: string[] } {
    const named =
      this.dataSheet !== undefined ? this.workbook.getWorksheet(this.dataSheet) : undefined;
    const sheet = named ?? userSheets(this.workbook)[0] ?? this.workbook.worksheets[0];
    if (sheet === undefined) return { text: '', notes: [] };
    const rows: CsvValue[][] = [];
    const width = sheet.columnCount;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row: CsvValue[] = new Array<CsvValue>(width).fill(null);
      sheet.findRow(r)?.eachCell((cell, c) => {
        if (c <= width) row[c - 1] = csvCell(cell);
      });
      rows.push(row);
    }
    const extra = this.workbook.worksheets
      .filter((ws) => ws !== sheet && ws.state === 'visible')
      .map((ws) => ws.name);
    const note = `CSV keeps only the values of the sheet "${sheet.name}"${extra.length > 0 ? ` (not ${extra.map((n) => `"${n}"`).join(', ')})` : ''}: colours and formats need an .xlsx output.`;
    const text = writeCsv(rows, {
      delimiter: this.delimiter,
      decimalComma: this.numberLocale === 'decimal-comma' && this.delimiter === ';',
    });
    return { text, notes: [note] };
  }
}
