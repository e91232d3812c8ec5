// The file host: a WorkbookHost over an .xlsx/.csv file's bytes (bytes in, bytes out; no file system here).
import type { Workbook, Worksheet } from 'exceljs';
import { concatBytes, type WritePlan, type NumberLocale, type Outcome } from '../../core';
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
import { type CsvDelimiter } from './csv';
import { csvOutput } from './csv-out';
import { csvSource } from './host-sources';
import { ExcelJsBook } from './exceljs-book';
import { ExcelMirror } from './excel-mirror';
import { openFile, type FileFormat, type OpenedFile } from './load';
import { chooseSheet } from './locate';
import { NUMBER_LOCALE_KEY, numberLocaleOf, readBookState, readState } from './state-store';
import { readTable } from './read';
import type { SheetCells } from './xlsx/sheet';
import {
  checkWrite,
  portableCodec,
  writeXlsx,
  type ByteSink,
  type Codec,
  type SheetChange,
  type WorkbookSource,
} from './xlsx-write';

/** One sheet as read from the file, for showing it: its cells and the number format of each cell style. */
export interface SheetView {
  readonly name: string;
  readonly cells: SheetCells;
  readonly formats: readonly string[];
}

export interface FileHostOptions {
  /** Overrides the number locale the host reports (a ";"-separated CSV implies "decimal-comma"). */
  readonly numberLocale?: NumberLocale;
  /** Keep each cell's style while reading (a view that shows the sheet needs it; the CLI does not). */
  readonly forView?: boolean;
}

/** What this host writes: the Pareto chart as a chart part, values instead of live formulas. */
const FILE_HOST_CAPABILITIES: HostCapabilities = {
  charts: true,
  liveFormulas: false,
  tableColumns: true,
};

/** A plan that does not add up is a bug in the caller, not a user problem: it throws. */
function assertWellFormed(plan: WritePlan): void {
  const problem = planProblem(plan) ?? summaryAddressProblem(plan.summary);
  if (problem !== null) throw new Error(`Write plan: ${problem}`);
}

export class FileWorkbookHost implements WorkbookHost {
  readonly state: WorkbookState;
  /**
   * Things in the opened file this host cannot carry over when it saves: none, since saving patches
   * the package and keeps every part that is not ours (the reader's notes on parts a rewrite would
   * drop no longer apply).
   */
  readonly openNotes: readonly string[] = [];
  readonly format: FileFormat;
  /** The sheet last read or written: the one CSV output holds. */
  private dataSheet: string | undefined;
  /** The ExcelJS copy with the results, for a view of the sheet and for reads after a write. */
  private readonly excel: ExcelMirror;
  /** The changes since opening (plans applied, results cleared), written into the package when saving. */
  private readonly changes: SheetChange[] = [];
  /** State entries stored since opening, written with the package. */
  private readonly pendingState = new Map<string, string>();
  /** Where the last read found the sheet empty to the right: new columns from there need no scan. */
  private lastRead: { readonly sheet: string; readonly freeFrom: number } | undefined;
  private constructor(
    private readonly opened: OpenedFile,
    /**
     * An .xlsx file's bytes exactly as opened, never changed: the package reader reads them, and a
     * writer that patches the package copies every part it does not change from them. Empty for a
     * CSV: its cells, read at opening, are what saving starts from (a full sheet's file is 50 MB).
     */
    readonly inputBytes: Uint8Array,
    readonly fileName: string,
    private readonly numberLocale: NumberLocale | undefined,
    private readonly delimiter: CsvDelimiter,
    /** Opened for a view of the sheet (the preview): a write shows its results in the copy at once. */
    private readonly forView: boolean,
  ) {
    this.format = opened.format;
    this.excel = new ExcelMirror(opened, inputBytes, fileName);
    this.state = new WorkbookState(this.stateStore());
  }

  /** Opens .xlsx or .csv bytes. Fails with 'unreadable-file' on bytes that are neither. */
  static async fromBuffer(
    data: Uint8Array | ArrayBuffer,
    fileName: string,
    options: FileHostOptions = {},
  ): Promise<Outcome<FileWorkbookHost>> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const opened = openFile(bytes, fileName, { keepStyles: options.forView === true });
    if (opened.kind === 'error') return opened;
    const { book, delimiter, numberLocale } = opened.value;
    const locale =
      options.numberLocale ??
      numberLocale ??
      numberLocaleOf(readBookState(book, NUMBER_LOCALE_KEY));
    const host = new FileWorkbookHost(
      opened.value,
      opened.value.format === 'xlsx' ? bytes : new Uint8Array(0),
      fileName,
      locale,
      delimiter ?? ',',
      options.forView === true,
    );
    return { kind: 'ok', value: host };
  }

  /** The ExcelJS copy with the results, loaded on first use (see ExcelMirror). */
  excelWorkbook(): Promise<Workbook> {
    return this.excel.load();
  }

  /** The ExcelJS copy when a write or a read after it has loaded it; undefined while the file has only been read. */
  loadedWorkbook(): Workbook | undefined {
    return this.excel.loaded();
  }

  /** A sheet's cells as the package reader read them, with each cell's style, for a view of the sheet. */
  sheetView(name: string): SheetView | undefined {
    const { book } = this.opened;
    const sheet = book.sheet(name);
    if (sheet === undefined) return undefined;
    return {
      name: sheet.name,
      cells: book.cells(sheet, { keepStyles: true }),
      formats: book.styles.formats,
    };
  }

  /**
   * The state on the workbook's very hidden `_KAM_State` sheet: writes wait as pending entries
   * until the workbook is saved, and are read back from there first.
   */
  private stateStore(): StateStore {
    return {
      read: async (key) => ({
        kind: 'ok',
        value: {
          text:
            this.pendingState.get(key) ??
            (this.excel.current !== undefined
              ? readState(this.excel.current, key)
              : readBookState(this.opened.book, key)),
        },
      }),
      write: async (entries) => {
        for (const [key, text] of Object.entries(entries)) this.pendingState.set(key, text);
        return { kind: 'ok', value: undefined };
      },
    };
  }

  capabilities(): Outcome<HostCapabilities> {
    return { kind: 'ok', value: FILE_HOST_CAPABILITIES };
  }

  /** Visible sheet names, in tab order. */
  sheetNames(): string[] {
    const copy = this.excel.current;
    const sheets = copy !== undefined ? copy.worksheets : this.opened.book.sheets();
    return sheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
  }

  /**
   * Reads the sheet a table request lands on ahead of the synchronous read, with the platform's
   * native inflate (the preview calls it as it opens a file, so the first view needs no second read).
   */
  async preload(request: TableRequest = {}): Promise<void> {
    if (this.excel.current !== undefined) return;
    const { book } = this.opened;
    const sheet = chooseSheet(book, request.sheet, request.table);
    if (sheet.kind === 'ok') await book.load(sheet.value);
  }

  async readTable(request: TableRequest = {}): Promise<Outcome<ReadTableResult>> {
    // After a write the table is read with the results in it (our columns, for a re-run).
    if (this.changes.length > 0) {
      const workbook = await this.excel.writable();
      if (workbook.kind === 'error') return workbook;
    }
    await this.preload(request);
    const copy = this.excel.current;
    const read =
      copy !== undefined
        ? readTable(new ExcelJsBook(copy), request, this.numberLocale)
        : readTable(this.opened.book, request, this.numberLocale);
    if (read.kind === 'ok') {
      this.dataSheet = read.value.table.sheet;
      this.lastRead = {
        sheet: read.value.table.sheet,
        freeFrom: read.value.layout.firstFreeColumn,
      };
    }
    return read;
  }

  /**
   * Checks the plan against the workbook and records it; saving writes it (toBuffer,
   * saveWorkbookFile). Refusals (no room right of the data, a user's own "KAM Summary" sheet, a
   * vanished table, a user's cell in a new column) come back here, before anything is written.
   */
  async apply(plan: WritePlan, onProgress?: ProgressCallback): Promise<Outcome<WriteNotes>> {
    assertWellFormed(plan);
    onProgress?.(0, 'Writing results');
    const checked = this.checkPlan(plan);
    if (checked.kind === 'error') return checked;
    this.changes.push({ kind: 'plan', plan });
    this.excel.record(plan);
    this.dataSheet = plan.sheet;
    if (this.numberLocale !== undefined)
      this.pendingState.set(NUMBER_LOCALE_KEY, this.numberLocale);
    // A view of the sheet shows the results at once; the CLI never loads the copy.
    if (this.forView || this.excel.current !== undefined) {
      const workbook = await this.excel.writable();
      if (workbook.kind === 'error') return workbook;
    }
    onProgress?.(1, 'Done');
    return { kind: 'ok', value: { notes: checked.value } };
  }

  /**
   * A plan checked against the workbook as it will be saved: the opened package when nothing
   * changed yet, else the package the changes so far make.
   */
  private checkPlan(plan: WritePlan): Outcome<string[]> {
    if (this.changes.length === 0) {
      const read = this.lastRead;
      const freeFrom =
        read?.sheet.toLowerCase() === plan.sheet.toLowerCase() ? read.freeFrom : undefined;
      return checkWrite(this.source(), plan, portableCodec, freeFrom);
    }
    const chunks: Uint8Array[] = [];
    const written = this.writeXlsx((chunk) => chunks.push(chunk.slice()), portableCodec);
    if (written.kind === 'error') return written;
    return checkWrite({ kind: 'xlsx', bytes: concatBytes(chunks) }, plan, portableCodec);
  }

  /** Where saving starts from: the package as opened, or the CSV's rows as read. */
  private source(): WorkbookSource {
    if (this.format === 'xlsx') return { kind: 'xlsx', bytes: this.inputBytes };
    return csvSource(this.opened.book, this.numberLocale === 'decimal-comma');
  }

  async clearResults(request?: TableRequest): Promise<Outcome<WriteNotes>> {
    const workbook = await this.excel.writable();
    if (workbook.kind === 'error') return workbook;
    let chosen: Worksheet | null = null;
    if (request?.sheet !== undefined || request?.table !== undefined) {
      const sheet = chooseSheet(new ExcelJsBook(workbook.value), request.sheet, request.table);
      if (sheet.kind === 'error') return sheet;
      chosen = sheet.value;
    }
    this.changes.push({ kind: 'clear', sheets: chosen === null ? null : [chosen.name] });
    // The copy is cleared at once: its notes say which table columns had to stay.
    const notes =
      chosen === null ? clearResults(workbook.value) : clearResults(workbook.value, [chosen]);
    return { kind: 'ok', value: { notes } };
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
      // A clear or several writes are replayed on the ExcelJS copy; one plan is laid over the rows read.
      if (this.changes.length > 1 || this.changes[0]?.kind === 'clear') await this.excelWorkbook();
      const chunks: Uint8Array[] = [];
      const notes = await this.streamCsv((chunk) => chunks.push(chunk));
      return { bytes: concatBytes(chunks), notes };
    }
    const chunks: Uint8Array[] = [];
    // A chunk may be a view on a buffer the writer reuses: each is copied as it comes.
    const written = this.writeXlsx((chunk) => chunks.push(chunk.slice()), portableCodec);
    if (written.kind === 'error') throw new Error(written.message);
    return { bytes: concatBytes(chunks), notes: [] };
  }

  /**
   * The workbook as .xlsx, streamed to `sink`: the opened package with the changes and the stored
   * state patched in, every other part as it came. An error leaves the sink with part of a package
   * (see saveWorkbookFile, which writes to a temporary file).
   */
  writeXlsx(sink: ByteSink, codec: Codec, onProgress?: ProgressCallback): Outcome<void> {
    const request = { changes: this.changes, state: this.pendingState };
    return writeXlsx(this.source(), request, sink, codec, onProgress);
  }

  /**
   * The data sheet as CSV bytes (see csvOutput), streamed to `sink` in chunks of about 1 MB as the
   * rows are made: the rows or text of the whole sheet are never held. Returns the notes on what
   * the format leaves out.
   */
  async streamCsv(sink: ByteSink): Promise<string[]> {
    // A clear or several writes are replayed on the ExcelJS copy; one plan is laid over the rows read.
    if (this.changes.length > 1 || this.changes[0]?.kind === 'clear') await this.excelWorkbook();
    const output = this.csvOutput();
    for (const chunk of output.chunks) sink(chunk);
    return output.notes;
  }

  /** The data sheet's values as CSV text (without the BOM), with the notes (see csvOutput). */
  toCsv(): { text: string; notes: string[] } {
    const output = this.csvOutput();
    // TextDecoder drops the BOM.
    return { text: new TextDecoder().decode(concatBytes([...output.chunks])), notes: output.notes };
  }

  private csvOutput(): ReturnType<typeof csvOutput> {
    const first = this.changes[0];
    return csvOutput({
      book: this.opened.book,
      excel: this.excel.current,
      dataSheet: this.dataSheet,
      plan: first?.kind === 'plan' ? first.plan : undefined,
      sheetNames: this.sheetNames(),
      delimiter: this.delimiter,
      decimalComma: this.numberLocale === 'decimal-comma' && this.delimiter === ';',
    });
  }
}
