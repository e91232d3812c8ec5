// The host contract against the file host (.xlsx through ExcelJS): the input built with ExcelJS, results read back from the saved bytes.
import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import { FileWorkbookHost } from '../../../src/hosts/file';
import {
  describeHostContract,
  type ContractCell,
  type ContractFixture,
  type HostUnderTest,
  type ReadBack,
} from './contract';

function plain(value: CellValue): ContractCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (typeof value === 'object' && 'formula' in value && typeof value.formula === 'string')
    return `=${value.formula}`;
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((r) => r.text).join('');
  return String(value);
}

function grid(sheet: Worksheet): ContractCell[][] {
  const rows: ContractCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      while (rows.length < r) rows.push([]);
      const line = rows[r - 1];
      while (line.length < c) line.push(null);
      line[c - 1] = plain(cell.value);
    });
  });
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (const row of rows) while (row.length < width) row.push(null);
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  return rows;
}

async function inputBytes(fixture: ContractFixture): Promise<Uint8Array> {
  const workbook = new Workbook();
  const ws = workbook.addWorksheet(fixture.sheet);
  const table = fixture.table;
  fixture.rows.forEach((row, i) => {
    if (table !== undefined && i + 1 >= table.headerRow) return;
    row.forEach((value, j) => {
      if (value !== null) ws.getCell(i + 1, j + 1).value = value;
    });
  });
  if (table !== undefined) {
    const header = fixture.rows[table.headerRow - 1];
    ws.addTable({
      name: table.name,
      ref: `A${table.headerRow}`,
      headerRow: true,
      columns: header.map((name) => ({ name: String(name), filterButton: true })),
      rows: fixture.rows.slice(table.headerRow).map((row) => header.map((_, j) => row[j] ?? null)),
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function fileHost(fixture: ContractFixture): Promise<HostUnderTest> {
  const opened = await FileWorkbookHost.fromBuffer(await inputBytes(fixture), 'contract.xlsx');
  if (opened.kind === 'error') throw new Error(opened.message);
  const host = opened.value;
  const readBack = async (): Promise<ReadBack> => {
    // What another application sees: the saved bytes, loaded again.
    const saved = new Workbook();
    const bytes = (await host.toBuffer()).bytes;
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    await saved.xlsx.load(copy.buffer);
    const data = saved.getWorksheet(fixture.sheet);
    if (data === undefined) throw new Error(`no sheet ${fixture.sheet}`);
    const summarySheet = saved.getWorksheet('KAM Summary');
    if (summarySheet === undefined) return { cells: grid(data), summary: null };
    const values: Record<string, ContractCell> = {};
    const formulas: Record<string, string> = {};
    summarySheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = plain(cell.value);
        if (
          typeof value === 'string' &&
          typeof cell.value === 'object' &&
          cell.value !== null &&
          'formula' in cell.value
        )
          formulas[cell.address] = value;
        else if (value !== null) values[cell.address] = value;
      }),
    );
    return { cells: grid(data), summary: { values, formulas } };
  };
  return { host, readBack };
}

describeHostContract('file (.xlsx through ExcelJS)', fileHost);
