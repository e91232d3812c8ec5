// An in-memory Excel workbook for the adapter tests: cells with Excel's entry rules, tables, names, rules, charts.
import { columnLetters } from '../../../../src/core';
import { FakeSheet } from './sheet';
import {
  FakeOfficeError,
  type Box,
  type FakeName,
  type FakeRule,
  type FakeTable,
  type JournalEntry,
  type Scalar,
} from './types';

export * from './types';
export { FakeSheet };

export function boxAddress(sheet: string | null, box: Box): string {
  const cell = (r: number, c: number): string => `${columnLetters(c)}${r}`;
  const local =
    box.top === box.bottom && box.left === box.right
      ? cell(box.top, box.left)
      : `${cell(box.top, box.left)}:${cell(box.bottom, box.right)}`;
  if (sheet === null) return local;
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${local}`;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** "A1", "A1:B2", "E:E" or "3:5" (no sheet) as a box. */
export function parseLocal(address: string): Box {
  const corner = (text: string): { row: number | null; column: number | null } => {
    const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(text);
    if (m === null || (m[1] === undefined && m[2] === undefined))
      throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`, {
        errorLocation: 'Worksheet.getRange',
      });
    let column: number | null = null;
    if (m[1] !== undefined) {
      column = 0;
      for (const ch of m[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
    }
    return { row: m[2] !== undefined ? Number(m[2]) : null, column };
  };
  const parts = address.trim().split(':');
  const a = corner(parts[0]);
  const b = parts.length > 1 ? corner(parts[1]) : a;
  return {
    top: Math.min(a.row ?? 1, b.row ?? 1),
    bottom: Math.max(a.row ?? MAX_ROWS, b.row ?? MAX_ROWS),
    left: Math.min(a.column ?? 1, b.column ?? 1),
    right: Math.max(a.column ?? MAX_COLUMNS, b.column ?? MAX_COLUMNS),
  };
}

/** A sync set to fail: its number, how many of its operations Excel applies first, and the error. */
export interface InjectedFailure {
  readonly at: number;
  readonly afterOps: number;
  readonly error: FakeOfficeError;
}

/** How a formula names a sheet before "!": 'My Sheet'! (quotes doubled) or Sheet1! when the name is simple; any case. */
function sheetPrefix(name: string): RegExp {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = `'${escape(name.replace(/'/g, "''"))}'!`;
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `|(?<![A-Za-z0-9_.'])${escape(name)}!` : '';
  return new RegExp(`${quoted}${bare}`, 'gi');
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly rules: FakeRule[] = [];
  readonly names = new Map<string, FakeName>();
  readonly journal: JournalEntry[] = [];
  /** Document settings: what set() holds now, and what the last saveAsync stored. */
  readonly settings = new Map<string, unknown>();
  readonly savedSettings = new Map<string, unknown>();
  failSave = false;
  activeSheet = '';
  activeCell = { row: 1, column: 1 };
  decimalSeparator = '.';
  /** Highest ExcelApi minor version supported (16 = ExcelApi 1.16). */
  apiMinor = 16;
  syncCount = 0;
  /** Bytes of data each sync carried (values, formats, formulas written; values read). */
  readonly batchBytes: number[] = [];
  /** Syncs refused for carrying more than 5 MB (the adapter may retry a read with a smaller block). */
  refusedBatches = 0;
  batch = 0;
  /** A sync that fails on purpose (see failSync), by its number in syncCount. */
  injectedFailure: InjectedFailure | null = null;
  private ruleIds = 0;

  /**
   * Makes the nth sync from now fail, as Excel fails a request part-way: the batch's first
   * `afterOps` queued operations are applied (Office.js batches are not transactional), the rest
   * are not, and the sync rejects with `error`.
   */
  failSync(
    nth: number,
    options: { readonly afterOps?: number; readonly error?: FakeOfficeError } = {},
  ): void {
    this.injectedFailure = {
      at: this.syncCount + nth,
      afterOps: options.afterOps ?? 0,
      error:
        options.error ??
        new FakeOfficeError('GeneralException', 'The request could not be completed.', {
          errorLocation: 'RequestContext.sync',
        }),
    };
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  mustSheet(name: string, location: string): FakeSheet {
    const sheet = this.sheet(name);
    if (sheet === undefined)
      throw new FakeOfficeError(
        'ItemNotFound',
        `The requested resource doesn't exist (sheet ${name}).`,
        { errorLocation: location },
      );
    return sheet;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name) !== undefined)
      throw new FakeOfficeError('ItemAlreadyExists', `A sheet called ${name} exists.`, {
        errorLocation: 'WorksheetCollection.add',
      });
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    if (this.activeSheet === '') this.activeSheet = name;
    return sheet;
  }

  /**
   * Deletes a sheet: its tables, rules and sheet-scoped names go; workbook names pointing at it turn
   * into #REF!, and so do formulas on other sheets that refer to it (='KAM Summary'!B7 becomes
   * =#REF!B7 and shows #REF!), as in Excel: what a deleted sheet breaks stays broken.
   */
  deleteSheet(name: string): void {
    const sheet = this.mustSheet(name, 'Worksheet.delete');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--)
      if (this.tables[i].sheet === sheet.name) this.tables.splice(i, 1);
    for (let i = this.rules.length - 1; i >= 0; i--)
      if (this.rules[i].sheet === sheet.name) this.rules.splice(i, 1);
    const quoted = new RegExp(
      `'?${sheet.name.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "''" : `\\${c}`))}'?!\\$?[A-Z]+\\$?\\d+`,
      'g',
    );
    for (const item of this.names.values()) item.formula = item.formula.replace(quoted, '#REF!');
    const prefix = sheetPrefix(sheet.name);
    for (const other of this.sheets) {
      for (const cell of other.cells.values()) {
        if (cell.formula === null) continue;
        const broken = cell.formula.replace(prefix, '#REF!');
        if (broken === cell.formula) continue;
        cell.formula = broken;
        cell.value = '#REF!';
      }
    }
    if (this.activeSheet === sheet.name) this.activeSheet = this.sheets[0]?.name ?? '';
  }

  addRule(sheet: string, box: Box, type: string, settings: Record<string, unknown>): FakeRule {
    const rule = { id: `rule-${++this.ruleIds}`, sheet, box, type, settings };
    this.rules.push(rule);
    return rule;
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  log(action: string, sheet: string, box: Box | null): void {
    this.journal.push({ batch: this.batch, action, sheet, box });
  }

  /** Every cell of a sheet as values (formulas as their formula text), rows 1..bottom, columns 1..right. */
  grid(name: string): (Scalar | null)[][] {
    const sheet = this.mustSheet(name, 'test');
    const used = sheet.usedBox();
    if (used === null) return [];
    const rows: (Scalar | null)[][] = [];
    for (let r = 1; r <= used.bottom; r++) {
      const row: (Scalar | null)[] = [];
      for (let c = 1; c <= used.right; c++) {
        const cell = sheet.cell(r, c);
        row.push(cell?.formula ?? cell?.value ?? null);
      }
      rows.push(row);
    }
    return rows;
  }
}
