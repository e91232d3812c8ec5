// The host contract against the Sheets host, over the typed fake of SpreadsheetApp.
import { fakeBook, hostOver } from '../../sheets/fixtures';
import {
  describeHostContract,
  type ContractCell,
  type ContractFixture,
  type HostUnderTest,
  type ReadBack,
} from './contract';

/**
 * The contract's live formulas are written in Excel's spelling (KAM.TOPSHARE); Sheets spells the same
 * functions KAM_TOPSHARE. Read back, they are named the contract's way (test/sheets checks the spelling).
 */
const excelSpelling = (formula: string): string => formula.replace(/\bKAM_(?=[A-Z]+\()/g, 'KAM.');

async function sheetsHost(fixture: ContractFixture): Promise<HostUnderTest> {
  const google = fakeBook({
    sheet: fixture.sheet,
    rows: fixture.rows,
    ...(fixture.table !== undefined
      ? { named: { name: fixture.table.name, headerRow: fixture.table.headerRow } }
      : {}),
  });
  const host = hostOver(google);
  const readBack = async (): Promise<ReadBack> => {
    const data = google.spreadsheet.sheet(fixture.sheet);
    if (data === undefined) throw new Error(`no sheet ${fixture.sheet}`);
    const cells = data.grid() as ContractCell[][];
    const summarySheet = google.spreadsheet.sheet('KAM Summary');
    if (summarySheet === undefined) return { cells, summary: null };
    const values: Record<string, ContractCell> = {};
    const formulas: Record<string, string> = {};
    for (const [r, line] of summarySheet.cells)
      for (const [c, cell] of line) {
        const address = `${String.fromCharCode(64 + c)}${r}`;
        if (cell.formula !== '') formulas[address] = excelSpelling(cell.formula);
        else if (cell.value !== '') values[address] = cell.value as ContractCell;
      }
    return { cells, summary: { values, formulas } };
  };
  return { host, readBack };
}

describeHostContract('Google Sheets (SpreadsheetApp over the typed fake)', sheetsHost);
