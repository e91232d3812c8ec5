// The data sheet streamed as bytes: rows found in the bytes, our cells appended or merged, whatever the input's chunking.
import { RowPatcher, type RowEdit } from '../../../src/hosts/file/xlsx-write/row-patcher';
import { streamSheet } from '../../../src/hosts/file/xlsx-write/sheet-stream';
import { ColumnCells, valueCell } from '../../../src/hosts/file/xlsx-write/sheet-cells';

const unchanged = { head: (xml: string) => xml, tail: (xml: string) => xml };

/** A re-run: column D is ours already (its header and rows 2-4 are replaced), with three values. */
const rerun: RowEdit = {
  headerRow: 1,
  firstDataRow: 2,
  lastRow: 4,
  columns: [{ column: 4, header: 'KAM Score', style: 5, values: [10, 'Key', null] }],
  fresh: new Set(),
  replaced: new Map([[4, { from: 1, to: 4 }]]),
};

const head = '<worksheet><dimension ref="A1:E5"/><sheetData>';
const tail = '</sheetData><conditionalFormatting sqref="D2:D4"/></worksheet>';
const sheet = [
  head,
  '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="D1" t="inlineStr"><is><t>KAM Score</t></is></c></row>\n',
  // Text with "w" (the letter `</row>` is found by) and characters of 2 to 4 bytes.
  '<row r="2" spans="1:4"><c r="A2" t="inlineStr"><is><t>Wówzé row 🙂</t></is></c><c r="D2" s="5"><v>3</v></c></row>\n',
  // A cell of the user's right of our column: the row is split and our cell goes between.
  '<row r="3"><c r="A3"><v>1</v></c><c r="E3"><v>7</v></c></row>\n',
  '<row r="4"/>',
  '<row><c r="A5"><v>2</v></c></row>',
  tail,
].join('');

const expected = [
  head,
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="D1" t="inlineStr"><is><t>KAM Score</t></is></c></row>\n',
  '<row r="2"><c r="A2" t="inlineStr"><is><t>Wówzé row 🙂</t></is></c><c r="D2" s="5"><v>10</v></c></row>\n',
  '<row r="3"><c r="A3"><v>1</v></c><c r="D3" s="5" t="inlineStr"><is><t>Key</t></is></c><c r="E3"><v>7</v></c></row>\n',
  '<row r="4"/>',
  '<row><c r="A5"><v>2</v></c></row>',
  tail,
].join('');

function streamed(xml: string, edit: RowEdit, chunkSize: number): string {
  const bytes = new TextEncoder().encode(xml);
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.slice(at, at + chunkSize));
  const out: Uint8Array[] = [];
  // Each piece is copied: its memory is used again for the next one.
  for (const piece of streamSheet(chunks, new RowPatcher(edit), unchanged)) out.push(piece.slice());
  return Buffer.concat(out).toString('utf8');
}

describe('streaming the data sheet as bytes', () => {
  it.each([1, 2, 3, 7, 64, 1 << 20])(
    'replaces our old cells, keeps the user’s, in input chunks of %i bytes',
    (chunkSize) => {
      expect(streamed(sheet, rerun, chunkSize)).toBe(expected);
    },
  );

  it('adds our cells after the user’s on a first run, and a row we need that the sheet lacks', () => {
    const first: RowEdit = {
      ...rerun,
      fresh: new Set([4]),
      replaced: new Map([[4, { from: 1, to: 4 }]]),
    };
    const xml = `${head}<row r="1"><c r="A1"><v>9</v></c></row><row r="3" spans="1:1"><c r="A3"><v>1</v></c></row>${tail}`;
    expect(streamed(xml, first, 5)).toBe(
      `${head}<row r="1"><c r="A1"><v>9</v></c><c r="D1" t="inlineStr"><is><t>KAM Score</t></is></c></row>` +
        '<row r="2"><c r="D2" s="5"><v>10</v></c></row>' +
        `<row r="3"><c r="A3"><v>1</v></c><c r="D3" s="5" t="inlineStr"><is><t>Key</t></is></c></row>${tail}`,
    );
  });

  it('stops at a cell of the user’s in a column new to the sheet', () => {
    const first: RowEdit = { ...rerun, fresh: new Set([4]) };
    expect(() => streamed(sheet, first, 16)).toThrow(/D1 is not empty/);
  });

  it('refuses a sheet that ends inside its rows', () => {
    expect(() => streamed(sheet.slice(0, sheet.indexOf('<row r="3"')), rerun, 8)).toThrow(
      /ends inside its rows|incomplete/,
    );
  });
});

describe('a result column’s cells', () => {
  const values = [
    0,
    -1.5,
    1e-7,
    47.98752569375238,
    NaN,
    Infinity,
    null,
    '',
    'Key',
    ' Key',
    'a\nb',
    'A & <B>',
    '=SUM(A1)',
    'x'.repeat(40_000),
    'Key',
  ];
  it.each(values.map((v) => [v]))('makes %p as valueCell does', (value) => {
    const cells = new ColumnCells('AB', 7);
    for (const row of [2, 1_048_576])
      expect(cells.cell(row, value)).toBe(valueCell(`AB${row}`, 7, value) ?? '');
  });
});
