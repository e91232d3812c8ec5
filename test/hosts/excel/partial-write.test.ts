// A write that stops part-way (Excel fails one request of several): the outcome says so, and the next run and "Clear results" both cope.
import { type WritePlan, columnLetters } from '../../../src/core';
import { FakeOfficeError, type FakeWorkbook } from './fake';
import { ACCOUNT_ROWS, cellOf, failure, fakeBook, hostOver, identify, ok } from './fixtures';

const TITLED = [['Customer accounts FY2026'], [], ...ACCOUNT_ROWS];
/** A small payload budget, so that the results go in several requests and a failure can fall between them. */
const BUDGET = 3_000;

function titled(): FakeWorkbook {
  const book = fakeBook({
    sheets: [{ name: 'Accounts', rows: TITLED }],
    active: { sheet: 'Accounts', cell: 'B5' },
  });
  const sheet = book.mustSheet('Accounts', 'test');
  sheet.ensure(3, 1).style = { bold: true, fill: '#DDEBF7' };
  sheet.ensure(4, 3).numberFormat = '#,##0';
  book.addRule('Accounts', { top: 4, left: 3, bottom: 10, right: 3 }, 'DataBar', { mine: true });
  return book;
}

/** Every cell of every sheet that holds something, as comparable text. */
function everyCell(book: FakeWorkbook): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of book.sheets) {
    for (const [at, cell] of sheet.cells) {
      const empty =
        cell.value === null &&
        cell.formula === null &&
        cell.numberFormat === 'General' &&
        Object.keys(cell.style).length === 0;
      if (!empty) cells.set(`${sheet.name}!${at}`, JSON.stringify(cell));
    }
  }
  return cells;
}

function expectWritten(book: FakeWorkbook, plan: WritePlan): void {
  for (const column of plan.columns) {
    const letters = columnLetters(column.column);
    expect(cellOf(book, plan.sheet, `${letters}${plan.headerRow}`).value).toBe(column.header);
    column.values.forEach((value, i) =>
      expect(cellOf(book, plan.sheet, `${letters}${plan.firstDataRow + i}`).value).toBe(value),
    );
  }
  expect(book.sheet('KAM Summary')?.charts.map((c) => c.name)).toEqual(['KAM Pareto']);
}

/** The syncs (counted from the start of apply) that carry writes: the requests a failure can hit part-way. */
async function writeSyncs(prepare: (book: FakeWorkbook) => Promise<WritePlan>): Promise<number[]> {
  const book = titled();
  const plan = await prepare(book);
  const start = book.syncCount;
  const syncs: number[] = [];
  ok(
    await hostOver(book, BUDGET).apply(plan, (fraction) => {
      if (fraction < 1) syncs.push(book.syncCount - start + 1);
    }),
  );
  // The first progress call comes before the checks; the others each precede one write request.
  return syncs.slice(1);
}

const firstRun = async (book: FakeWorkbook): Promise<WritePlan> =>
  (await identify(hostOver(book, BUDGET))).plan;

const reRun = async (book: FakeWorkbook): Promise<WritePlan> => {
  const host = hostOver(book, BUDGET);
  ok(await host.apply((await identify(host)).plan));
  book.mustSheet('Accounts', 'test').ensure(5, 3).value = 250_000;
  return (await identify(host)).plan;
};

describe('a write that stops part-way', () => {
  it('goes in several requests under a small budget (so the cases below test something)', async () => {
    expect((await writeSyncs(firstRun)).length).toBeGreaterThanOrEqual(4);
  });

  describe.each([
    ['the first run', firstRun],
    ['a re-run', reRun],
  ])('on %s', (_label, prepare) => {
    it.each([0, 3])(
      'says so, and the next run and "Clear results" handle what it left, whichever request fails (after %i operations)',
      async (afterOps) => {
        const syncs = await writeSyncs(prepare);
        for (const nth of syncs) {
          const book = titled();
          const plan = await prepare(book);
          // The user's cells: the data sheet without our columns F:N (a re-run starts with them written).
          const userCells = (): Map<string, string> =>
            new Map(
              [...everyCell(book)].filter(
                ([at]) => at.startsWith('Accounts!') && !/:(?:[6-9]|1[0-4])$/.test(at),
              ),
            );
          const original = userCells();
          const host = hostOver(book, BUDGET);
          book.failSync(nth, {
            afterOps,
            error: new FakeOfficeError('GeneralException', 'Excel lost the connection.', {
              errorLocation: 'RequestContext.sync',
            }),
          });
          const stopped = failure(await host.apply(plan));
          expect(stopped.code).toBe('partially-written');
          expect(stopped.message).toMatch(
            /^Writing the results stopped part-way \(Excel lost the connection\..*\)\. Your own cells were not changed; run "Identify key accounts" again, or "Clear results" to remove the partial results\.$/,
          );
          expect(book.injectedFailure).toBeNull();

          // The next run of the same plan finds only its own cells in the way.
          ok(await host.apply(plan));
          expectWritten(book, plan);

          // "Clear results" removes all of it: every cell is as before, the user's and ours (none left).
          ok(await host.clearResults());
          expect(userCells()).toEqual(original);
          expect([...everyCell(book).keys()].filter((at) => !userCells().has(at))).toEqual([]);
          expect(book.sheets.map((s) => s.name)).toEqual(['Accounts']);
          expect([
            ...book.names.keys(),
            ...book.mustSheet('Accounts', 'test').names.keys(),
          ]).toEqual([]);
          expect(book.rules.map((r) => r.settings)).toEqual([{ mine: true }]);
        }
      },
    );
  });

  it('says it changed nothing when the checks before the first write fail', async () => {
    const book = titled();
    const host = hostOver(book, BUDGET);
    const { plan } = await identify(host);
    const before = everyCell(book);
    book.failSync(1);
    const refused = failure(await host.apply(plan));
    expect(refused.code).toBe('excel:GeneralException@RequestContext.sync');
    expect(everyCell(book)).toEqual(before);
    expect(book.sheets.map((s) => s.name)).toEqual(['Accounts']);
  });
});
