// The CSV reader's rows at scale: each record exactly as wide as its fields, and shared column values
// (labels read once per distinct value) reading back as every value was written.
import { parseCsv } from '../../../src/hosts/file';
import { detached } from '../../../src/hosts/file/column-strings';
import { readCsvSheet } from '../../../src/hosts/file/csv-read';

describe('the rows the CSV reader keeps', () => {
  it('are as wide as each record, whether it is wider or narrower than the one before', () => {
    const rows = parseCsv('a,b,c\nd\ne,f,g,h,i\nj,k\n,\nlast,').rows;
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['d'],
      ['e', 'f', 'g', 'h', 'i'],
      ['j', 'k'],
      ['', ''],
      ['last', ''],
    ]);
    expect(rows.map((row) => row.length)).toEqual([3, 1, 5, 2, 2, 2]);
  });

  it('read back every value of repeating and distinct columns past the point where sharing is decided', () => {
    // Tier repeats (shared), Account never does (left as read after the trial rows), Code has
    // 6,000 distinct values that repeat (shared until its map is full, then left as read).
    const lines = ['Account,Tier,Code'];
    for (let i = 0; i < 14_000; i++)
      lines.push(`Account ${i},${['Gold', 'Silver', ' '][i % 3]},C${i % 6_000}`);
    const text = `${lines.join('\n')}\n`;
    const read = readCsvSheet(text, 'big.csv');
    if (read.kind !== 'ok') throw new Error(read.message);
    const { rows, lastRow } = read.value.cells;
    expect(lastRow).toBe(14_001);
    const expected = parseCsv(text).rows;
    for (let r = 1; r <= lastRow; r++) {
      // Whitespace-only fields are empty cells; everything else is the text as written.
      expect(rows[r]).toEqual(expected[r - 1].map((v) => (v.trim() === '' ? null : v)));
    }
  });
});

describe('a kept string detached from the text it was cut from', () => {
  it('is the same text, whatever characters it holds', () => {
    const texts = [
      'Acme',
      'Account 1048575',
      'Say "hi" \\ then\nleave\ttab',
      'Zürich – 東京 🚀 long enough',
      'lone \ud800 surrogate here',
      '\u0000\u001f control characters',
    ];
    for (const text of texts) expect(detached(`${text}!`.slice(0, -1))).toBe(text);
  });
});
