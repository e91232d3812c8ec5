// The file host's ExcelJS copy of the opened workbook: loaded only when a view of the sheet or a read
// after a write needs it (the CLI never does), with every recorded plan applied to it. Saving never
// uses it: the writer patches the package as it was opened.
import type { Workbook } from 'exceljs';
import { fail, type Outcome, type WritePlan } from '../../core';
import { loadExcelWorkbook, type OpenedFile } from './load';
import { keepFilterButtons, sheetTables } from './tables';
import { applyPlan } from './write';

export class ExcelMirror {
  private workbook: Workbook | undefined;
  private loading: Promise<Workbook> | undefined;
  /** Plans recorded but not yet applied to the copy (applied when it is next handed out). */
  private unapplied: WritePlan[] = [];

  constructor(
    private readonly opened: OpenedFile,
    private readonly bytes: Uint8Array,
    private readonly fileName: string,
  ) {}

  /** The copy as loaded so far, plans not applied yet: for what plans do not change (state, sheet names). */
  get current(): Workbook | undefined {
    return this.workbook;
  }

  /** The copy with every plan applied, when it has been loaded; undefined while the file has only been read. */
  loaded(): Workbook | undefined {
    return this.workbook === undefined ? undefined : this.applied(this.workbook);
  }

  record(plan: WritePlan): void {
    this.unapplied.push(plan);
  }

  /**
   * The copy with every plan applied, loaded on first use. Tables are given the header and totals
   * flags the package says (ExcelJS reads a table without `headerRowCount`, as Excel writes it, as
   * having no header row), and a style where they have none (its writer needs one).
   */
  async load(): Promise<Workbook> {
    if (this.workbook !== undefined) return this.applied(this.workbook);
    this.loading ??= loadExcelWorkbook(this.opened, this.bytes).then((workbook) => {
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
      this.workbook = workbook;
      return workbook;
    });
    return this.applied(await this.loading);
  }

  /** The copy for a write or a read after one, or the reason ExcelJS cannot open the file. */
  async writable(): Promise<Outcome<Workbook>> {
    try {
      return { kind: 'ok', value: await this.load() };
    } catch (error) {
      this.loading = undefined;
      return fail(
        'unreadable-file',
        `"${this.fileName}" was read, but the workbook writer (ExcelJS) cannot open it to add the results (${(error as Error).message}). Open and save it in Excel or LibreOffice, then run again.`,
      );
    }
  }

  private applied(workbook: Workbook): Workbook {
    const pending = this.unapplied;
    this.unapplied = [];
    for (const plan of pending) applyPlan(workbook, plan);
    return workbook;
  }
}
