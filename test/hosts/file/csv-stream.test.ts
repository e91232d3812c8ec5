// The streamed CSV output is byte for byte what the whole-sheet writer made (rows built as arrays, then one string).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WritePlan } from '../../../src/core';
import { FileWorkbookHost } from '../../../src/hosts/file';
import { csvChunks, escapeFormulaText, writeCsv, type CsvValue } from '../../../src/hosts/file/csv';
import { csvBefore } from './csv-oracle';
import { column, plan, xlsxBytes } from './helpers';

const fixtures = join(__dirname, '..', '..', 'fixtures');

/** Awkward result values: formula-looking text, signed numbers, quotes, separators, line breaks. */
const AWKWARD: CsvValue[] = [
  1.5,
  -500,
  '=SUM(A1:A2)',
  '+1',
  '-1.200,50',
  '@cmd',
  '\tTab',
  ' padded ',
  'say "hi"',
  'a;b',
  'a,b',
  'two\nlines',
  "'quoted",
  null,
  0.000001,
  1e21,
  -0,
  NaN,
  Infinity,
  'Zürich €',
  'Café 😀 東京',
  '',
  '50%',
];

function awkwardPlan(
  sheet: string,
  tableName: string | undefined,
  headerRow: number,
  rows: number,
  firstFree: number,
): WritePlan {
  const values = Array.from({ length: rows }, (_, i) => AWKWARD[i % AWKWARD.length]);
  const more = Array.from({ length: rows }, (_, i) => AWKWARD[(i * 7) % AWKWARD.length]);
  return plan({
    sheet,
    ...(tableName === undefined ? {} : { tableName }),
    headerRow,
    rowCount: rows,
    columns: [
      column('score', 'KAM Score', firstFree, values as (string | number | null)[]),
      column('tier', '=Tier;"x"', firstFree + 2, more as (string | number | null)[], '@'),
    ],
  });
}

/**
 * Opens a file, reads its table and lays a plan of awkward values over it when asked: the CSV bytes
 * streamed, and the bytes the whole-sheet writer made (csv-oracle.ts); null for a file that does not open.
 */
async function both(
  bytes: Uint8Array,
  name: string,
  withPlan: boolean,
): Promise<{ streamed: Uint8Array; before: Uint8Array } | null> {
  const host = await FileWorkbookHost.fromBuffer(bytes, name);
  if (host.kind === 'error') return null;
  const read = await host.value.readTable();
  let applied: WritePlan | undefined;
  if (withPlan && read.kind === 'ok') {
    const { table, layout } = read.value;
    const p = awkwardPlan(
      table.sheet,
      table.tableName,
      table.headerRow,
      table.rows.length,
      layout.firstFreeColumn,
    );
    if ((await host.value.apply(p)).kind === 'ok') applied = p;
  }
  const sheet = read.kind === 'ok' ? read.value.table.sheet : undefined;
  const decimal = read.kind === 'ok' && read.value.table.numberLocale === 'decimal-comma';
  return {
    streamed: (await host.value.toBuffer('csv')).bytes,
    before: csvBefore(bytes, name, sheet, applied, decimal),
  };
}

function same(out: { streamed: Uint8Array; before: Uint8Array } | null): string {
  if (out === null) throw new Error('the file did not open');
  expect(Buffer.from(out.streamed).equals(Buffer.from(out.before))).toBe(true);
  return new TextDecoder().decode(out.before);
}

const files = ['csv', 'xlsx'].flatMap((dir) =>
  readdirSync(join(fixtures, dir))
    .filter((f) => /\.(csv|xlsx|xlsm)$/.test(f))
    .map((f) => join(dir, f)),
);

describe('streamed CSV output', () => {
  it.each(files.flatMap((f) => [[f, false] as const, [f, true] as const]))(
    '%s (plan: %s) is the same bytes as the whole-sheet text',
    async (file, withPlan) => {
      const bytes = new Uint8Array(readFileSync(join(fixtures, file)));
      const out = await both(bytes, file.split('/')[1], withPlan);
      if (out !== null) same(out);
    },
  );

  it('a generated table of awkward values, ";" and decimal comma', async () => {
    const lines = ['Title;;', ';;', 'Account;Region;ARR;Note'];
    for (let i = 0; i < 500; i++) {
      const v = AWKWARD[i % AWKWARD.length];
      const text = typeof v === 'string' ? `"${v.replace(/"/g, '""')}"` : String(v ?? '');
      lines.push(
        `Acct ${i};${i % 3 === 0 ? '' : 'EMEA'};${(i * 1234.5).toFixed(2).replace('.', ',')};${text}`,
      );
    }
    lines.push('ragged;row');
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    for (const withPlan of [false, true]) {
      const text = same(await both(bytes, 'awkward.csv', withPlan));
      expect(text).toContain('Acct 1;EMEA;1234,50;-500');
      expect(text.includes(';1,5;')).toBe(withPlan);
      expect(text.includes('KAM Score;')).toBe(withPlan);
    }
  });

  it('a workbook with dates, formulas and a gap row', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Accounts');
      ws.getRow(2).values = ['Account', 'Since', 'ARR', 'Calc'];
      for (let i = 0; i < 40; i++) {
        ws.getRow(3 + i).values = [
          i % 5 === 0 ? `=Evil${i}` : `Acct ${i}`,
          new Date(Date.UTC(2020, i % 12, 1 + i, i % 3 === 0 ? 0 : 13, 30)),
          i * 10.25,
          { formula: `C${3 + i}*2`, result: i * 20.5 },
        ];
        ws.getCell(3 + i, 2).numFmt = 'yyyy-mm-dd';
      }
      ws.getCell('H50').value = 'far';
    });
    for (const withPlan of [false, true]) {
      const text = same(await both(bytes, 'dates.xlsx', withPlan));
      expect(text).toContain('2020-01-01');
      expect(text.includes('KAM Score')).toBe(withPlan);
    }
  });

  it('chunks of any size join to the whole text', () => {
    const rows: CsvValue[][] = Array.from({ length: 300 }, (_, i) => [
      `row ${i}`,
      AWKWARD[i % AWKWARD.length],
      i % 2 === 0 ? true : false,
      i / 7,
    ]);
    const options = { delimiter: ';' as const, decimalComma: true };
    const whole = new TextEncoder().encode(`\ufeff${writeCsv(rows, options)}`);
    for (const chunkBytes of [1, 4, 7, 100, 1 << 20]) {
      const chunks = [...csvChunks(rows, { ...options, bom: true, chunkBytes })];
      expect(Buffer.concat(chunks).equals(Buffer.from(whole))).toBe(true);
      if (chunkBytes === 100) expect(chunks.length).toBeGreaterThan(10);
      for (const chunk of chunks.slice(0, -1))
        expect(chunk.length).toBeLessThanOrEqual(chunkBytes < 4 ? 4 : chunkBytes);
    }
  });
});

describe('CSV quoting', () => {
  /** The rule as it was written before one regular expression per separator took it over. */
  function quotedBefore(text: string, delimiter: string): boolean {
    return (
      text.includes(delimiter) ||
      text.includes('"') ||
      text.includes('\n') ||
      text.includes('\r') ||
      text !== text.trim() ||
      text.startsWith("'")
    );
  }

  it('quotes exactly the fields it quoted before', () => {
    const pieces = [
      'a',
      ' ',
      '\t',
      '\u00a0',
      '\ufeff',
      '\u2028',
      ',',
      ';',
      '|',
      '"',
      '\n',
      '\r',
      "'",
      '1',
      'é',
      '=',
    ];
    const texts = [''];
    for (const a of pieces)
      for (const b of pieces) for (const c of pieces) texts.push(a + b + c, a + b, a);
    for (const delimiter of [',', ';', '\t', '|'] as const)
      for (const text of texts) {
        // Text that starts a formula is escaped first; the escaped text is what gets quoted.
        const field = escapeFormulaText(text);
        const line = writeCsv([[text]], { delimiter });
        expect(line.startsWith('"')).toBe(quotedBefore(field, delimiter));
      }
  });
});
