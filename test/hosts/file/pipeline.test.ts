// The file host under the real pipeline: the sample workbooks identified and written twice, the input untouched.
import { join } from 'node:path';
import { identifyAndWrite } from '../../../src/hosts/identify-and-write';
import { openWorkbookFile } from '../../../src/hosts/file/node';
import { csvNumber } from '../../../src/hosts/file/xlsx-write';
import { ok, openBytes, reload, rulesOf, sheet, snapshot } from './helpers';

/** A CSV's cells as its .xlsx holds them: plain numbers become numbers ("number stored as text" no more). */
function asWritten(cells: Map<string, string>, decimalComma: boolean): Map<string, string> {
  return new Map(
    [...cells].map(([key, json]) => {
      const cell = JSON.parse(json) as { value: unknown };
      const number = typeof cell.value === 'string' ? csvNumber(cell.value, decimalComma) : null;
      return [key, number === null ? json : JSON.stringify({ ...cell, value: number })];
    }),
  );
}

const examples = join(__dirname, '..', '..', '..', 'examples');

describe.each([
  ['accounts.xlsx', 'Accounts'],
  ['accounts-table.xlsx', 'Accounts'],
  ['accounts-messy.csv', 'accounts-messy'],
])('%s through identify-and-write', (file, sheetName) => {
  it('adds results beside the data, keeps every input cell, and a re-run replaces only ours', async () => {
    const host = ok(await openWorkbookFile(join(examples, file)));
    const { table } = ok(await host.readTable());
    const width = table.headers.length;
    const inputColumns = Array.from({ length: 200 }, (_, i) => i + 1).filter(
      (c) => c >= table.firstColumn + width,
    );
    const read = snapshot(sheet(await host.excelWorkbook(), sheetName));
    const before = file.endsWith('.csv')
      ? asWritten(read, table.numberLocale === 'decimal-comma')
      : read;
    ok(await identifyAndWrite(host, {}));
    const first = await reload(host);
    expect(snapshot(sheet(first, sheetName), inputColumns)).toEqual(before);
    const again = await openBytes((await host.toBuffer()).bytes, file.replace(/\.csv$/, '.xlsx'));
    const reread = ok(await again.readTable());
    // A CSV's decimal-comma locale travels with the .xlsx it became, so a re-run reads it the same way.
    expect(reread.table.numberLocale).toBe(file.endsWith('.csv') ? 'decimal-comma' : undefined);
    const owned = reread.layout.ownedColumns;
    expect(Object.keys(owned)).toEqual(expect.arrayContaining(['KAM Score', 'KAM Tier']));
    ok(await identifyAndWrite(again, { useSavedModel: true }));
    const second = await reload(again);
    // The re-run compares with the run the workbook kept: the same data, so no account moved.
    const changeColumn = ok(await again.readTable()).layout.ownedColumns['KAM Change'];
    expect(changeColumn).toBeGreaterThan(0);
    const changes = sheet(second, sheetName)
      .getColumn(changeColumn)
      .values.slice(reread.table.headerRow + 1);
    expect(new Set(changes)).toEqual(new Set(['=']));
    expect(snapshot(sheet(second, sheetName), [changeColumn])).toEqual(
      snapshot(sheet(first, sheetName)),
    );
    expect(rulesOf(sheet(second, sheetName)).length).toBe(rulesOf(sheet(first, sheetName)).length);
    expect(second.getWorksheet('KAM Summary')).toBeDefined();
    ok(await again.clearResults());
    expect(snapshot(sheet(await reload(again), sheetName))).toEqual(before);
  });
});
