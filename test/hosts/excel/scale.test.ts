// Scale: the number of syncs does not grow with the rows, and every request stays under Excel on the web's 5 MB.
import { parseModel } from '../../../src/core';
import { identifyAndPlan } from '../../../src/hosts/identify-and-write';
import {
  chunkRows,
  DEFAULT_PAYLOAD_BUDGET,
  EXCEL_WEB_PAYLOAD_LIMIT,
  packOps,
} from '../../../src/hosts/excel';
import { rowChunkOps } from '../../../src/hosts/excel/chunks';
import { PAYLOAD_LIMIT } from './fake';
import { cellOf, fakeBook, generatedRows, hostOver, identify, ok } from './fixtures';

/** Syncs of read, apply (first run and re-run) and clear for a generated table of n accounts. */
async function syncCounts(n: number) {
  const book = fakeBook({
    sheets: [{ name: 'Accounts', rows: generatedRows(n) }],
    active: { sheet: 'Accounts', cell: 'A2' },
  });
  const host = hostOver(book);
  const counts: Record<string, number> = {};
  const measure = async (name: string, work: () => Promise<unknown>) => {
    const before = book.syncCount;
    await work();
    counts[name] = book.syncCount - before;
  };
  let plan = (await identify(host)).plan;
  await measure('read', () => host.readTable());
  await measure('apply', () => host.apply(plan));
  plan = (await identify(host)).plan;
  await measure('re-run', () => host.apply(plan));
  await measure('clear', () => host.clearResults());
  return { counts, book };
}

describe('number of context.sync() calls', () => {
  it('is the same for 100 and for 10,000 accounts', async () => {
    const small = await syncCounts(100);
    const large = await syncCounts(10_000);
    expect(large.counts).toEqual(small.counts);
    expect(small.counts).toEqual({ read: 3, apply: 3, 're-run': 4, clear: 4 });
    expect(Math.max(...large.book.batchBytes)).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
  }, 60_000);
});

describe('chunking at the payload limit', () => {
  it('splits rows into consecutive chunks within the budget; a row above it stands alone', () => {
    const sizes = [40, 40, 40, 150, 10, 10];
    const chunks = chunkRows(sizes.length, (i) => sizes[i], 100);
    expect(chunks).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
      { start: 3, end: 4 },
      { start: 4, end: 6 },
    ]);
    expect(chunkRows(0, () => 1, 100)).toEqual([]);
  });

  it("writes rows a chunk at a time, each operation weighing its rows' bytes, each row sized once", () => {
    const sizes = [40, 40, 40, 150, 10, 10];
    const sized: number[] = [];
    const queued: string[] = [];
    const ops = rowChunkOps(
      sizes.length,
      (row) => (sized.push(row), sizes[row]),
      100,
      'Writing results',
      (_, { start, end }) => queued.push(`${start}-${end}`),
    );
    expect(sized).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ops.map((o) => [o.bytes, o.label])).toEqual([
      [80, 'Writing results'],
      [40, 'Writing results'],
      [150, 'Writing results'],
      [20, 'Writing results'],
    ]);
    for (const op of ops) op.queue({} as Excel.RequestContext);
    expect(queued).toEqual(['0-2', '2-3', '3-4', '4-6']);
  });

  it('packs operations into batches in order, never past the budget', () => {
    const op = (bytes: number) => ({ bytes, label: String(bytes), queue: () => undefined });
    const batches = packOps([op(60), op(30), op(20), op(90), op(5)], 100);
    expect(batches.map((b) => b.map((o) => o.bytes))).toEqual([[60, 30], [20], [90, 5]]);
  });

  it('writes long driver texts in several chunks, each request under the 5 MB limit', async () => {
    const label = `Strategic account-fit assessment ${'x'.repeat(4_000)}`;
    const model = ok(
      parseModel({
        version: 1,
        name: 'Long labels',
        idColumn: 'Account',
        revenueColumn: 'ARR',
        criteria: [
          {
            id: 'arr',
            column: 'ARR',
            weight: 40,
            label: `${label} 1`,
            normalize: { method: 'log-minmax' },
          },
          {
            id: 'fit',
            column: 'Product fit',
            weight: 30,
            label: `${label} 2`,
            normalize: { method: 'scale', min: 1, max: 5 },
          },
          {
            id: 'rel',
            column: 'Relationship',
            weight: 30,
            label: `${label} 3`,
            normalize: { method: 'rating', min: 1, max: 5 },
          },
        ],
      }),
    );
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows: generatedRows(1_000) }],
      active: { sheet: 'Accounts', cell: 'A2' },
    });
    const host = hostOver(book);
    const read = ok(await host.readTable());
    const { plan } = ok(identifyAndPlan(read.table, read.layout, { model }));
    const drivers = plan.columns.find((c) => c.key === 'drivers');
    const driverBytes = Array.from(drivers?.values ?? [], (v) => String(v).length).reduce(
      (sum, n) => sum + n,
      0,
    );
    expect(driverBytes).toBeGreaterThan(EXCEL_WEB_PAYLOAD_LIMIT);
    book.journal.length = 0;
    book.batchBytes.length = 0;
    ok(await host.apply(plan));
    const valueWrites = book.journal.filter(
      (e) => e.action === 'values' && e.sheet === 'Accounts' && e.box !== null && e.box.top > 1,
    );
    expect(valueWrites.length).toBeGreaterThanOrEqual(
      Math.ceil(driverBytes / DEFAULT_PAYLOAD_BUDGET),
    );
    expect(Math.max(...book.batchBytes)).toBeLessThan(PAYLOAD_LIMIT);
    // The chunks cover every row exactly once.
    const rows = valueWrites
      .flatMap((e) => (e.box ? [[e.box.top, e.box.bottom]] : []))
      .sort((a, b) => a[0] - b[0]);
    expect(rows[0][0]).toBe(plan.firstDataRow);
    for (let i = 1; i < rows.length; i++) expect(rows[i][0]).toBe(rows[i - 1][1] + 1);
    expect(rows[rows.length - 1][1]).toBe(plan.firstDataRow + plan.rowCount - 1);
    expect(cellOf(book, 'Accounts', `${'M'}${plan.firstDataRow + 999}`).value).toBe(
      drivers?.values[999],
    );
  }, 60_000);

  it('reads a large sheet in several requests, each response under the limit', async () => {
    const rows = generatedRows(2_000).map((r, i) => [
      ...r,
      i === 0 ? 'Notes' : `note ${'n'.repeat(3_000)}`,
    ]);
    const book = fakeBook({
      sheets: [{ name: 'Accounts', rows }],
      active: { sheet: 'Accounts', cell: 'A2' },
    });
    const { table } = ok(await hostOver(book).readTable());
    expect(table.rows).toHaveLength(2_000);
    expect(book.syncCount).toBeGreaterThan(3);
    // The first request assumed short cells and was refused once; every request after it was under the limit.
    expect(book.refusedBatches).toBe(1);
    expect(book.batchBytes.filter((b) => b >= PAYLOAD_LIMIT)).toHaveLength(1);
  }, 60_000);
});
