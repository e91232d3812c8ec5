// The file host: a WorkbookHost over an in-memory .xlsx/.csv workbook (bytes in, bytes out; no file system here).
import { ValueType, type Cell, type Workbook } from 'exceljs';
import type { WritePlan, NumberLocale, Outcome } from '../../core';
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
import { writeCsv, type CsvDelimiter, type CsvValue } from './csv';
import { loadWorkbook, type FileFormat } from './load';
import { chooseSheet, userSheets } from './locate';
import { NUMBER_LOCALE_KEY, readNumberLocale, readState, writeState } from './state-store';
import { readTable } from './read';
import { keepFilterButtons } from './tables';
import { applyPlan } from './write';

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

/** What this host writes: no charts (the file writer cannot make them), values instead of live formulas. */
const FILE_HOST_CAPABILITIES: HostCapabilities = {
  charts: false,
  liveFormulas: false,
  tableColumns: true,
};

/** The state on the workbook's very hidden `_KAM_State` sheet. */
function sheetStore(workbook: Workbook): StateStore {
  return {
    read: async (key) => ({ kind: 'ok', value: { text: readState(workbook, key) } }),
    write: async (entries) => {
      for (const [key, text] of Object.entries(entries)) writeState(workbook, key, text);
      return { kind: 'ok', value: undefined };
    },
  };
}

export class FileWorkbookHost implements WorkbookHost {
  readonly state: WorkbookState;
  /** Things in the opened file this host cannot carry over when it saves (charts, pivot tables...). */
  readonly openNotes: readonly string[];
  /** The sheet last read or written: the one CSV output holds. */
  private dataSheet: string | undefined;

  private constructor(
    /** The ExcelJS workbook, for tests and tools; callers should use the port methods. */
    readonly workbook: Workbook,
    readonly fileName: string,
    readonly format: FileFormat,
    private readonly numberLocale: NumberLocale | undefined,
    private readonly delimiter: CsvDelimiter,
    notes: readonly string[],
  ) {
    this.openNotes = notes;
    this.state = new WorkbookState(sheetStore(workbook));
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
    const host = new FileWorkbookHost(workbook, fileName, format, locale, delimiter ?? ',', notes);
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

  async apply(plan: WritePlan, onProgress?: ProgressCallback): Promise<Outcome<WriteNotes>> {
    const applied = applyPlan(this.workbook, plan, onProgress);
    if (applied.kind === 'error') return applied;
    this.dataSheet = plan.sheet;
    if (this.numberLocale !== undefined)
      writeState(this.workbook, NUMBER_LOCALE_KEY, this.numberLocale);
    return { kind: 'ok', value: { notes: applied.value } };
  }

  async clearResults(request?: TableRequest): Promise<Outcome<WriteNotes>> {
    if (request?.sheet === undefined && request?.table === undefined)
      return { kind: 'ok', value: { notes: clearResults(this.workbook) } };
    const sheet = chooseSheet(this.workbook, request.sheet, request.table);
    if (sheet.kind === 'error') return sheet;
    return { kind: 'ok', value: { notes: clearResults(this.workbook, [sheet.value]) } };
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
    const written = await this.workbook.xlsx.writeBuffer();
    return { bytes: new Uint8Array(written), notes: [] };
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
