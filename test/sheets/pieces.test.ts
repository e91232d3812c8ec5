// The Sheets host's small rules: formula spelling, which text needs rich text, property chunks.
import fc from 'fast-check';
import { functionRange, SerialDates, sheetsFormula } from '../../src/hosts/sheets';
import { needsLiteralText } from '../../src/hosts/sheets/cells';
import { byteChunks, CHUNK_BYTES, utf8Length } from '../../src/hosts/sheets/state-store';

describe('the summary formulas in Sheets spelling', () => {
  it.each([
    ["=KAM.TOPSHARE('Accounts'!$D$4:$D$63,0.2)", "=KAM_TOPSHARE('Accounts'!$D$4:$D$63,0.2)"],
    ["=KAM.GINI('KAM.Data'!$D$4:$D$63)", "=KAM_GINI('KAM.Data'!$D$4:$D$63)"],
    [
      "=SUMPRODUCT(--('Q1 ''KAM.'' list'!$F$2:$F$9=A12))",
      "=SUMPRODUCT(--('Q1 ''KAM.'' list'!$F$2:$F$9=A12))",
    ],
    ['=IF(A1="KAM.X(",KAM.HHI(B1:B9),0)', '=IF(A1="KAM.X(",KAM_HHI(B1:B9),0)'],
    ['=XKAM.HHI(B1:B9)', '=XKAM.HHI(B1:B9)'],
  ])('%s', (excel, sheets) => expect(sheetsFormula(excel)).toBe(sheets));
});

describe('text that must be written as rich text to stay text', () => {
  it.each([
    ['=HYPERLINK("x")', true],
    ['+Plus Corp', true],
    ['-x', true],
    ['@x', true],
    ["'quoted", true],
    ['Acme', false],
    ['3M', false],
  ])('%s: %s', (text, literal) => expect(needsLiteralText(text)).toBe(literal));
});

describe('document properties in chunks', () => {
  it('splits any text into chunks within the byte limit that join back to it, never inside a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 4, max: 64 }),
        (text, limit) => {
          const chunks = byteChunks(text, limit);
          expect(chunks.join('')).toBe(text);
          for (const chunk of chunks) {
            expect(utf8Length(chunk)).toBeLessThanOrEqual(limit);
            expect(Buffer.byteLength(chunk)).toBe(utf8Length(chunk));
            expect(chunk).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
          }
        },
      ),
    );
    expect(CHUNK_BYTES).toBeLessThan(9 * 1024);
  });
});

describe('custom-function arguments', () => {
  it('takes one cell as a one-by-one range and dates as serial numbers', () => {
    const dates = new SerialDates({ formatDate: () => '2024-03-01T12:00:00.000' }, () => 'Etc/UTC');
    expect(functionRange(5, dates)).toEqual([[5]]);
    expect(functionRange([[new Date(0), 'x']], dates)).toEqual([[45352.5, 'x']]);
  });
});
