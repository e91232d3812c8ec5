// The writer's refusals and guarantees: no room at XFD, a user's own "KAM Summary", text kept with control characters, CSV numbers as numbers, a failed save leaving the target as it was.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { main } from '../../../src/cli/main';
import { EXIT } from '../../../src/cli/errors';
import { saveWorkbookFile } from '../../../src/hosts/file/node';
import {
  cellText,
  portableCodec,
  unescapeCellText,
  type Codec,
} from '../../../src/hosts/file/xlsx-write';
import { accountsSheet, column, errorCode, ok, openBytes, plan, xlsxBytes } from './helpers';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'xlsx');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kam-patch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function kam(...args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await main(args, { out: () => undefined, err: (l) => err.push(l) });
  return { code, err: err.join('\n') };
}

describe('refusals', () => {
  it('a note in column XFD leaves no room: a typed error, and the CLI exits 7 with the message', async () => {
    const host = await openBytes(new Uint8Array(readFileSync(join(fixtures, 'wide-xfd.xlsx'))));
    const outcome = await host.apply(
      plan({
        headerRow: 1,
        rowCount: 6,
        columns: [column('score', 'KAM Score', 16_385, [1, 2, 3, 4, 5, 6])],
      }),
    );
    expect(errorCode(outcome)).toBe('unsafe-plan');
    expect(outcome.kind === 'error' && outcome.message).toMatch(/no room .* XFD/);
    const run = await kam(
      'identify',
      join(fixtures, 'wide-xfd.xlsx'),
      '--out',
      join(dir, 'xfd.xlsx'),
    );
    expect(run.code).toBe(EXIT.writeFailed);
    expect(run.err).toMatch(/XFD/);
  });

  it('a user\'s own "KAM Summary" sheet is refused by the CLI with exit 7 and the message', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('Accounts');
      ws.addRow(['Account', 'ARR', 'Relationship']);
      ws.addRow(['Acme', 120000, 'High']);
      ws.addRow(['Globex', 80000, 'Low']);
      ws.addRow(['Initech', 15000, 'Medium']);
      wb.addWorksheet('KAM Summary').getCell('A1').value = 'my notes';
    });
    const input = join(dir, 'own-summary.xlsx');
    writeFileSync(input, bytes);
    const run = await kam('identify', input, '--out', join(dir, 'own-summary-kam.xlsx'));
    expect(run.code).toBe(EXIT.writeFailed);
    expect(run.err).toMatch(/already has a sheet called "KAM Summary"/);
  });

  it('a merged area right of the data is never written into', async () => {
    const bytes = await xlsxBytes((wb) => {
      accountsSheet(wb);
      wb.getWorksheet('Accounts')?.mergeCells('F2:G6');
    });
    const merged = await openBytes(bytes);
    const outcome = await merged.apply(
      plan({
        headerRow: 3,
        rowCount: 5,
        columns: [column('score', 'KAM Score', 6, [1, 2, 3, 4, 5])],
      }),
    );
    expect(errorCode(outcome)).toBe('unsafe-plan');
    expect(outcome.kind === 'error' && outcome.message).toMatch(/F3/);
  });
});

describe('our marks as the Excel add-in writes them', () => {
  it('takes over result columns marked by a sheet-scoped name and leaves one workbook-wide mark', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = accountsSheet(wb);
      ws.getCell('E3').value = 'KAM Score';
      [4, 5, 6, 7, 8].forEach((r) => (ws.getCell(r, 5).value = r));
    });
    const parts = unzipSync(bytes);
    const scoped = `<definedName name="_KAM_Results" localSheetId="0">'Accounts'!$E$3,'Accounts'!$E$8</definedName>`;
    const book = strFromU8(parts['xl/workbook.xml']).replace(
      '</workbook>',
      `<definedNames>${scoped}</definedNames></workbook>`,
    );
    const marked = zipSync({ ...parts, 'xl/workbook.xml': strToU8(book) });
    const host = await openBytes(marked);
    const scores = [10, 20, 30, 40, 50];
    ok(
      await host.apply(
        plan({ headerRow: 3, rowCount: 5, columns: [column('score', 'KAM Score', 5, scores)] }),
      ),
    );
    const after = unzipSync((await host.toBuffer()).bytes);
    const names = strFromU8(after['xl/workbook.xml']).match(
      /<definedName name="_KAM_Results"[^>]*>[^<]*/g,
    );
    expect(names).toEqual([`<definedName name="_KAM_Results">'Accounts'!$E$3,'Accounts'!$E$8`]);
    expect(strFromU8(after['xl/worksheets/sheet1.xml'])).toContain('<v>50</v>');
  });
});

describe('text and numbers as Excel stores them', () => {
  it('writes carriage returns and control characters as _xHHHH_, and escapes text that looks like an escape', () => {
    expect(cellText('a\r\nb')).toBe('a_x000D_\nb');
    expect(cellText('bell\u0007 tab\t')).toBe('bell_x0007_ tab\t');
    expect(cellText('_x0041_ & <b>')).toBe('_x005F_x0041_ &amp; &lt;b&gt;');
    for (const text of ['a\r\nb', 'x\u0001y\u001f', '_x0041_', 'plain'])
      expect(unescapeCellText(cellText(text).replace(/&amp;/g, '&'))).toBe(text);
  });

  it('keeps control characters of result text through a save, escaped in the sheet XML', async () => {
    const host = await openBytes(await xlsxBytes((wb) => accountsSheet(wb)));
    const drivers = ['line\r\nbreak', 'bell\u0007', '_x0041_', 'ok', 'ok'];
    ok(
      await host.apply(
        plan({
          headerRow: 3,
          rowCount: 5,
          columns: [column('drivers', 'KAM Drivers', 5, drivers, '@')],
        }),
      ),
    );
    const sheet = strFromU8(unzipSync((await host.toBuffer()).bytes)['xl/worksheets/sheet1.xml']);
    const texts = [...sheet.matchAll(/<c r="E(\d+)"[^>]*><is><t[^>]*>([^<]*)<\/t>/g)].map((m) =>
      unescapeCellText(m[2]),
    );
    expect(texts.slice(1)).toEqual(drivers);
  });

  it('writes numbers from a CSV as numbers, and codes with leading zeros or long digit strings as text', async () => {
    const csv =
      'Account,ARR,Postal code,Account number,Share\nAcme,120000,00421,123456789012345678,0.25\nGlobex,-8.5e3,90210,42,1\n';
    const host = await openBytes(new TextEncoder().encode(csv), 'crm.csv');
    const workbook = new Workbook();
    await workbook.xlsx.load((await host.toBuffer()).bytes.slice().buffer);
    const ws = workbook.getWorksheet('crm');
    expect([ws?.getCell('B2').value, ws?.getCell('B3').value, ws?.getCell('E2').value]).toEqual([
      120000, -8500, 0.25,
    ]);
    expect([ws?.getCell('C2').value, ws?.getCell('D2').value, ws?.getCell('C3').value]).toEqual([
      '00421',
      '123456789012345678',
      90210,
    ]);
  });
});

describe('saving', () => {
  /** A codec whose deflater fails after some pieces: a disk full or a crash half-way through the data sheet. */
  function failingCodec(after: number): Codec {
    let pieces = 0;
    return {
      ...portableCodec,
      deflater: () => {
        const inner = portableCodec.deflater();
        return {
          push: (data, final) => {
            if (++pieces > after) throw new Error('No space left on device');
            return inner.push(data, final);
          },
        };
      },
    };
  }

  it('a failure half-way leaves the existing target untouched and no temporary file behind', async () => {
    const target = join(dir, 'target.xlsx');
    writeFileSync(target, 'the previous output');
    const host = await openBytes(await xlsxBytes((wb) => accountsSheet(wb)));
    ok(
      await host.apply(
        plan({
          headerRow: 3,
          rowCount: 5,
          columns: [column('score', 'KAM Score', 5, [1, 2, 3, 4, 5])],
        }),
      ),
    );
    const saved = await saveWorkbookFile(host, target, { codec: failingCodec(3) });
    expect(errorCode(saved)).toBe('unwritable-file');
    expect(readFileSync(target, 'utf8')).toBe('the previous output');
    expect(readdirSync(dir).filter((f) => f.includes('kam-tmp'))).toEqual([]);
    ok(await saveWorkbookFile(host, target));
    expect(
      unzipSync(new Uint8Array(readFileSync(target)))['xl/worksheets/sheet1.xml'],
    ).toBeDefined();
  });

  it('a refusal found while streaming (a cell the reader did not see) leaves the target untouched', async () => {
    const target = join(dir, 'refused.xlsx');
    writeFileSync(target, 'kept');
    // A cell without a reference in the new column: only the streaming check sees it.
    const bytes = await xlsxBytes((wb) => accountsSheet(wb));
    const parts = unzipSync(bytes);
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']).replace(
      /(<row r="5"[^>]*>.*?)(<\/row>)/,
      '$1<c t="inlineStr"><is><t>hidden</t></is></c>$2',
    );
    const patched = zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    const host = await openBytes(patched);
    ok(
      await host.apply(
        plan({
          headerRow: 3,
          rowCount: 5,
          columns: [column('score', 'KAM Score', 5, [1, 2, 3, 4, 5])],
        }),
      ),
    );
    const saved = await saveWorkbookFile(host, target);
    expect(errorCode(saved)).toBe('unsafe-plan');
    expect(readFileSync(target, 'utf8')).toBe('kept');
    expect(readdirSync(dir).filter((f) => f.includes('kam-tmp'))).toEqual([]);
  });
});
