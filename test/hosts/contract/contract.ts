// The host contract: every WorkbookHost reads the same table, writes the same plan into the same cells, and undoes it.
import {
  calibrationFrom,
  parseModel,
  type Model,
  cellAddress,
  columnLetters,
  type Outcome,
  planValueList,
  type RawTable,
} from '../../../src/core';
import { identifyAndPlan } from '../../../src/hosts/identify-and-write';
import type { WorkbookHost } from '../../../src/hosts/port';

export type ContractCell = string | number | boolean | null;

/** One input workbook, described once and built by each host's test in its own way. */
export interface ContractFixture {
  readonly name: string;
  readonly sheet: string;
  /** Cells from A1: rows of values (null = empty). */
  readonly rows: readonly (readonly ContractCell[])[];
  /** An Excel table over rows [tableTop..] (1-based row of its header; it spans every row below with data). */
  readonly table?: { readonly name: string; readonly headerRow: number };
  /** What every host must read. */
  readonly expected: {
    readonly headerRow: number;
    readonly firstColumn: number;
    readonly tableName?: string;
    /** Data rows read, when not every row below the header (default: all). */
    readonly rowCount?: number;
    readonly dataBelow?: { readonly first: number; readonly last: number };
  };
}

export interface ReadBack {
  /** The data sheet's cells from A1 (formulas as their formula text). */
  readonly cells: readonly (readonly ContractCell[])[];
  /** The summary sheet: values of plain cells and formulas of live ones; null when there is none. */
  readonly summary: {
    readonly values: Readonly<Record<string, ContractCell>>;
    readonly formulas: Readonly<Record<string, string>>;
  } | null;
}

export interface HostUnderTest {
  readonly host: WorkbookHost;
  readBack(): Promise<ReadBack>;
}

const ACCOUNTS: readonly (readonly ContractCell[])[] = [
  ['Account', 'Region', 'ARR', 'Relationship', 'Product fit', 'Shared vision'],
  ['Acme', 'EMEA', 120000, 'High', 5, 'Yes'],
  ['=HYPERLINK("http://example.com","Click")', 'APAC', 5000, 'Low', 2, 'No'],
  ['+Plus Corp', 'Americas', 42000, 'Medium', 4, 'Yes'],
  ['-x', 'EMEA', 1000, 'Low', 1, null],
  ['@x', 'EMEA', 900, 'High', 3, 'No'],
  ['Globex', 'APAC', 88000, 'High', 4, 'Yes'],
  ['Initech', 'Americas', 15000, 'Medium', 3, 'No'],
  ['Umbrella', 'EMEA', 64000, 'Low', 5, 'Yes'],
];

export const CONTRACT_FIXTURES: readonly ContractFixture[] = [
  {
    name: 'a block under a title row and a blank row',
    sheet: 'Accounts',
    rows: [['Customer accounts FY2026'], [], ...ACCOUNTS],
    expected: { headerRow: 3, firstColumn: 1 },
  },
  {
    // An earlier run's results beside the data; the user then emptied one account's own cells
    // (row 3) and another row whole (row 5). Every row down to the last is read all the same.
    name: 'a block with emptied rows among an earlier run’s results',
    sheet: 'Accounts',
    rows: [
      [...ACCOUNTS[0], 'KAM Score', 'KAM Tier'],
      [...ACCOUNTS[1], 81.5, 'Key'],
      [null, null, null, null, null, null, 40, 'Core'],
      [...ACCOUNTS[6], 70, 'Key'],
      [],
      [...ACCOUNTS[7], 30, 'Core'],
      [...ACCOUNTS[8], 55, 'Growth'],
    ],
    expected: { headerRow: 1, firstColumn: 1 },
  },
  {
    // A blank row inside a list no run has scored yet: the table ends there, and the run says what
    // lies below (a host reading only Excel's region around the data would not know).
    name: 'a block with a blank row and more data below it',
    sheet: 'Accounts',
    rows: [...ACCOUNTS.slice(0, 5), [], ...ACCOUNTS.slice(5)],
    expected: { headerRow: 1, firstColumn: 1, rowCount: 4, dataBelow: { first: 7, last: 10 } },
  },
  {
    name: 'an Excel table',
    sheet: 'Accounts',
    rows: ACCOUNTS,
    table: { name: 'AccountList', headerRow: 1 },
    expected: { headerRow: 1, firstColumn: 1, tableName: 'AccountList' },
  },
];

export const CONTRACT_MODEL: Model = expectOk(
  parseModel({
    version: 1,
    name: 'Contract',
    idColumn: 'Account',
    revenueColumn: 'ARR',
    criteria: [
      { id: 'arr', column: 'ARR', weight: 40, normalize: { method: 'log-minmax' } },
      {
        id: 'fit',
        column: 'Product fit',
        weight: 35,
        normalize: { method: 'scale', min: 1, max: 5 },
      },
      {
        id: 'vision',
        column: 'Shared vision',
        weight: 25,
        normalize: { method: 'rating', min: 1, max: 5 },
      },
    ],
  }),
);

function expectOk<T>(outcome: Outcome<T>): T {
  if (outcome.kind === 'error')
    throw new Error(`expected ok, got ${outcome.code}: ${outcome.message}`);
  return outcome.value;
}

function at(
  cells: readonly (readonly ContractCell[])[],
  row: number,
  column: number,
): ContractCell {
  return cells[row - 1]?.[column - 1] ?? null;
}

/** Cells that differ between two grids (of any sizes), as "C7: before -> after", skipping some columns. */
export function differences(
  before: readonly (readonly ContractCell[])[],
  after: readonly (readonly ContractCell[])[],
  skipColumns: ReadonlySet<number> = new Set(),
): string[] {
  const rows = Math.max(before.length, after.length);
  const columns = Math.max(0, ...before.map((r) => r.length), ...after.map((r) => r.length));
  const found: string[] = [];
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      if (skipColumns.has(c)) continue;
      const a = at(before, r, c);
      const b = at(after, r, c);
      if (a !== b) found.push(`${cellAddress(r, c)}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
    }
  }
  return found;
}

/** A number as a cell holds it: hosts may round-trip through text, so compare to 12 significant digits. */
function same(a: ContractCell, b: ContractCell): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  return a === b;
}

/** The raw table every host must read from a fixture. */
function expectedTable(fixture: ContractFixture): RawTable {
  const header = fixture.expected.headerRow;
  const width = fixture.rows[header - 1].length;
  return {
    sheet: fixture.sheet,
    headerRow: header,
    firstColumn: fixture.expected.firstColumn,
    headers: fixture.rows[header - 1].map(String),
    rows: fixture.rows
      .slice(header, header + (fixture.expected.rowCount ?? fixture.rows.length))
      .map((row) => Array.from({ length: width }, (_, j) => row[j] ?? null)),
    ...(fixture.expected.tableName !== undefined ? { tableName: fixture.expected.tableName } : {}),
    ...(fixture.expected.dataBelow !== undefined ? { dataBelow: fixture.expected.dataBelow } : {}),
  };
}

/** The same suite against any host: makeHost builds the fixture workbook in that host. */
export function describeHostContract(
  name: string,
  makeHost: (fixture: ContractFixture) => Promise<HostUnderTest>,
): void {
  describe(`host contract: ${name}`, () => {
    describe.each(CONTRACT_FIXTURES.map((f) => [f.name, f] as const))('%s', (_label, fixture) => {
      it('reads the same raw table as every other host', async () => {
        const { host } = await makeHost(fixture);
        const { table, layout } = expectOk(await host.readTable());
        // The number locale is what the host knows of the workbook (Excel does, a file may not): not part of the table.
        const { numberLocale: _locale, ...read } = table;
        expect(read).toEqual(expectedTable(fixture));
        expect(layout).toEqual({
          ownedColumns: {},
          firstFreeColumn: fixture.rows[fixture.expected.headerRow - 1].length + 1,
        });
      });

      it('writes the plan into the planned cells and changes no other cell; re-run writes the same; clear restores', async () => {
        const { host, readBack } = await makeHost(fixture);
        const original = await readBack();
        const read = expectOk(await host.readTable());
        const { plan } = expectOk(
          identifyAndPlan(read.table, read.layout, { model: CONTRACT_MODEL }),
        );
        // Every host gets the same plan from the same workbook: the one planned from the expected table.
        const expectedPlan = expectOk(
          identifyAndPlan(expectedTable(fixture), read.layout, { model: CONTRACT_MODEL }),
        ).plan;
        expect(plan).toEqual(expectedPlan);
        expectOk(await host.apply(plan));
        const written = await readBack();

        const ours = new Set(plan.columns.map((c) => c.column));
        expect(differences(original.cells, written.cells, ours)).toEqual([]);
        for (const column of plan.columns) {
          expect(at(written.cells, plan.headerRow, column.column)).toBe(column.header);
          planValueList(column.values).forEach((value, i) => {
            const cell = at(written.cells, plan.firstDataRow + i, column.column);
            if (!same(cell, value))
              throw new Error(
                `${columnLetters(column.column)}${plan.firstDataRow + i}: ${JSON.stringify(cell)} is not ${JSON.stringify(value)}`,
              );
          });
        }
        expect(written.summary).not.toBeNull();
        for (const cell of plan.summary.cells) {
          const formula = written.summary?.formulas[cell.address];
          if (formula !== undefined) expect(formula).toBe(cell.kamFormula);
          else if (!same(written.summary?.values[cell.address] ?? null, cell.value)) {
            throw new Error(
              `summary ${cell.address}: ${JSON.stringify(written.summary?.values[cell.address])} is not ${JSON.stringify(cell.value)}`,
            );
          }
        }

        const again = expectOk(await host.readTable());
        expect(again.layout.ownedColumns).toEqual(
          Object.fromEntries(plan.columns.map((c) => [c.header, c.column])),
        );
        const rerun = expectOk(
          identifyAndPlan(again.table, again.layout, { model: CONTRACT_MODEL }),
        ).plan;
        expect(rerun.columns).toEqual(plan.columns);
        expectOk(await host.apply(rerun));
        const rewritten = await readBack();
        expect(differences(written.cells, rewritten.cells)).toEqual([]);
        expect(rewritten.summary).toEqual(written.summary);

        expectOk(await host.clearResults());
        const cleared = await readBack();
        expect(differences(original.cells, cleared.cells)).toEqual([]);
        expect(cleared.summary).toBeNull();
      });

      it('round-trips the model, the model list and the statistics of a run', async () => {
        const { host } = await makeHost(fixture);
        expect(expectOk(await host.state.loadModel())).toBeNull();
        expectOk(await host.state.saveModel(CONTRACT_MODEL));
        expect(expectOk(await host.state.loadModel())).toEqual(CONTRACT_MODEL);
        expect(expectOk(await host.state.listModels())).toEqual([CONTRACT_MODEL]);
        const read = expectOk(await host.readTable());
        const { result } = expectOk(
          identifyAndPlan(read.table, read.layout, { model: CONTRACT_MODEL }),
        );
        const calibration = calibrationFrom(result);
        expectOk(await host.state.saveCalibration(calibration));
        expect(expectOk(await host.state.loadCalibration())).toEqual(calibration);
      });
    });
  });
}
