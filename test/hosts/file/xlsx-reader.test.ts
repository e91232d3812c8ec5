// The package reader's parts alone: the streamed sheet scanner, OOXML's defaults and escapes, number formats, the zip directory.
import { strToU8, zipSync } from 'fflate';
import { openPackage } from '../../../src/hosts/file/xlsx/book';
import { scanSheet, type SheetCells } from '../../../src/hosts/file/xlsx/sheet';
import { isDateFormat, parseStyles } from '../../../src/hosts/file/xlsx/styles';
import { runText } from '../../../src/hosts/file/xlsx/xml';
import { ZipArchive, ZipError } from '../../../src/hosts/file/xlsx/zip';
import type { CellContext } from '../../../src/hosts/file/xlsx/cell';

const context: CellContext = {
  sharedStrings: ['Account', 'ARR', 'Acme'],
  dateStyles: [false, true],
  date1904: false,
};

function sheet(body: string, tail = '', prefix = ''): string {
  const p = prefix === '' ? '' : `${prefix}:`;
  const ns = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
  return `<?xml version="1.0"?><${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${body}</${p}sheetData>${tail}</${p}worksheet>`;
}

/** Scans the text fed in pieces of `size` characters (0: all at once). */
function scan(text: string, size = 0, ctx: CellContext = context): SheetCells {
  return scanSheet(
    (onText) => {
      if (size === 0) return onText(text);
      for (let at = 0; at < text.length; at += size) onText(text.slice(at, at + size));
    },
    ctx,
    { keepStyles: true },
  );
}

const rowsOf = (cells: SheetCells): unknown[] => cells.rows.slice(1);

describe('the streamed sheet scanner', () => {
  const text = sheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
      '<row r="2" hidden="1"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>45747</v></c></row>' +
      '<row r="4"><c r="A4" t="inlineStr"><is><r><t>Beta</t></r><r><t xml:space="preserve"> &amp; Co</t></r></is></c><c r="B4"><f>B2*0</f><v>0</v></c></row>',
    '<mergeCells count="1"><mergeCell ref="C1:D2"/></mergeCells>',
  );

  it.each([0, 1, 7, 13, 64])('gives the same cells whatever the pieces (%i characters)', (size) => {
    const cells = scan(text, size);
    expect(rowsOf(cells)).toEqual([
      ['Account', 'ARR'],
      ['Acme', 45747],
      undefined,
      ['Beta & Co', 0],
    ]);
    expect(cells.hiddenRows).toEqual([2]);
    expect(cells.merges).toEqual([{ top: 1, left: 3, bottom: 2, right: 4 }]);
    expect(cells.styles?.[2]).toEqual([0, 1]);
    expect(cells.lastRow).toBe(4);
  });

  it('counts positions when rows and cells leave out their r attribute', () => {
    const cells = scan(
      sheet(
        '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>',
      ),
    );
    expect(rowsOf(cells)).toEqual([
      [1, 2],
      [null, null, 3, 4],
    ]);
  });

  it('reads a sheet whose elements carry a namespace prefix', () => {
    const cells = scan(
      sheet(
        '<x:row r="1"><x:c r="A1" t="s"><x:v>2</x:v></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row>',
        '',
        'x',
      ),
    );
    expect(rowsOf(cells)).toEqual([['Acme', 5]]);
  });

  it('decodes OOXML escapes: _x000D_ is a carriage return, _x005F_ an underscore', () => {
    const cells = scan(
      sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>a_x000D_\nb</t></is></c><c r="B1" t="str"><f>T("x")</f><v>_x005F_x000D_</v></c></row>',
      ),
    );
    expect(rowsOf(cells)).toEqual([['a\r\nb', '_x000D_']]);
  });

  it('a formula with no cached result is missing and listed; a cached empty text is just empty', () => {
    const cells = scan(
      sheet(
        '<row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><f>2</f><v/></c><c r="C1"><f>3</f><v></v></c><c r="D1" t="str"><f>""</f><v></v></c><c r="E1"><f>0</f><v>0</v></c></row>',
      ),
    );
    expect(rowsOf(cells)).toEqual([[null, null, null, null, 0]]);
    expect(cells.uncachedFormulas).toEqual([
      { row: 1, column: 1 },
      { row: 1, column: 2 },
      { row: 1, column: 3 },
    ]);
  });

  it('finds a formula in a pretty-printed cell, and reads signed and decimal numbers', () => {
    const cells = scan(
      sheet(
        '<row r="1">\n  <c r="A1">\n    <f>1+1</f>\n  </c>\n  <c r="B1"><v>-42</v></c><c r="C1"><v>1.25E7</v></c><c r="D1"><v>-</v></c><c r="E1"><v>0012</v></c></row>',
      ),
    );
    expect(rowsOf(cells)).toEqual([[null, -42, 12_500_000, null, 12]]);
    expect(cells.uncachedFormulas).toEqual([{ row: 1, column: 1 }]);
  });

  it('reads booleans, errors, ISO dates, and shifts 1904-system dates to the 1900 system', () => {
    const body =
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c><c r="C1" t="d"><v>2025-03-31</v></c><c r="D1" s="1"><v>44285</v></c><c r="E1"><v>44285</v></c></row>';
    expect(rowsOf(scan(sheet(body)))).toEqual([[true, '#N/A', 45747, 44285, 44285]]);
    expect(rowsOf(scan(sheet(body), 0, { ...context, date1904: true }))).toEqual([
      [true, '#N/A', 45747, 45747, 44285],
    ]);
  });

  it('shows a merge as Excel does: only its top-left cell has a value', () => {
    const cells = scan(
      sheet(
        '<row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1" t="s"><v>0</v></c></row>',
        '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>',
      ),
    );
    expect(rowsOf(cells)).toEqual([['Acme', null]]);
  });

  it('reads frozen rows, column widths and the sheet filter', () => {
    const text =
      '<worksheet xmlns="m"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols><col min="1" max="2" width="20.5" customWidth="1"/></cols><sheetData/><autoFilter ref="A1:B9"/></worksheet>';
    const cells = scan(text);
    expect([cells.frozenRows, cells.widths.get(2), cells.autoFilter]).toEqual([
      1,
      20.5,
      { top: 1, left: 1, bottom: 9, right: 2 },
    ]);
  });
});

describe('text and number formats', () => {
  it('joins rich text runs and leaves phonetic runs out', () => {
    expect(
      runText(
        '<r><t>Ac</t></r><r><rPr><b/></rPr><t>me</t></r><rPh sb="0" eb="1"><t>アクメ</t></rPh>',
      ),
    ).toBe('Acme');
  });

  it.each([
    ['m/d/yyyy', true],
    ['[$-409]d\\-mmm\\-yyyy;@', true],
    ['yyyy-mm-dd hh:mm', true],
    ['[h]:mm:ss', true],
    ['"$"#,##0.00', false],
    ['0.00%', false],
    ['#,##0;[Red]-#,##0', false],
    ['"days"0', false],
    ['0.00E+00', false],
  ])('%s shows a date: %s', (code, date) => expect(isDateFormat(code)).toBe(date));

  it('takes cell styles from cellXfs only, with built-in and custom formats', () => {
    const styles = parseStyles(
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="&quot;$&quot;#,##0"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>',
    );
    expect(styles).toEqual({
      formats: ['General', 'm/d/yyyy', '"$"#,##0'],
      dates: [false, true, false],
    });
  });
});

describe('the zip directory', () => {
  it('reads stored and deflated parts, by name without case', () => {
    const bytes = zipSync({
      'a.xml': [strToU8('<a/>'), { level: 0 }],
      'xl/B.xml': strToU8('<b/>'.repeat(50)),
    });
    const zip = new ZipArchive(bytes);
    expect([zip.text('a.xml'), zip.text('/XL/b.xml')?.length, zip.text('missing')]).toEqual([
      '<a/>',
      200,
      null,
    ]);
    const pieces: string[] = [];
    zip.streamText('xl/b.xml', (t) => pieces.push(t));
    expect(pieces.join('')).toBe('<b/>'.repeat(50));
  });

  it('refuses what is not a zip, and an encrypted part, with a ZipError', () => {
    expect(() => new ZipArchive(new Uint8Array(100))).toThrow(ZipError);
    const bytes = zipSync({ 'a.xml': [strToU8('<a/>'), { level: 0 }] });
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    // Sets the "encrypted" flag in the central directory entry.
    const central = bytes.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    bytes[central + 8] |= 1;
    expect(() => new ZipArchive(bytes).read('a.xml')).toThrow(/encrypted/);
  });
});

describe('a package read from its parts', () => {
  const rels = (entries: string): Uint8Array =>
    strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries}</Relationships>`,
    );
  const type = (kind: string): string =>
    `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}`;
  const bytes = zipSync({
    '_rels/.rels': rels(
      `<Relationship Id="r1" Type="${type('officeDocument')}" Target="/xl/workbook.xml"/>`,
    ),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns:r="r"><sheets><sheet name="Chart1" sheetId="1" r:id="c1"/><sheet name="Data &amp; more" sheetId="2" r:id="w1"/></sheets>' +
        '<definedNames><definedName name="_KAM_Results" localSheetId="1">\'Data &amp; more\'!$C$1,\'Data &amp; more\'!$C$3</definedName></definedNames></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': rels(
      `<Relationship Id="c1" Type="${type('chartsheet')}" Target="chartsheets/sheet1.xml"/><Relationship Id="w1" Type="${type('worksheet')}" Target="/xl/worksheets/sheet1.xml"/>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Account</t></is></c></row>'),
    ),
  });

  it('offers worksheets only, resolves absolute targets, and reads names of any scope', () => {
    const book = openPackage(bytes);
    expect(book.sheets().map((s) => s.name)).toEqual(['Data & more']);
    expect(book.definedAreas('_KAM_Results')).toEqual([
      { sheet: 'Data & more', top: 1, left: 3, bottom: 1, right: 3 },
      { sheet: 'Data & more', top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    const [data] = book.sheets();
    expect(book.rowValues(data, 1, 1, 2)).toEqual(['Account', null]);
  });
});

/** A one-part zip64 archive built byte by byte: sizes and offsets only in the zip64 fields, as large packages have them. */
function zip64Archive(name: string, content: string): Uint8Array {
  const bytes: number[] = [];
  /** Little-endian fields: [width in bytes, value], values below 2^32. */
  const put = (...fields: readonly (readonly [2 | 4 | 8, number])[]): void => {
    for (const [width, value] of fields)
      for (let i = 0; i < width; i++) bytes.push(i < 4 ? Math.floor(value / 256 ** i) & 0xff : 0);
  };
  const text = (t: string): void => void bytes.push(...strToU8(t));
  const data = strToU8(content);
  const all = 0xffffffff;
  // Local header (stored), its sizes in a zip64 extra field.
  put([4, 0x04034b50], [2, 45], [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, all], [4, all]);
  put([2, name.length], [2, 20]);
  text(name);
  put([2, 1], [2, 16], [8, data.length], [8, data.length]);
  bytes.push(...data);
  const central = bytes.length;
  put(
    [4, 0x02014b50],
    [2, 45],
    [2, 45],
    [2, 0],
    [2, 0],
    [2, 0],
    [2, 0],
    [4, 0],
    [4, all],
    [4, all],
  );
  put([2, name.length], [2, 28], [2, 0], [2, 0], [2, 0], [4, 0], [4, all]);
  text(name);
  put([2, 1], [2, 24], [8, data.length], [8, data.length], [8, 0]);
  const record = bytes.length;
  put([4, 0x06064b50], [8, 44], [2, 45], [2, 45], [4, 0], [4, 0], [8, 1], [8, 1]);
  put([8, record - central], [8, central]);
  put([4, 0x07064b50], [4, 0], [8, record], [4, 1]);
  put([4, 0x06054b50], [2, 0], [2, 0], [2, 0xffff], [2, 0xffff], [4, all], [4, all], [2, 0]);
  return Uint8Array.from(bytes);
}

describe('a zip64 package', () => {
  it('finds its directory through the zip64 record and its part through the zip64 extra fields', () => {
    const zip = new ZipArchive(zip64Archive('xl/workbook.xml', '<workbook/>'));
    expect([zip.names(), zip.text('xl/workbook.xml')]).toEqual([
      ['xl/workbook.xml'],
      '<workbook/>',
    ]);
  });
});
