// The Excel host at a full sheet (1,048,575 accounts): how many context.sync() calls a first run and
// a re-run take, and the largest request, each under Excel on the web's 5 MB.
import { columnLetters } from '../../../src/core';
import { DEFAULT_PAYLOAD_BUDGET } from '../../../src/hosts/excel';
import { FakeWorkbook, PAYLOAD_LIMIT } from './fake';
import { GeneratedSheet } from './fake/generated-sheet';
import { cellOf, GENERATED_HEADER, generatedCell, hostOver, identify, ok } from './fixtures';

const FULL_SHEET = 1_048_575;
const LAST_ROW = FULL_SHEET + 1;
/** Rows whose result cells are kept to be checked: the first, one in the middle, the last. */
const KEPT = new Set([2, 3, 524_289, LAST_ROW]);

interface Measured {
  readonly syncs: number;
  readonly largest: number;
  readonly total: number;
}

function book(): { book: FakeWorkbook; sheet: GeneratedSheet } {
  const fake = new FakeWorkbook();
  const sheet = new GeneratedSheet('Accounts', GENERATED_HEADER, FULL_SHEET, generatedCell, KEPT);
  fake.sheets.push(sheet);
  fake.activeSheet = 'Accounts';
  fake.activeCell = { row: 2, column: 1 };
  return { book: fake, sheet };
}

async function measured(fake: FakeWorkbook, work: () => Promise<unknown>): Promise<Measured> {
  const syncsBefore = fake.syncCount;
  const bytesBefore = fake.batchBytes.length;
  await work();
  const bytes = fake.batchBytes.slice(bytesBefore);
  return {
    syncs: fake.syncCount - syncsBefore,
    largest: Math.max(...bytes),
    total: bytes.reduce((a, b) => a + b, 0),
  };
}

describe('the Excel host at a full sheet (1,048,575 accounts)', () => {
  const { book: fake, sheet } = book();
  const host = hostOver(fake);
  const figures: Record<string, Measured> = {};

  beforeAll(async () => {
    let plan = (await identify(host)).plan; // a first read, to plan with
    const apply = async () => ok(await host.apply(plan));
    const reread = async () => void (plan = (await identify(host)).plan);
    const t0 = performance.now();
    figures.firstRun = await measured(fake, apply);
    const t1 = performance.now();
    figures.reRead = await measured(fake, reread);
    const t2 = performance.now();
    figures.reRun = await measured(fake, apply);
    const t3 = performance.now();
    const mb = (x: number) => `${(x / 2 ** 20).toFixed(2)} MB`;
    const ms = (x: number) => `${(x / 1000).toFixed(1)} s`;
    console.log(
      Object.entries(figures)
        .map(([k, m]) => `${k}: ${m.syncs} syncs, largest ${mb(m.largest)}, total ${mb(m.total)}`)
        .join('\n') +
        `\nwall time: first run ${ms(t1 - t0)}, re-read ${ms(t2 - t1)}, re-run ${ms(t3 - t2)}`,
    );
  }, 240_000);

  it('writes every result row, and each request stays under 5 MB', () => {
    expect(fake.refusedBatches).toBe(0);
    for (const m of Object.values(figures)) expect(m.largest).toBeLessThan(PAYLOAD_LIMIT);
    // Every result cell of every data row went to Excel, on the first run and on the re-run (at
    // least 8 columns each: the value and, set once over the column, its format).
    expect(sheet.dropped).toBeGreaterThanOrEqual(2 * 8 * (FULL_SHEET - KEPT.size));
  });

  it('packs the writes: about as many syncs as the bytes need at the budget, the same on a re-run', () => {
    const budget = DEFAULT_PAYLOAD_BUDGET;
    expect(figures.firstRun.syncs).toBeLessThanOrEqual(
      Math.ceil(figures.firstRun.total / budget) + 4,
    );
    expect(figures.reRun.syncs).toBeLessThanOrEqual(Math.ceil(figures.reRun.total / budget) + 6);
    expect(Math.abs(figures.reRun.syncs - figures.firstRun.syncs)).toBeLessThanOrEqual(2);
  });

  it('writes the right values and one format per column on the first, middle and last rows', () => {
    const header = (title: string) => {
      for (let c = 1; c < 20; c++)
        if (cellOf(fake, 'Accounts', `${columnLetters(c)}1`).value === title) return c;
      throw new Error(`no ${title} column`);
    };
    const score = header('KAM Score');
    const tier = header('KAM Tier');
    for (const row of KEPT) {
      const scoreCell = cellOf(fake, 'Accounts', `${columnLetters(score)}${row}`);
      expect(typeof scoreCell.value).toBe('number');
      expect(scoreCell.numberFormat).toBe('0.0');
      const tierCell = cellOf(fake, 'Accounts', `${columnLetters(tier)}${row}`);
      expect(['Key', 'Growth', 'Core']).toContain(tierCell.value);
      expect(tierCell.numberFormat).toBe('@');
    }
    const formats = fake.journal.filter(
      (e) =>
        e.action === 'numberFormat' && e.sheet === 'Accounts' && e.box !== null && e.box.top === 2,
    );
    expect(formats.every((e) => e.box!.bottom === LAST_ROW && e.box!.left === e.box!.right)).toBe(
      true,
    );
  });
});
