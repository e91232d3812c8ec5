// The package writer on workbooks other programs wrote: every part that is not ours survives byte for byte, and our results read back.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { columnLetters, type WritePlan } from '../../../src/core';
import { portableCodec, writeXlsx, type WorkbookSource } from '../../../src/hosts/file/xlsx-write';
import { column, ok, plan, summaryPlan } from './helpers';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'xlsx');

interface Expectation {
  readonly file: string;
  readonly zipEntries: readonly string[];
  readonly preserveByteForByte?: readonly string[];
  readonly vbaProject?: { readonly part: string; readonly sha256: string };
  readonly sheets: readonly {
    readonly name: string;
    readonly headerRow: number;
    readonly table: {
      readonly name: string;
      readonly ref: string;
      readonly totalsRow: boolean;
    } | null;
    readonly cells: Readonly<Record<string, unknown>>;
  }[];
}

function expectation(name: string): Expectation {
  return JSON.parse(readFileSync(join(fixtures, `${name}.expect.json`), 'utf8')) as Expectation;
}

/** The parts our write may change: the data sheet, its table, styles, workbook, its relationships, content types. */
function oursFor(e: Expectation): Set<string> {
  const ours = [
    '[Content_Types].xml',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/styles.xml',
    'xl/worksheets/sheet1.xml',
  ];
  if (e.sheets[0].table !== null) ours.push('xl/tables/table1.xml');
  return new Set(ours);
}

const SCORES = (n: number): number[] => Array.from({ length: n }, (_, i) => 90 - i * 2.5);
const TIERS = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => (i < 2 ? 'Key' : 'Core'));

/** Two result columns after the fixture's data (right beside its table when the next column is free). */
function fixturePlan(e: Expectation): WritePlan {
  const sheet = e.sheets[0];
  const used = new Set(Object.keys(sheet.cells).map((a) => a.replace(/\d+$/, '')));
  // Right of everything on the sheet (a merged note in M1:N2 in one of them), else right beside the table.
  const first = used.has('M') ? 15 : 12;
  const rows = Object.keys(sheet.cells).map((a) => Number(a.replace(/^[A-Z]+/, '')));
  const tableBottom = sheet.table === null ? 0 : Number(/\d+$/.exec(sheet.table.ref)?.[0]);
  const lastRow =
    sheet.table === null ? Math.max(...rows) : tableBottom - (sheet.table.totalsRow ? 1 : 0);
  const n = lastRow - sheet.headerRow;
  return plan({
    headerRow: sheet.headerRow,
    rowCount: n,
    ...(sheet.table !== null && first === 12 ? { tableName: sheet.table.name } : {}),
    columns: [
      column('score', 'KAM Score', first, SCORES(n)),
      column('tier', 'KAM Tier', first + 1, TIERS(n), '@'),
    ],
    conditionalFormats: [
      { kind: 'color-scale', column: first, colors: ['#F8696B', '#FFEB84', '#63BE7B'] },
      {
        kind: 'text-equals',
        column: first + 1,
        text: 'Key',
        fill: '#1F6FEB',
        fontColor: '#FFFFFF',
      },
    ],
    summary: summaryPlan({
      chart: {
        title: 'Pareto',
        categories: 'A3:A5',
        revenue: 'B3:B5',
        cumulativeShare: 'B3:B5',
        anchor: 'D2',
      },
    }),
  });
}

function write(
  source: WorkbookSource,
  writePlan: WritePlan | null,
  state = new Map<string, string>(),
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const changes = writePlan === null ? [] : [{ kind: 'plan' as const, plan: writePlan }];
  ok(writeXlsx(source, { changes, state }, (c) => chunks.push(c.slice()), portableCodec));
  return new Uint8Array(Buffer.concat(chunks));
}

async function load(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

async function loads(bytes: Uint8Array): Promise<boolean> {
  return load(bytes).then(
    () => true,
    () => false,
  );
}

const WRITABLE = [
  'excel-table',
  'excel-table-totals',
  'excel-extras',
  'xlsm-macro',
  'google-sheets',
  'libreoffice',
  'openpyxl-no-cache',
  'exceljs-written',
];

describe.each(WRITABLE)('%s written by patching', (name) => {
  const e = expectation(name);
  const input = new Uint8Array(readFileSync(join(fixtures, e.file)));
  const before = unzipSync(input);
  const writePlan = fixturePlan(e);
  const output = write(
    { kind: 'xlsx', bytes: input },
    writePlan,
    new Map([['kam.model', '{"name":"x"}']]),
  );
  const after = unzipSync(output);

  it('keeps every part that is not ours byte for byte, and every entry of the input', () => {
    const ours = oursFor(e);
    for (const entry of e.zipEntries) {
      expect(after[entry]).toBeDefined();
      if (!ours.has(entry))
        expect([entry, Buffer.from(after[entry]).equals(Buffer.from(before[entry]))]).toEqual([
          entry,
          true,
        ]);
    }
    for (const entry of e.preserveByteForByte ?? []) expect(ours.has(entry)).toBe(false);
  });

  it('keeps every defined name as it was written, and the workbook content type', () => {
    const inputBook = strFromU8(before['xl/workbook.xml']);
    const outputBook = strFromU8(after['xl/workbook.xml']);
    for (const name of inputBook.match(/<definedName\b[^>]*>[^<]*<\/definedName>/g) ?? [])
      expect(outputBook).toContain(name);
    const type = /PartName="\/xl\/workbook\.xml" ContentType="([^"]+)"/.exec(
      strFromU8(before['[Content_Types].xml']),
    )?.[1];
    if (type !== undefined)
      expect(strFromU8(after['[Content_Types].xml'])).toContain(`ContentType="${type}"`);
  });

  it('reads back with our values, the summary sheet with its chart, and the state sheet very hidden', async () => {
    const first = writePlan.columns[0].column;
    const chartCount = (parts: Record<string, Uint8Array>): number =>
      Object.keys(parts).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length;
    expect(chartCount(after)).toBe(chartCount(before) + 1);
    if (!(await loads(input))) {
      // ExcelJS cannot open this producer's file at all (openpyxl's absolute targets): the cells are checked in the XML.
      const sheet = strFromU8(after['xl/worksheets/sheet1.xml']);
      expect(sheet).toMatch(
        new RegExp(
          `<c r="${columnLetters(first)}${writePlan.firstDataRow}" s="\\d+"><v>90</v></c>`,
        ),
      );
      return;
    }
    const workbook = await load(output);
    const ws = workbook.getWorksheet('Accounts');
    expect(ws?.getCell(writePlan.headerRow, first).value).toBe('KAM Score');
    expect(ws?.getCell(writePlan.firstDataRow, first).value).toBe(90);
    expect(ws?.getCell(writePlan.firstDataRow, first).numFmt).toBe('0.0');
    expect(ws?.getCell(writePlan.firstDataRow + 2, first + 1).value).toBe('Core');
    expect(workbook.getWorksheet('KAM Summary')?.getCell('A1').value).toBe('Key account summary');
    expect(workbook.getWorksheet('_KAM_State')?.state).toBe('veryHidden');
  });

  it('re-runs on its own output: our columns, summary and state replaced, not added again', () => {
    const again = write(
      { kind: 'xlsx', bytes: output },
      writePlan,
      new Map([['kam.model', '{"name":"y"}']]),
    );
    const parts = unzipSync(again);
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);
    expect(sheet.match(/KAM Score/g)).toHaveLength(1);
    expect(sheet.match(/<conditionalFormatting/g)?.length).toBe(
      strFromU8(after['xl/worksheets/sheet1.xml']).match(/<conditionalFormatting/g)?.length,
    );
    const book = strFromU8(parts['xl/workbook.xml']);
    expect(book.match(/name="KAM Summary"/g)).toHaveLength(1);
    expect(book.match(/name="_KAM_State"/g)).toHaveLength(1);
    expect(Object.keys(parts).sort()).toEqual(Object.keys(after).sort());
    expect(strFromU8(parts['xl/styles.xml'])).toBe(strFromU8(after['xl/styles.xml']));
  });
});

describe('parts a rewriting library loses', () => {
  it('keeps the macro blob of an .xlsm (same sha256) and its macro-enabled content type', () => {
    const e = expectation('xlsm-macro');
    const input = new Uint8Array(readFileSync(join(fixtures, e.file)));
    const after = unzipSync(write({ kind: 'xlsx', bytes: input }, fixturePlan(e)));
    const blob = after[e.vbaProject?.part ?? 'xl/vbaProject.bin'];
    expect(createHash('sha256').update(blob).digest('hex')).toBe(e.vbaProject?.sha256);
    expect(strFromU8(after['[Content_Types].xml'])).toContain(
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
  });

  it('keeps TaxRate, Twice and the other table header flag exactly', () => {
    const e = expectation('excel-extras');
    const input = new Uint8Array(readFileSync(join(fixtures, e.file)));
    const after = unzipSync(write({ kind: 'xlsx', bytes: input }, fixturePlan(e)));
    const book = strFromU8(after['xl/workbook.xml']);
    expect(book).toContain('<definedName name="TaxRate">0.2</definedName>');
    expect(book).toContain('<definedName name="Twice">Accounts!$C$2*2</definedName>');
    expect(strFromU8(after['xl/tables/table2.xml'])).toBe(
      strFromU8(unzipSync(input)['xl/tables/table2.xml']),
    );
    // Our columns joined the table beside them, with their headers as column names.
    const table = strFromU8(after['xl/tables/table1.xml']);
    expect(table).toContain('ref="A1:M13"');
    expect(table).toMatch(/<tableColumns count="13">.*name="KAM Score".*name="KAM Tier"/);
  });
});
