// A generated account workbook of any size (in memory, ExcelJS), for timing the preview on large tables.
import { Workbook } from 'exceljs';
import { accountRange } from '../../bench/functions';

/**
 * An "Accounts" sheet with a header row and `rows` accounts: the same deterministic data the
 * KAM.SCORES benchmark scores (skewed revenue, ratings, credit grades, a few blanks).
 */
export async function accountsWorkbook(rows: number): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.addWorksheet('Accounts').addRows(accountRange(rows));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
