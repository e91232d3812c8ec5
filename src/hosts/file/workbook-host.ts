// The file host: a WorkbookHost over an in-memory .xlsx/.csv workbook (bytes in, bytes out; no file system here).
import { ValueType, type Cell, type Workbook } from 'exceljs';
import type { Calibration, Model, WritePlan, NumberLocale, Outcome } from '../../core';
import type { ProgressCallback, ReadTableResult, TableRequest, WorkbookHost } from '../port';
import {
  STATE_KEYS,
  readStoredCalibration,
  readStoredLibrary,
  readStoredModel,
  withModel,
} from '../stored-state';
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

/** What this host can do, for callers that adapt their output (the CLI mentions the missing chart). */
export const FILE_HOST_CAPABILITIES = {
  charts: false,
  liveFormulas: false,
  tableColumns: true,
} as const;

export class FileWorkbookHost implements WorkbookHost {
  readonly capabilities = FILE_HOST_CAPABILITIES;
  private readonly messages: string[];
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
    this.messages = [...notes];
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

  /** Things this host could not do or carry over (charts, pivot tables, table columns...), for the user. */
  get notes(): readonly string[] {
    return this.messages;
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

  async apply(plan: WritePlan, onProgress?: ProgressCallback): Promise<Outcome<void>> {
    const applied = applyPlan(this.workbook, plan, onProgress);
    if (applied.kind === 'error') return applied;
    this.dataSheet = plan.sheet;
    if (this.numberLocale !== undefined)
      writeState(this.workbook, NUMBER_LOCALE_KEY, this.numberLocale);
    this.note(...applied.value);
    return { kind: 'ok', value: undefined };
  }

  async clearResults(request?: TableRequest): Promise<Outcome<void>> {
    if (request?.sheet === undefined && request?.table === undefined) {
      this.note(...clearResults(this.workbook));
      return { kind: 'ok', value: undefined };
    }
    const sheet = chooseSheet(this.workbook, request.sheet, request.table);
    if (sheet.kind === 'error') return sheet;
    this.note(...clearResults(this.workbook, [sheet.value]));
    return { kind: 'ok', value: undefined };
  }

  async loadModel(): Promise<Outcome<Model | null>> {
    return readStoredModel(readState(this.workbook, STATE_KEYS.model));
  }

  /** Saves the active model and adds it to the model list (a damaged list is replaced, with a note). */
  async saveModel(model: Model): Promise<Outcome<void>> {
    writeState(this.workbook, STATE_KEYS.model, JSON.stringify(model));
    const library = readStoredLibrary(readState(this.workbook, STATE_KEYS.library));
    if (library.kind === 'error')
      this.note(`${library.message} It was replaced by a list holding "${model.name}".`);
    const models = withModel(library.kind === 'ok' ? library.value : [], model);
    writeState(this.workbook, STATE_KEYS.library, JSON.stringify(models));
    return { kind: 'ok', value: undefined };
  }

  async listModels(): Promise<Outcome<readonly Model[]>> {
    return readStoredLibrary(readState(this.workbook, STATE_KEYS.library));
  }

  async loadCalibration(): Promise<Outcome<Calibration | null>> {
    return readStoredCalibration(readState(this.workbook, STATE_KEYS.calibration));
  }

  async saveCalibration(calibration: Calibration): Promise<Outcome<void>> {
    writeState(this.workbook, STATE_KEYS.calibration, JSON.stringify(calibration));
    return { kind: 'ok', value: undefined };
  }

  /** A file has no window to scroll: selecting a cell is accepted and does nothing. */
  async selectCell(): Promise<Outcome<void>> {
    return { kind: 'ok', value: undefined };
  }

  /** The workbook as .xlsx bytes, or the data sheet as CSV text bytes (UTF-8 with BOM, which Excel needs to see UTF-8). */
  async toBuffer(format: FileFormat = 'xlsx'): Promise<Uint8Array> {
    if (format === 'csv') return new TextEncoder().encode(`\ufeff${this.toCsv()}`);
    const written = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(written);
  }

  /**
   * The data sheet's values as CSV (the sheet last read or written, else the first user sheet):
   * what each cell shows (formulas as their cached results, dates as ISO dates), text that would
   * start a formula escaped with a leading quote. CSV has one sheet and no formatting, which the notes say.
   */
  toCsv(): string {
    const named =
      this.dataSheet !== undefined ? this.workbook.getWorksheet(this.dataSheet) : undefined;
    const sheet = named ?? userSheets(this.workbook)[0] ?? this.workbook.worksheets[0];
    if (sheet === undefined) return '';
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
    this.note(
      `CSV keeps only the values of the sheet "${sheet.name}"${extra.length > 0 ? ` (not ${extra.map((n) => `"${n}"`).join(', ')})` : ''}: colours and formats need an .xlsx output.`,
    );
    return writeCsv(rows, {
      delimiter: this.delimiter,
      decimalComma: this.numberLocale === 'decimal-comma' && this.delimiter === ';',
    });
  }

  private note(...notes: string[]): void {
    for (const n of notes) if (!this.messages.includes(n)) this.messages.push(n);
  }
}
