// A CSV made into a workbook gets its own columns sized to their header and usual values.
import { csvColumnWidths } from '../../../src/hosts/file/xlsx-write/csv-package';

const widthsOf = (cols: string): Record<number, number> =>
  Object.fromEntries(
    [...cols.matchAll(/<col min="(\d+)" max="\1" width="(\d+)" customWidth="1"\/>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]),
  );

describe('csvColumnWidths', () => {
  it('fits each column to its header and to nineteen in twenty of its values, from the header row down', () => {
    const rows = [
      ['Customer accounts exported from the CRM on 2 December'],
      ['Account', 'Revenue potential', 'ARR'],
      ...Array.from({ length: 40 }, (_, i) => [`Account number ${i}`, '1000', '12']),
      ['=HYPERLINK("http://example.com","A very long odd name")', '', '7'],
    ];
    const widths = widthsOf(csvColumnWidths(rows, 2));
    // "Account number 12" (17 characters) x 1.1 + 2; the title above the header and the one long
    // name do not count; "Revenue potential" (17) by its header; ARR fits the default width.
    expect(widths).toEqual({ 1: 21, 2: 21 });
  });

  it('caps a column of long texts at 50 and writes nothing when every column fits the default', () => {
    const notes = Array.from({ length: 10 }, () => ['x'.repeat(200)]);
    expect(widthsOf(csvColumnWidths([['Notes'], ...notes], 1))).toEqual({ 1: 50 });
    expect(
      csvColumnWidths(
        [
          ['A', 'B'],
          ['1', '2'],
        ],
        1,
      ),
    ).toBe('');
    expect(csvColumnWidths([], 1)).toBe('');
  });
});
