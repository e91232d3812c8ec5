// A CSV fixture as the file host hands it to the core: text cells (blank = null), header on row 1,
// the table ending at the first empty line (the exports put notes below it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawTable } from '../../src/core';
import { parseCsv } from '../../src/hosts/file/csv-read';

export function csvFixture(name: string): RawTable {
  const text = readFileSync(join(__dirname, '../fixtures/csv', name), 'utf8');
  const rows = parseCsv(text).rows;
  const blank = rows.findIndex((r, i) => i > 0 && r.every((c) => c === ''));
  const [headers, ...data] = rows.slice(0, blank < 0 ? rows.length : blank);
  return {
    sheet: name.replace(/\.csv$/, ''),
    headerRow: 1,
    firstColumn: 1,
    headers,
    rows: data.map((r) => r.map((c) => (c === '' ? null : c))),
  };
}
