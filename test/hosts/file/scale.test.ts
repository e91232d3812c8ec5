// 100,000 accounts read from CSV and saved as .xlsx (8 result columns): every row written, progress
// reported as it goes. How fast is the bench's business (`npm run bench -- --only=filehost`), not a test's.
import { portableCodec } from '../../../src/hosts/file/xlsx-write';
import { column, ok, openBytes, plan } from './helpers';

it('reads and writes 100,000 accounts, reporting progress', async () => {
  const n = 100_000;
  const lines = ['Account,Region,ARR,Relationship'];
  for (let i = 0; i < n; i++) lines.push(`Account ${i},EMEA,"${(i * 37) % 100_000}",High`);
  const host = await openBytes(new TextEncoder().encode(lines.join('\n')), 'big.csv');
  const { table, layout } = ok(await host.readTable());
  expect(table.rows).toHaveLength(n);
  const keys = [
    'score',
    'rank',
    'tier',
    'revenueShare',
    'cumulativeShare',
    'abc',
    'portfolio',
    'drivers',
  ] as const;
  const columns = keys.map((key, k) =>
    column(
      key,
      `KAM ${key}`,
      layout.firstFreeColumn + k,
      table.rows.map((_, i) => (k % 2 === 0 ? i / 7 : `t${i % 3}`)),
    ),
  );
  const progress: number[] = [];
  ok(await host.apply(plan({ sheet: 'big', headerRow: 1, rowCount: n, columns })));
  let bytes = 0;
  ok(
    host.writeXlsx(
      (chunk) => (bytes += chunk.length),
      portableCodec,
      (f) => progress.push(f),
    ),
  );
  expect(bytes).toBeGreaterThan(1_000_000);
  expect(progress.length).toBeGreaterThanOrEqual(20);
  expect((await host.excelWorkbook()).getWorksheet('big')?.getCell(n + 1, 12).value).toBe(
    `t${(n - 1) % 3}`,
  );
});
