// Shared fixtures for the file-host tests: build workbooks in memory, snapshot every cell, make write plans by hand.
import { Workbook, type Worksheet } from 'exceljs';
import {
  type ConditionalFormatPlan,
  type ResultColumnPlan,
  type SummarySheetPlan,
  type WritePlan,
  SUMMARY_SHEET_NAME,
  type Outcome,
} from '../../../src/core';
import { FileWorkbookHost } from '../../../src/hosts/file';

export async function xlsxBytes(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function ok<T>(outcome: Outcome<T>): T {
  if (outcome.kind === 'error')
    throw new Error(`expected ok, got ${outcome.code}: ${outcome.message}`);
  return outcome.value;
}

export function errorCode<T>(outcome: Outcome<T>): string {
  if (outcome.kind === 'ok') throw new Error('expected an error outcome');
  return outcome.code;
}

export async function openBytes(bytes: Uint8Array, name = 'test.xlsx'): Promise<FileWorkbookHost> {
  return ok(await FileWorkbookHost.fromBuffer(bytes, name));
}

/** Saves the host to .xlsx bytes and loads them into a fresh ExcelJS workbook (what another app would see). */
export async function reload(host: FileWorkbookHost): Promise<Workbook> {
  const workbook = new Workbook();
  const bytes = (await host.toBuffer()).bytes;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  await workbook.xlsx.load(copy.buffer);
  return workbook;
}

/** Every non-empty cell of a sheet: address -> value and number format, as comparable JSON. */
export function snapshot(
  sheet: Worksheet,
  skipColumns: readonly number[] = [],
): Map<string, string> {
  const cells = new Map<string, string>();
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (skipColumns.includes(c)) return;
      cells.set(
        `${r}:${c}`,
        JSON.stringify({
          value: cell.value,
          numFmt: cell.numFmt ?? null,
          font: cell.font ?? null,
          fill: cell.fill ?? null,
        }),
      );
    });
  });
  return cells;
}

export function sheet(workbook: Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

/** The usual messy account list: title row, blank row, header on row 3, formula-looking names. */
export function accountsSheet(workbook: Workbook, name = 'Accounts'): Worksheet {
  const ws = workbook.addWorksheet(name);
  ws.getCell('A1').value = 'Customer accounts FY2026';
  ws.getRow(3).values = ['Account', 'Region', 'ARR', 'Relationship'];
  const rows: (string | number)[][] = [
    ['Acme', 'EMEA', 120000, 'High'],
    ['=HYPERLINK("http://example.com","Click")', 'APAC', 5000, 'Low'],
    ['+Plus Corp', 'Americas', 42000, 'Medium'],
    ['-x', 'EMEA', 1000, 'Low'],
    ['@x', 'EMEA', 900, 'High'],
  ];
  rows.forEach((values, i) => (ws.getRow(4 + i).values = values));
  ws.getCell('C4').numFmt = '#,##0 [$€-x-euro2]';
  ws.getCell('A4').font = { bold: true };
  return ws;
}

export function column(
  key: ResultColumnPlan['key'],
  header: string,
  columnNumber: number,
  values: ResultColumnPlan['values'],
  numberFormat = '0.0',
): ResultColumnPlan {
  return { key, header, column: columnNumber, numberFormat, width: 12, values };
}

export function summaryPlan(overrides: Partial<SummarySheetPlan> = {}): SummarySheetPlan {
  return {
    name: SUMMARY_SHEET_NAME,
    cells: [
      { address: 'A1', value: 'Key account summary', style: 'title' },
      { address: 'A3', value: 'Top 20% share', style: 'label' },
      {
        address: 'B3',
        value: 0.61,
        numberFormat: '0.0%',
        kamFormula: "=KAM.TOPSHARE('Accounts'!$C$4:$C$8,0.2)",
      },
      { address: 'A5', value: '=cmd|" /C calc"!A0', style: 'note' },
      { address: 'A7', value: 'Tiers', style: 'heading' },
    ],
    columnWidths: { A: 30, B: 14 },
    chart: null,
    ...overrides,
  };
}

export interface PlanShape {
  readonly sheet?: string;
  readonly tableName?: string;
  readonly headerRow: number;
  readonly rowCount: number;
  readonly columns: readonly ResultColumnPlan[];
  readonly staleColumns?: readonly number[];
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  readonly summary?: SummarySheetPlan;
}

export function plan(shape: PlanShape): WritePlan {
  return {
    sheet: shape.sheet ?? 'Accounts',
    ...(shape.tableName !== undefined ? { tableName: shape.tableName } : {}),
    headerRow: shape.headerRow,
    firstDataRow: shape.headerRow + 1,
    rowCount: shape.rowCount,
    columns: shape.columns,
    staleColumns: shape.staleColumns ?? [],
    conditionalFormats: shape.conditionalFormats ?? [],
    summary: shape.summary ?? summaryPlan(),
  };
}

/** Conditional-format entries of a sheet (ExcelJS keeps them in an untyped field). */
export function rulesOf(
  ws: Worksheet,
): { ref: string; rules: { type: string; formulae?: string[] }[] }[] {
  const list: unknown = Reflect.get(ws, 'conditionalFormattings');
  return Array.isArray(list)
    ? (list as { ref: string; rules: { type: string; formulae?: string[] }[] }[])
    : [];
}
