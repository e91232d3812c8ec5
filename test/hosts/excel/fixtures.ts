// Fixtures for the Excel adapter tests: account workbooks in the fake Excel, hosts over them, plans from the real planner.
import { identifyAndPlan, type Identification } from '../../../src/hosts/identify-and-write';
import type { Outcome } from '../../../src/core';
import { createExcelHost } from '../../../src/hosts/excel';
import type { WorkbookHost } from '../../../src/hosts/port';
import { fakeExcel, fakeOffice, FakeWorkbook, type Box, type Scalar } from './fake';
import { parseLocal } from './fake/model';

export function ok<T>(outcome: Outcome<T>): T {
  if (outcome.kind === 'error')
    throw new Error(`expected ok, got ${outcome.code}: ${outcome.message}`);
  return outcome.value;
}

export function failure<T>(outcome: Outcome<T>): { code: string; message: string } {
  if (outcome.kind === 'ok') throw new Error('expected an error outcome');
  return outcome;
}

export interface SheetSpec {
  readonly name: string;
  /** Rows from `at` (default A1) downwards; null leaves a cell empty. */
  readonly rows: readonly (readonly (Scalar | null)[])[];
  readonly at?: string;
}

export interface BookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly tables?: readonly {
    name: string;
    sheet: string;
    address: string;
    showTotals?: boolean;
    showHeaders?: boolean;
  }[];
  /** The active sheet and cell (default: the first sheet, A1). */
  readonly active?: { sheet: string; cell: string };
  readonly apiMinor?: number;
}

export function fakeBook(spec: BookSpec): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const s of spec.sheets) {
    const sheet = book.addSheet(s.name);
    const origin = parseLocal(s.at ?? 'A1');
    s.rows.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null) return;
        const cell = sheet.ensure(origin.top + i, origin.left + j);
        cell.value = value;
      }),
    );
  }
  for (const t of spec.tables ?? []) {
    book.tables.push({
      name: t.name,
      sheet: t.sheet,
      box: parseLocal(t.address),
      showHeaders: t.showHeaders ?? true,
      showTotals: t.showTotals ?? false,
    });
  }
  if (spec.active !== undefined) {
    book.activeSheet = spec.active.sheet;
    const cell = parseLocal(spec.active.cell);
    book.activeCell = { row: cell.top, column: cell.left };
  }
  if (spec.apiMinor !== undefined) book.apiMinor = spec.apiMinor;
  return book;
}

export function hostOver(book: FakeWorkbook, payloadBudget?: number): WorkbookHost {
  return createExcelHost({
    excel: fakeExcel(book),
    office: fakeOffice(book),
    ...(payloadBudget !== undefined ? { payloadBudget } : {}),
  });
}

/** The usual account list: a title, a blank row, headers on row 3, names that look like formulas. */
export const ACCOUNT_ROWS: readonly (readonly Scalar[])[] = [
  ['Account', 'Region', 'ARR', 'Relationship', 'Product fit'],
  ['Acme', 'EMEA', 120000, 'High', 5],
  ['=HYPERLINK("http://example.com","Click")', 'APAC', 5000, 'Low', 2],
  ['+Plus Corp', 'Americas', 42000, 'Medium', 4],
  ['-x', 'EMEA', 1000, 'Low', 1],
  ['@x', 'EMEA', 900, 'High', 3],
  ['Globex', 'APAC', 88000, 'High', 4],
  ['Initech', 'Americas', 15000, 'Medium', 3],
];

/** The header of the generated accounts. */
export const GENERATED_HEADER = ['Account', 'Region', 'ARR', 'Relationship', 'Product fit'];

const RELATIONSHIPS = ['High', 'Medium', 'Low'];

/** Column j of generated account i (both 0-based), for the scale tests. */
export function generatedCell(i: number, j: number, driverText = ''): Scalar {
  switch (j) {
    case 0:
      return `Account ${i + 1}${driverText}`;
    case 1:
      return i % 2 === 0 ? 'EMEA' : 'APAC';
    case 2:
      return 1000 + ((i * 7919) % 100000);
    case 3:
      return RELATIONSHIPS[i % 3];
    default:
      return 1 + (i % 5);
  }
}

/** Generated account i (0-based), for the scale tests. */
export function generatedRow(i: number, driverText = ''): Scalar[] {
  return GENERATED_HEADER.map((_, j) => generatedCell(i, j, driverText));
}

/** n generated accounts (header first), for the scale tests. */
export function generatedRows(n: number, driverText = ''): Scalar[][] {
  const rows: Scalar[][] = [[...GENERATED_HEADER]];
  for (let i = 0; i < n; i++) rows.push(generatedRow(i, driverText));
  return rows;
}

/** Reads the table through the host and plans with the real planner. */
export async function identify(host: WorkbookHost, request = {}): Promise<Identification> {
  const read = ok(await host.readTable(request));
  return ok(identifyAndPlan(read.table, read.layout));
}

/** A cell of the fake workbook: its value (formula cells: their formula), number format and whether it is a formula. */
export function cellOf(
  book: FakeWorkbook,
  sheet: string,
  address: string,
): { value: Scalar | null; formula: string | null; numberFormat: string } {
  const box: Box = parseLocal(address);
  const cell = book.sheet(sheet)?.cell(box.top, box.left);
  return {
    value: cell?.value ?? null,
    formula: cell?.formula ?? null,
    numberFormat: cell?.numberFormat ?? 'General',
  };
}
