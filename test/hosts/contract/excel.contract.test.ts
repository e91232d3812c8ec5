// The host contract against the Excel adapter, over the office-addin-mock fake Excel.
import { fakeBook, hostOver } from '../excel/fixtures';
import {
  describeHostContract,
  type ContractCell,
  type ContractFixture,
  type HostUnderTest,
  type ReadBack,
} from './contract';

async function excelHost(fixture: ContractFixture): Promise<HostUnderTest> {
  const rows = fixture.rows.map((row) => [...row]);
  const lastRow = rows.length;
  const width = Math.max(...rows.map((r) => r.length));
  const book = fakeBook({
    sheets: [{ name: fixture.sheet, rows }],
    tables:
      fixture.table !== undefined
        ? [
            {
              name: fixture.table.name,
              sheet: fixture.sheet,
              address: `A${fixture.table.headerRow}:${String.fromCharCode(64 + width)}${lastRow}`,
            },
          ]
        : [],
    active: { sheet: fixture.sheet, cell: 'A1' },
  });
  const host = hostOver(book);
  const readBack = async (): Promise<ReadBack> => {
    const cells: ContractCell[][] = book.grid(fixture.sheet);
    const summarySheet = book.sheet('KAM Summary');
    if (summarySheet === undefined) return { cells, summary: null };
    const values: Record<string, ContractCell> = {};
    const formulas: Record<string, string> = {};
    for (const [key, cell] of summarySheet.cells) {
      const [r, c] = key.split(':').map(Number);
      const address = `${String.fromCharCode(64 + c)}${r}`;
      if (cell.formula !== null) formulas[address] = cell.formula;
      else if (cell.value !== null) values[address] = cell.value;
    }
    return { cells, summary: { values, formulas } };
  };
  return { host, readBack };
}

describeHostContract('Excel (Office.js over office-addin-mock)', excelHost);
