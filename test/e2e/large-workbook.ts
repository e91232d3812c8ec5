// A generated account workbook of any size (in memory, ExcelJS), for timing the preview on large tables.
import { Workbook } from 'exceljs';

const REGIONS = ['EMEA', 'Americas', 'APAC'];
const RELATIONSHIPS = ['High', 'Medium', 'Low'];
const RATINGS = ['AAA', 'AA', 'A+', 'A', 'A-', 'BBB+', 'BBB', 'BBB-', 'BB', 'B'];

/** A small deterministic generator: the same workbook on every run, so timings compare. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** An "Accounts" sheet with a header row and `rows` accounts with skewed (Pareto-like) revenue. */
export async function accountsWorkbook(rows: number): Promise<Buffer> {
  const next = random(20260101);
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Accounts');
  sheet.addRow([
    'Account',
    'Region',
    'ARR',
    'Revenue potential',
    'Product fit',
    'Relationship',
    'Credit rating',
    'Shared vision',
    'Cost to serve',
  ]);
  for (let i = 1; i <= rows; i++) {
    // Pareto-distributed revenue with the 80/20 shape (alpha 1.16), capped at about 3,000 times the smallest.
    const arr = Math.round(5000 / (1 - 0.9999 * next()) ** (1 / 1.16));
    sheet.addRow([
      `Account ${String(i).padStart(6, '0')}`,
      REGIONS[i % REGIONS.length],
      arr,
      Math.round(arr * (0.5 + 2 * next())),
      1 + Math.floor(next() * 5),
      RELATIONSHIPS[Math.floor(next() * RELATIONSHIPS.length)],
      RATINGS[Math.floor(next() * RATINGS.length)],
      next() < 0.6 ? 'Yes' : 'No',
      Math.round(2000 + arr * 0.1 * next()),
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
