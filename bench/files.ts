// Account files of any size on disk, as Excel and a CRM export write them: an .xlsx (shared strings,
// a styled money column, a table part) and a CSV of the same rows, streamed so a full sheet fits in memory.
import { createWriteStream, type WriteStream } from 'node:fs';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { cellAddress, columnLetters, type RawCell } from '../src/core';
import { accountRange } from './functions';

const ROWS_PER_PIECE = 20_000;

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`,
  );
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Accounts" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const SHEET_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>`;
/** Style 1 is Excel's "$"#,##0.00 money format, as a customer list's ARR column has. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;$&quot;#,##0.00"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

function tablePart(headers: readonly RawCell[], rows: number): string {
  const ref = `A1:${cellAddress(rows + 1, headers.length)}`;
  const columns = headers.map(
    (h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(String(h))}"/>`,
  );
  // Excel leaves headerRowCount out: the default, 1.
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="tblAccounts" displayName="tblAccounts" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns.join('')}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}

function finished(out: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    out.on('error', reject);
    out.end(resolve);
  });
}

/** Writes `rows` accounts as an .xlsx shaped as Excel writes it; the sheet part is deflated as it is made. */
export async function writeAccountsXlsx(path: string, rows: number): Promise<void> {
  const range = accountRange(rows);
  const headers = range[0];
  const out = createWriteStream(path);
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.write(chunk);
  });
  const stored = (name: string, text: string): void => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  stored('[Content_Types].xml', CONTENT_TYPES);
  stored('_rels/.rels', ROOT_RELS);
  stored('xl/workbook.xml', WORKBOOK);
  stored('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  stored('xl/styles.xml', STYLES);
  stored('xl/worksheets/_rels/sheet1.xml.rels', SHEET_RELS);
  stored('xl/tables/table1.xml', tablePart(headers, rows));
  const strings = new Map<string, number>();
  const shared = (text: string): number => {
    let index = strings.get(text);
    if (index === undefined) strings.set(text, (index = strings.size));
    return index;
  };
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(
    strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:${cellAddress(rows + 1, headers.length)}"/><sheetData>`,
    ),
  );
  for (let start = 0; start <= rows; start += ROWS_PER_PIECE) {
    let xml = '';
    for (let i = start; i < Math.min(start + ROWS_PER_PIECE, rows + 1); i++) {
      const r = i + 1;
      xml += `<row r="${r}" spans="1:${headers.length}">`;
      range[i].forEach((value, c) => {
        if (value === null || value === '') return;
        const ref = `${columnLetters(c + 1)}${r}`;
        if (typeof value === 'number')
          xml += `<c r="${ref}"${c === 2 ? ' s="1"' : ''}><v>${value}</v></c>`;
        else xml += `<c r="${ref}" t="s"><v>${shared(String(value))}</v></c>`;
      });
      xml += '</row>';
    }
    sheet.push(strToU8(xml));
  }
  sheet.push(
    strToU8('</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'),
    true,
  );
  const sst = new ZipDeflate('xl/sharedStrings.xml', { level: 6 });
  zip.add(sst);
  sst.push(
    strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">`,
    ),
  );
  let pending = '';
  for (const text of strings.keys()) {
    pending += `<si><t>${escapeXml(text)}</t></si>`;
    if (pending.length > 1 << 20) {
      sst.push(strToU8(pending));
      pending = '';
    }
  }
  sst.push(strToU8(`${pending}</sst>`), true);
  zip.end();
  await finished(out);
}

/** Writes the same accounts as a CSV (comma, LF), empty cells as empty fields. */
export async function writeAccountsCsv(path: string, rows: number): Promise<void> {
  const range = accountRange(rows);
  const out = createWriteStream(path);
  const field = (value: RawCell): string => {
    if (value === null) return '';
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  for (let start = 0; start <= rows; start += ROWS_PER_PIECE) {
    const lines = range
      .slice(start, Math.min(start + ROWS_PER_PIECE, rows + 1))
      .map((row) => row.map(field).join(','));
    const ok = out.write(`${lines.join('\n')}\n`);
    if (!ok) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await finished(out);
}
