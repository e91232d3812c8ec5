// The file host: a WorkbookHost over an .xlsx/.csv file's bytes (bytes in, bytes out; no file system here).
import type { Workbook } from 'exceljs';
import { fail, type WritePlan, type NumberLocale, type Outcome } from '../../core';
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
import { bookCsvRows, excelCsvRows } from './book-csv';
import { clearResults } from './clear';
import { writeCsv, type CsvDelimiter } from './csv';
import { ExcelJsBook } from './exceljs-book';
import { loadExcelWorkbook, openFile, type FileFormat, type OpenedFile } from './load';
import { chooseSheet, userSheets } from './locate';
import {
  NUMBER_LOCALE_KEY,
  numberLocaleOf,
  readBookState,
  readState,
  writeState,
} from './state-store';
import { readTable } from './read';
import { keepFilterButtons, sheetTables } from './tables';
import { applyPlan } from './write';
import type { SheetCells } from './xlsx/sheet';

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

/** What this host writes: no charts (the file writer cannot make them), values instead of live formulas. */
const FILE_HOST_CAPABILITIES: HostCapabilities = {
  charts: false,
  liveFormulas: false,
  tableColumns: true,
};

export class FileWorkbookHost implements WorkbookHost {
  readonly state: WorkbookState;
  /** Things in the opened file this host cannot carry over when it saves (charts, pivot tables...). */
  readonly openNotes: readonly string[];
  readonly format: FileFormat;
  /** The sheet last read or written: the one CSV output holds. */
  private dataSheet: string | undefined;
  /**
   * The ExcelJS workbook, loaded only when a write needs it (apply, clearResults, toBuffer): reading
   * never pays for it. Once loaded it holds the written results, so reads go through it from then on.
   */
  private excel: Workbook | undefined;
  private excelLoading: Promise<Workbook> | undefined;

  private constructor(
    private readonly opened: OpenedFile,
    /**
     * The file's bytes exactly as opened, never changed: the package reader reads them, and a
     * writer that patches the package copies every part it does not change from them.
     */
    readonly inputBytes: Uint8Array,
    readonly fileName: string,
    private readonly numberLocale: NumberLocale | undefined,
    private readonly delimiter: CsvDelimiter,
  ) {
    this.format = opened.format;
    this.openNotes = opened.notes;
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
    const host = new FileWorkbookHost(opened.value, bytes, fileName, locale, delimiter ?? ',');
    return { kind: 'ok', value: host };
  }

  /**
   * The ExcelJS workbook, loaded on first use. Tables are given the header and totals flags the
   * package says (ExcelJS reads a table without `headerRowCount`, as Excel writes it, as having no
   * header row, and would save it so), and a style where they have none (its writer needs one).
   */
  async excelWorkbook(): Promise<Workbook> {
    if (this.excel !== undefined) return this.excel;
    this.excelLoading ??= loadExcelWorkbook(this.opened, this.inputBytes).then((workbook) => {
      const { book } = this.opened;
      for (const sheet of workbook.worksheets) {
        const packaged = book.sheet(sheet.name);
        for (const table of sheetTables(sheet)) {
          const truth = packaged && book.tables(packaged).find((t) => t.name === table.name);
          if (truth !== undefined) {
            table.model.headerRow = truth.headerRow;
            table.model.totalsRow = truth.totalsRow;
          }
          // A table part without <tableStyleInfo> (LibreOffice writes none) loads with no style,
          // on which ExcelJS's writer throws: an empty one writes a style element with no name.
          if (Reflect.get(table.model, 'style') == null) Reflect.set(table.model, 'style', {});
        }
        keepFilterButtons(sheet);
      }
      this.excel = workbook;
      return workbook;
    });
    return this.excelLoading;
  }

  /** The ExcelJS workbook when a write has loaded it; undefined while the file has only been read. */
  loadedWorkbook(): Workbook | undefined {
    return this.excel;
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

  /** The workbook for a write, or the reason it cannot be loaded as a value. */
  private async writable(): Promise<Outcome<Workbook>> {
    try {
      return { kind: 'ok', value: await this.excelWorkbook() };
    } catch (error) {
      this.excelLoading = undefined;
      return fail(
        'unreadable-file',
        `"${this.fileName}" was read, but the workbook writer (ExcelJS) cannot open it to add the results (${(error as Error).message}). Open and save it in Excel or LibreOffice, then run again.`,
      );
    }
  }

  /** The state on the workbook's very hidden `_KAM_State` sheet. */
  private stateStore(): StateStore {
    return {
      read: async (key) => ({
        kind: 'ok',
        value: {
          text:
            this.excel !== undefined
              ? readState(this.excel, key)
              : readBookState(this.opened.book, key),
        },
      }),
      write: async (entries) => {
        const workbook = await this.writable();
        if (workbook.kind === 'error') return workbook;
        for (const [key, text] of Object.entries(entries)) writeState(workbook.value, key, text);
        return { kind: 'ok', value: undefined };
      },
    };
  }

  capabilities(): Outcome<HostCapabilities> {
    return { kind: 'ok', value: FILE_HOST_CAPABILITIES };
  }

  /** Visible sheet names, in tab order. */
  sheetNames(): string[] {
    const sheets = this.excel !== undefined ? this.excel.worksheets : this.opened.book.sheets();
    return sheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
  }

  /**
   * Reads the sheet a table request lands on ahead of the synchronous read, with the platform's
   * native inflate (the preview calls it as it opens a file, so the first view needs no second read).
   */
  async preload(request: TableRequest = {}): Promise<void> {
    if (this.excel !== undefined) return;
    const { book } = this.opened;
    const sheet = chooseSheet(book, request.sheet, request.table);
    if (sheet.kind === 'ok') await book.load(sheet.value);
  }

  async readTable(request: TableRequest = {}): Promise<Outcome<ReadTableResult>> {
    await this.preload(request);
    const read =
      this.excel !== undefined
        ? readTable(new ExcelJsBook(this.excel), request, this.numberLocale)
        : readTable(this.opened.book, request, this.numberLocale);
    if (read.kind === 'ok') this.dataSheet = read.value.table.sheet;
    return read;
  }

  async apply(plan: WritePlan, onProgress?: ProgressCallback): Promise<Outcome<WriteNotes>> {
    const workbook = await this.writable();
    if (workbook.kind === 'error') return workbook;
    const applied = applyPlan(workbook.value, plan, onProgress);
    if (applied.kind === 'error') return applied;
    this.dataSheet = plan.sheet;
    if (this.numberLocale !== undefined)
      writeState(workbook.value, NUMBER_LOCALE_KEY, this.numberLocale);
    return { kind: 'ok', value: { notes: applied.value } };
  }

  async clearResults(request?: TableRequest): Promise<Outcome<WriteNotes>> {
    const workbook = await this.writable();
    if (workbook.kind === 'error') return workbook;
    if (request?.sheet === undefined && request?.table === undefined)
      return { kind: 'ok', value: { notes: clearResults(workbook.value) } };
    const sheet = chooseSheet(new ExcelJsBook(workbook.value), request.sheet, request.table);
    if (sheet.kind === 'error') return sheet;
    return { kind: 'ok', value: { notes: clearResults(workbook.value, [sheet.value]) } };
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
    const written = await (await this.excelWorkbook()).xlsx.writeBuffer();
    return { bytes: new Uint8Array(written), notes: [] };
  }

  /**
   * The data sheet's values as CSV (the sheet last read or written, else the first user sheet):
   * what each cell shows (formulas as their cached results, dates as ISO dates), text that would
   * start a formula escaped with a leading quote. CSV has one sheet and no formatting, which the notes say.
   */
  toCsv(): { text: string; notes: string[] } {
    const source = this.csvSource();
    if (source === null) return { text: '', notes: [] };
    const { name, rows, others } = source;
    const note = `CSV keeps only the values of the sheet "${name}"${others.length > 0 ? ` (not ${others.map((n) => `"${n}"`).join(', ')})` : ''}: colours and formats need an .xlsx output.`;
    const text = writeCsv(rows, {
      delimiter: this.delimiter,
      decimalComma: this.numberLocale === 'decimal-comma' && this.delimiter === ';',
    });
    return { text, notes: [note] };
  }

  private csvSource(): {
    name: string;
    rows: ReturnType<typeof bookCsvRows>;
    others: string[];
  } | null {
    const others = (name: string): string[] => this.sheetNames().filter((n) => n !== name);
    if (this.excel !== undefined) {
      const workbook = this.excel;
      const named =
        this.dataSheet !== undefined ? workbook.getWorksheet(this.dataSheet) : undefined;
      const sheet = named ?? userSheets(new ExcelJsBook(workbook))[0] ?? workbook.worksheets[0];
      return sheet === undefined
        ? null
        : { name: sheet.name, rows: excelCsvRows(sheet), others: others(sheet.name) };
    }
    const { book } = this.opened;
    const named = this.dataSheet !== undefined ? book.sheet(this.dataSheet) : undefined;
    const sheet = named ?? userSheets(book)[0] ?? book.sheets()[0];
    return sheet === undefined
      ? null
      : { name: sheet.name, rows: bookCsvRows(book, sheet), others: others(sheet.name) };
  }
}
