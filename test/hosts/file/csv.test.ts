// CSV in and out: values stay text, quoted fields, separators, encodings, and formula escaping on output.
import {
  decodeText,
  detectDelimiter,
  escapeFormulaText,
  parseCsv,
  writeCsv,
} from '../../../src/hosts/file';
import { csvField } from '../../../src/hosts/file/csv';
import { ok, openBytes } from './helpers';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parsing CSV', () => {
  it('handles quoted separators, doubled quotes, line breaks in fields and CRLF', () => {
    const text =
      'Account,Notes,ARR\r\n"Acme, Inc.","said ""hi""\nthen left","1,234"\r\nBeta,,"(1,200)"\r\n';
    expect(parseCsv(text).rows).toEqual([
      ['Account', 'Notes', 'ARR'],
      ['Acme, Inc.', 'said "hi"\nthen left', '1,234'],
      ['Beta', '', '(1,200)'],
    ]);
  });

  it('detects ";" and tab separators outside quotes', () => {
    expect(detectDelimiter('"a,b";c;d\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a,b')).toBe(',');
  });

  it('decodes UTF-8 with BOM, UTF-16 and Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe2, 0x82, 0xac]))).toBe('A€');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xac, 0x20]))).toBe('A€');
    expect(decodeText(new Uint8Array([0x31, 0x32, 0x20, 0x80]))).toBe('12 €');
  });
});

describe('reading a CSV file', () => {
  it('keeps every value as text so the core parses numbers, dates and errors itself', async () => {
    const csv =
      'Customer list\n\nAccount,ARR,Since,Rating\nAcme,"1,234",2026-01-15,#N/A\n"=HYPERLINK(""http://x"",""y"")",(1.200),,4/5\n';
    const host = await openBytes(encode(csv), 'accounts.csv');
    const { table } = ok(await host.readTable());
    expect(table.sheet).toBe('accounts');
    expect(table.headerRow).toBe(3);
    expect(table.rows).toEqual([
      ['Acme', '1,234', '2026-01-15', '#N/A'],
      ['=HYPERLINK("http://x","y")', '(1.200)', null, '4/5'],
    ]);
    expect(table.numberLocale).toBeUndefined();
  });

  it('reports a decimal-comma locale for a ";"-separated file', async () => {
    const host = await openBytes(encode('Account;ARR\nAcme;1.234,56 €\n'), 'eu.csv');
    const { table } = ok(await host.readTable());
    expect(table.rows).toEqual([['Acme', '1.234,56 €']]);
    expect(table.numberLocale).toBe('decimal-comma');
  });
});

describe('writing CSV', () => {
  it('escapes text that a spreadsheet app would run as a formula, not plain numbers', () => {
    expect(escapeFormulaText('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(escapeFormulaText('-x')).toBe("'-x");
    expect(escapeFormulaText('@x')).toBe("'@x");
    expect(escapeFormulaText('+1+cmd')).toBe("'+1+cmd");
    expect(escapeFormulaText('\t=1')).toBe("'\t=1");
    expect(escapeFormulaText('-500')).toBe('-500');
    expect(escapeFormulaText('+1')).toBe('+1');
    expect(escapeFormulaText('-1.200,50')).toBe('-1.200,50');
    expect(escapeFormulaText('Acme')).toBe('Acme');
  });

  it('writes numbers bare, with a decimal comma when asked, quoted only where the comma is the separator', () => {
    expect(csvField(-1.5e-7, ',', false)).toBe('-1.5e-7');
    expect(csvField(1e21, '|', false)).toBe('1e+21');
    expect(csvField(1234.5, ';', true)).toBe('1234,5');
    expect(csvField(1234.5, ',', true)).toBe('"1234,5"');
    expect(csvField(Number.NaN, ',', false)).toBe('');
  });

  it('quotes fields that need it and round-trips through the parser', () => {
    const rows = [
      ['Account', 'ARR', 'Key'],
      ['Acme, "Inc"', 1234.5, true],
      ['multi\nline', null, false],
      ['=1+1', -3, null],
    ];
    const text = writeCsv(rows);
    expect(text).toBe(
      'Account,ARR,Key\r\n"Acme, ""Inc""",1234.5,TRUE\r\n"multi\nline",,FALSE\r\n"\'=1+1",-3,\r\n',
    );
    expect(parseCsv(text).rows[1]).toEqual(['Acme, "Inc"', '1234.5', 'TRUE']);
    expect(writeCsv([[1.5, 'a;b']], { delimiter: ';', decimalComma: true })).toBe('1,5;"a;b"\r\n');
  });
});
