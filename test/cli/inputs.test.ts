// `kam identify` on files as users' tools save them: a byte-order mark, damaged packages, totals past a double.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/errors';
import { kam } from '../support/kam-cli';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'accounts.xlsx');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kam-inputs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BOM = '\uFEFF';

describe('files saved with a UTF-8 byte-order mark', () => {
  it('reads a --model file that starts with one', async () => {
    const model = {
      version: 1,
      name: 'Marked',
      revenueColumn: 'ARR',
      criteria: [{ id: 'arr', column: 'ARR', weight: 1 }],
    };
    const path = join(dir, 'marked.json');
    writeFileSync(path, BOM + JSON.stringify(model, null, 2), 'utf8');
    expect(readFileSync(path)[0]).toBe(0xef);
    const result = await kam(
      'identify',
      SAMPLE,
      '--model',
      path,
      '--out',
      join(dir, 'm.xlsx'),
      '--json',
      '-',
    );
    expect(result.err).not.toMatch(/kam:/);
    expect(result.code).toBe(EXIT.ok);
    expect(JSON.parse(result.out).model.name).toBe('Marked');
  });

  it('reads a --compare report that starts with one', async () => {
    const input = join(dir, 'again.xlsx');
    copyFileSync(SAMPLE, input);
    const report = join(dir, 'first.json');
    expect(
      (await kam('identify', input, '--out', join(dir, 'first.xlsx'), '--json', report, '--quiet'))
        .code,
    ).toBe(EXIT.ok);
    writeFileSync(report, BOM + readFileSync(report, 'utf8'), 'utf8');
    const result = await kam(
      'identify',
      input,
      '--out',
      join(dir, 'second.xlsx'),
      '--compare',
      report,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/since/i);
  });
});

describe('a package that is not a workbook exits 3, "the input cannot be read"', () => {
  const FIXTURES = join(__dirname, '..', 'fixtures', 'xlsx');

  it('random bytes named .xlsx', async () => {
    const result = await kam(
      'identify',
      join(FIXTURES, 'random-bytes.xlsx'),
      '--out',
      join(dir, 'never.xlsx'),
    );
    expect(result.code).toBe(EXIT.unreadableFile);
    expect(result.err).toMatch(/^kam: .*random-bytes\.xlsx/);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  // ExcelJS opened it as a workbook with no sheets ("no visible sheet", exit 4); the package reader
  // refuses a zip without xl/workbook.xml as unreadable.
  it('a zip whose workbook part is missing', async () => {
    const result = await kam(
      'identify',
      join(FIXTURES, 'not-a-workbook.xlsx'),
      '--out',
      join(dir, 'never.xlsx'),
    );
    expect(result.code).toBe(EXIT.unreadableFile);
    expect(result.err).toMatch(/^kam: .*not-a-workbook\.xlsx/);
  });
});

describe('revenues past the largest double', () => {
  it('are reported with a sentence and exact shares, not as "No revenue recorded"', async () => {
    const csv = join(dir, 'huge.csv');
    writeFileSync(
      csv,
      'Account,ARR,Product fit\nAcme,1e308,5\nGlobex,1e308,3\nInitech,5e307,2\nHooli,5e307,4\n',
    );
    const result = await kam('identify', csv, '--out', join(dir, 'huge.xlsx'), '--json', '-');
    expect(result.code).toBe(EXIT.ok);
    const report = JSON.parse(result.out);
    expect(report.concentration.totalRevenue).toBeNull();
    expect(report.concentration.paretoStatement).toBe('75% of accounts bring 80% of revenue');
    expect(report.accounts.map((a: { revenueShare: number }) => a.revenueShare)).toEqual([
      1 / 3,
      1 / 3,
      1 / 6,
      1 / 6,
    ]);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'revenue-total-too-large', cell: 'B2' }),
    );
    // A note on the figures: the human summary (on standard error with --json -) says it too.
    expect(result.err).toMatch(/The revenue total is too large to add up/);
    expect(result.err).not.toMatch(/No revenue recorded/);
  });
});
