// The `kam identify` command line on the sample workbooks and on edge files, run in-process.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Workbook } from 'exceljs';
import { main } from '../../src/cli/main';
import { EXIT } from '../../src/cli/errors';
import { reportSchema } from '../../src/core';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kam-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function kam(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function loadXlsx(path: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

async function writeXlsx(
  name: string,
  rows: unknown[][],
  build?: (wb: Workbook) => void,
): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Accounts');
  rows.forEach((r) => sheet.addRow(r));
  build?.(workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const HEADER = ['Account', 'ARR', 'Product fit', 'Relationship', 'Credit rating'];
const ROWS = [
  ['Acme', 120000, 5, 'High', 'AA'],
  ['Globex', 80000, 3, 'Medium', 'BBB'],
  ['Initech', 15000, 2, 'Low', 'BB+'],
  ['Umbrella', 300000, 4, 'High', 'A-'],
  ['Hooli', 45000, 4, 'Medium', 'A'],
];

describe('kam identify on the bundled sample', () => {
  const out = () => join(dir, 'accounts-kam.xlsx');
  let result: { code: number; out: string; err: string };
  beforeAll(async () => {
    result = await kam(
      'identify',
      join(EXAMPLES, 'accounts.xlsx'),
      '--out',
      out(),
      '--json',
      join(dir, 'report.json'),
    );
  });

  it('succeeds and prints a short summary', () => {
    expect(result.err).toBe('');
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(
      /^\d+ key accounts of 60, bringing \d+% of revenue; \d+% of accounts bring 80% of revenue\./,
    );
    expect(result.out).toContain(`Written to ${out()}`);
  });

  it('writes a report that passes the report schema, one entry per account', () => {
    const report = reportSchema.parse(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')));
    expect(report.accounts).toHaveLength(60);
    expect(Object.values(report.tiers).reduce((a, b) => a + b, 0)).toBe(60);
    expect(
      report.diagnostics.some(
        (d) => d.code === 'unparseable-number' || d.code === 'spreadsheet-error',
      ),
    ).toBe(true);
  });

  it('leaves every input cell as it was and adds the result columns and the summary sheet', async () => {
    const before = (await loadXlsx(join(EXAMPLES, 'accounts.xlsx'))).worksheets[0];
    const after = (await loadXlsx(out())).getWorksheet(before.name);
    expect(after).toBeDefined();
    before.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        expect([r, c, after?.getCell(r, c).value]).toEqual([r, c, cell.value]);
      });
    });
    const headerRow = after?.getRow(3);
    const headers: string[] = [];
    headerRow?.eachCell((cell) => headers.push(String(cell.value)));
    expect(headers).toEqual(
      expect.arrayContaining([
        'KAM Score',
        'KAM Rank',
        'KAM Tier',
        'KAM ABC',
        'KAM Portfolio',
        'KAM Drivers',
      ]),
    );
    expect((await loadXlsx(out())).getWorksheet('KAM Summary')).toBeDefined();
  });

  it('points the summary sheet to the explanation page shipped with the package', async () => {
    const summary = (await loadXlsx(out())).getWorksheet('KAM Summary');
    let link: unknown;
    summary?.eachRow((row) => {
      if (row.getCell(1).value === 'How the numbers are computed') link = row.getCell(2).value;
    });
    expect(link).toBe(pathToFileURL(join(__dirname, '../../assets/methodology.html')).href);
  });

  it('keeps account names that look like formulas as text', async () => {
    const sheet = (await loadXlsx(out())).worksheets[0];
    const values: unknown[] = [];
    sheet.getColumn(1).eachCell((cell) => values.push(cell.value));
    const formulaLike = values.filter((v) => typeof v === 'string' && /^[=+\-@]/.test(v));
    expect(formulaLike.length).toBeGreaterThan(0);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeFalsy()));
  });

  it('prints the report alone on standard output with --json -', async () => {
    const piped = await kam(
      'identify',
      join(EXAMPLES, 'accounts.xlsx'),
      '--out',
      join(dir, 'piped.xlsx'),
      '--json',
      '-',
    );
    expect(piped.code).toBe(EXIT.ok);
    expect(reportSchema.safeParse(JSON.parse(piped.out)).success).toBe(true);
    expect(piped.err).toContain('Written to');
  });
});

describe('kam identify on other inputs', () => {
  it('reads the messy European CSV and writes a CSV', async () => {
    const target = join(dir, 'messy.csv');
    const result = await kam(
      'identify',
      join(EXAMPLES, 'accounts-messy.csv'),
      '--out',
      target,
      '--quiet',
    );
    expect(result).toMatchObject({ code: EXIT.ok, out: '', err: '' });
    expect(readFileSync(target, 'utf8').split('\n')[0]).toContain('KAM Score');
  });

  it('reads a Salesforce export (footer lines aside) and says the revenue there is company size', async () => {
    const input = join(__dirname, '..', 'fixtures', 'csv', 'salesforce-accounts.csv');
    const result = await kam('identify', input, '--out', join(dir, 'sf.csv'));
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/^10 key accounts of 60,/);
    expect(result.out).toContain(
      'Revenue concentration is measured on "Annual Revenue", which in CRM exports is the company\'s own size',
    );
    expect(result.out).toContain('Top key accounts: Woodgrove Bank (100.0: Annual Revenue 33');
  });

  it('reads the Excel-table sample and a named preset', async () => {
    const result = await kam(
      'identify',
      join(EXAMPLES, 'accounts-table.xlsx'),
      '--table',
      'Accounts',
      '--preset',
      'revenue',
      '--out',
      join(dir, 't.xlsx'),
    );
    expect(result.code).toBe(EXIT.ok);
  });

  it('finds the table below a title row', async () => {
    const path = await writeXlsx('title.xlsx', [['Key accounts FY2026'], [], HEADER, ...ROWS]);
    const result = await kam('identify', path, '--out', join(dir, 'title-out.xlsx'), '--json', '-');
    expect(result.code).toBe(EXIT.ok);
    expect(JSON.parse(result.out).accounts[0].row).toBe(4);
  });

  it('uses the cached results of formula cells', async () => {
    const path = await writeXlsx('formulas.xlsx', [HEADER, ...ROWS], (wb) => {
      wb.worksheets[0].getCell('B2').value = { formula: '100000+20000', result: 120000 };
    });
    const result = await kam('identify', path, '--out', join(dir, 'f-out.xlsx'), '--json', '-');
    expect(result.code).toBe(EXIT.ok);
    expect(JSON.parse(result.out).accounts[0].revenue).toBe(120000);
  });

  it('applies a model file', async () => {
    const model = {
      version: 1,
      name: 'Fit first',
      revenueColumn: 'ARR',
      criteria: [
        {
          id: 'fit',
          column: 'Product fit',
          weight: 3,
          normalize: { method: 'scale', min: 1, max: 5 },
        },
        { id: 'arr', column: 'ARR', weight: 1, normalize: { method: 'log-minmax' } },
      ],
    };
    writeFileSync(join(dir, 'model.json'), JSON.stringify(model));
    const path = await writeXlsx('for-model.xlsx', [HEADER, ...ROWS]);
    const result = await kam(
      'identify',
      path,
      '--model',
      join(dir, 'model.json'),
      '--out',
      join(dir, 'm-out.xlsx'),
      '--json',
      '-',
    );
    expect(result.code).toBe(EXIT.ok);
    expect(JSON.parse(result.out).model.name).toBe('Fit first');
  });
});

describe('kam identify --where', () => {
  const rows = [
    [...HEADER, 'Type'],
    ...ROWS.map((r, i) => [...r, i % 2 === 0 ? 'Customer' : 'Partner']),
  ];

  it('scores only the rows kept, leaves the others blank and says how many were left out', async () => {
    const path = await writeXlsx('where.xlsx', rows);
    const target = join(dir, 'where-out.xlsx');
    const result = await kam(
      'identify',
      path,
      '--where',
      'type = customer',
      '--out',
      target,
      '--json',
      join(dir, 'where.json'),
    );
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain('2 rows left out by the filter');
    const report = reportSchema.parse(JSON.parse(readFileSync(join(dir, 'where.json'), 'utf8')));
    expect(report.accounts.map((a) => a.id)).toEqual(['Acme', 'Initech', 'Hooli']);
    const sheet = (await loadXlsx(target)).getWorksheet('Accounts')!;
    const scoreColumn = sheet.getRow(1).values as unknown[];
    const col = scoreColumn.indexOf('KAM Score');
    expect(col).toBeGreaterThan(0);
    expect(sheet.getRow(2).getCell(col).value).not.toBeNull();
    expect(sheet.getRow(3).getCell(col).value).toBeNull();
  });

  it('refuses a condition without "="', async () => {
    const path = await writeXlsx('where-bad.xlsx', rows);
    const result = await kam('identify', path, '--where', 'Type', '--out', join(dir, 'wb.xlsx'));
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain('--where "Type=Customer - Direct|Customer - Channel"');
  });
});

describe('kam identify: tier stability', () => {
  it('reports each account’s stability and each criterion’s sensitivity, and sums them up in one line', async () => {
    const run = await kam(
      'identify',
      join(EXAMPLES, 'accounts.xlsx'),
      '--out',
      join(dir, 'st.xlsx'),
      '--json',
      '-',
    );
    expect(run.code).toBe(EXIT.ok);
    const report = reportSchema.parse(JSON.parse(run.out));
    expect(report.stability).toMatchObject({ draws: 1000, spread: 0.25 });
    const key = report.accounts.filter((a) => a.tier === 'Key');
    expect(key.every((a) => typeof a.stability === 'number')).toBe(true);
    expect(report.sensitivity?.map((s) => s.criterion)).toEqual(
      report.model.criteria.map((c) => c.id),
    );
    const kept = key.filter((a) => (a.stability ?? 0) >= 0.8).length;
    expect(run.err).toContain(
      `Stability: ${kept} of ${key.length} Key accounts keep their tier in ≥ 80% of weightings; `,
    );
    expect(run.err).toMatch(/most sensitive: .+ \((?:-\d+%|none) \/ (?:\+\d+%|none)\)\./);
  });
});

describe('kam identify again, next quarter', () => {
  const input = join(EXAMPLES, 'accounts.xlsx');

  it('compares a re-run on a workbook kam wrote with the run kept in it', async () => {
    const first = join(dir, 'q1-kam.xlsx');
    expect((await kam('identify', input, '--out', first, '--quiet')).code).toBe(EXIT.ok);
    const again = await kam('identify', first, '--out', join(dir, 'q2-kam.xlsx'), '--json', '-');
    expect(again.code).toBe(EXIT.ok);
    const report = reportSchema.parse(JSON.parse(again.out));
    expect(report.changes).toMatchObject({
      entered: [],
      left: [],
      new: [],
      gone: [],
      modelChanged: false,
    });
    expect(report.accounts.every((a) => a.previousTier === a.tier)).toBe(true);
    expect(again.err).toMatch(
      /Since the run of \d{4}-\d\d-\d\d: 0 entered Key, 0 left it; 0 new accounts, 0 gone\./,
    );
  });

  it('--compare takes the report of an earlier run, and names who left the first band', async () => {
    const before = join(dir, 'q1.json');
    expect(
      (await kam('identify', input, '--out', join(dir, 'q1b.xlsx'), '--json', before, '--quiet'))
        .code,
    ).toBe(EXIT.ok);
    const q1 = reportSchema.parse(JSON.parse(readFileSync(before, 'utf8')));
    const top = q1.accounts.find((a) => a.rank === 1)!;
    // Next quarter the best account's figures collapse, and one account is gone.
    const workbook = await loadXlsx(input);
    const sheet = workbook.getWorksheet('Accounts')!;
    const header = sheet.getRow(q1.source.headerRow).values as unknown[];
    for (let c = 1; c < header.length; c++) {
      const cell = sheet.getRow(top.row).getCell(c);
      if (typeof cell.value === 'number') cell.value = 1;
    }
    const goneRow = q1.accounts.find((a) => a.rank === 2)!.row;
    sheet.getRow(goneRow).getCell(header.indexOf('Account')).value = 'Brand New Co';
    const q2 = join(dir, 'q2-input.xlsx');
    await workbook.xlsx.writeFile(q2);
    const result = await kam(
      'identify',
      q2,
      '--compare',
      before,
      '--out',
      join(dir, 'q2b.xlsx'),
      '--json',
      '-',
    );
    expect(result.code).toBe(EXIT.ok);
    const report = reportSchema.parse(JSON.parse(result.out));
    expect(report.changes?.since).toBe(q1.date);
    expect(report.changes?.left).toEqual(expect.arrayContaining([top.id]));
    expect(report.changes?.new).toEqual(['Brand New Co']);
    expect(report.changes?.gone).toEqual([q1.accounts.find((a) => a.rank === 2)!.id]);
    const fallen = report.accounts.find((a) => a.id === top.id)!;
    expect(fallen.previousTier).toBe('Key');
    expect(fallen.previousScore).toBe(top.score);
  });

  it('refuses a --compare workbook that holds no run of kam', async () => {
    const result = await kam('identify', input, '--compare', input, '--out', join(dir, 'x.xlsx'));
    expect(result.code).toBe(EXIT.badModel);
    expect(result.err).toContain('holds no run to compare with');
  });
});

describe('kam identify refuses bad input with a clear message and exit code', () => {
  it.each([
    [
      'a file that does not exist',
      async () => join(dir, 'missing.xlsx'),
      EXIT.unreadableFile,
      /does not exist/,
    ],
    [
      'a file that is not a workbook',
      async () => {
        const p = join(dir, 'junk.xlsx');
        writeFileSync(p, 'not a zip');
        return p;
      },
      EXIT.unreadableFile,
      /./,
    ],
    ['an empty workbook', async () => writeXlsx('empty.xlsx', []), EXIT.noTable, /./],
    [
      'a header without accounts',
      async () => writeXlsx('header-only.xlsx', [HEADER]),
      EXIT.noTable,
      /no accounts|no data|header/i,
    ],
    [
      'a sheet without revenue column',
      async () =>
        writeXlsx('no-revenue.xlsx', [
          ['Account', 'Product fit', 'Relationship'],
          ['Acme', 5, 'High'],
          ['Globex', 3, 'Low'],
        ]),
      EXIT.noRevenueColumn,
      /revenue/i,
    ],
  ])('%s', async (_what, makePath, code, message) => {
    const result = await kam('identify', await makePath(), '--out', join(dir, 'never.xlsx'));
    expect(result.code).toBe(code);
    expect(result.err).toMatch(/^kam: /);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
  });

  it('refuses a model that does not match the sheet, naming the missing column', async () => {
    const model = {
      version: 1,
      criteria: [{ id: 'nps', column: 'NPS', weight: 1, normalize: { method: 'minmax' } }],
    };
    writeFileSync(join(dir, 'nps.json'), JSON.stringify(model));
    const path = await writeXlsx('nps.xlsx', [HEADER, ...ROWS]);
    const result = await kam(
      'identify',
      path,
      '--model',
      join(dir, 'nps.json'),
      '--out',
      join(dir, 'never.xlsx'),
    );
    expect(result.code).toBe(EXIT.badModel);
    expect(result.err).toMatch(/"NPS"/);
  });

  it('applies a model file whose criteria leave out normalize, and names a bad field in a sentence', async () => {
    const lean = {
      version: 1,
      revenueColumn: 'ARR',
      criteria: [
        { id: 'fit', label: 'Product fit', column: 'Product fit', weight: 3 },
        { id: 'arr', column: 'ARR', weight: 1 },
      ],
    };
    writeFileSync(join(dir, 'lean.json'), JSON.stringify(lean));
    const path = await writeXlsx('lean-model.xlsx', [HEADER, ...ROWS]);
    const out = join(dir, 'lean-out.xlsx');
    const ran = await kam(
      'identify',
      path,
      '--model',
      join(dir, 'lean.json'),
      '--out',
      out,
      '--json',
      '-',
    );
    expect(ran.code).toBe(EXIT.ok);
    const methods = JSON.parse(ran.out).model.criteria.map(
      (c: { normalize: unknown }) => c.normalize,
    );
    expect(methods).toEqual([{ method: 'scale', min: 1, max: 5 }, { method: 'log-minmax' }]);

    const typo = { ...lean, criteria: [{ ...lean.criteria[0], normalize: { method: 'min-max' } }] };
    writeFileSync(join(dir, 'typo.json'), JSON.stringify(typo));
    const refused = await kam('identify', path, '--model', join(dir, 'typo.json'), '--out', out);
    expect(refused.code).toBe(EXIT.badModel);
    expect(refused.err).toContain(
      'criterion 1 (Product fit): normalize.method must be one of minmax, log-minmax, percentile, scale, categorical, recency, rating (found the text "min-max")',
    );
  });

  it('refuses a malformed model file', async () => {
    writeFileSync(join(dir, 'broken.json'), '{"version": 1, "criteria": [');
    const path = await writeXlsx('broken-model.xlsx', [HEADER, ...ROWS]);
    const result = await kam('identify', path, '--model', join(dir, 'broken.json'));
    expect(result.code).toBe(EXIT.badModel);
    expect(result.err).toMatch(/not valid JSON/);
  });

  it.each([
    [['identify'], /name the workbook/],
    [['identify', 'accounts.txt'], /\.xlsx or \.csv/],
    [['identify', 'a.xlsx', '--sheet'], /--sheet needs a value/],
    [['identify', 'a.xlsx', '--colour', 'red'], /unknown option --colour/],
    [['score', 'a.xlsx'], /only command is "identify"/],
  ])('refuses the arguments %j', async (args, message) => {
    const result = await kam(...args);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toMatch(message);
  });

  it('will not overwrite its input', async () => {
    const path = await writeXlsx('self.xlsx', [HEADER, ...ROWS]);
    const result = await kam('identify', path, '--out', path);
    expect(result.code).toBe(EXIT.usage);
  });
});

describe('the installed kam command', () => {
  it('runs from bin/kam.js (built by npm ci through prepare)', async () => {
    const bin = join(__dirname, '..', '..', 'bin', 'kam.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--help']);
    expect(stdout).toMatch(/^Usage: kam identify/);
  });
});
