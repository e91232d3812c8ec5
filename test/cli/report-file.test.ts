// --json written in pieces: the same bytes as JSON.stringify, whole or not at all, to a file or standard output.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXIT } from '../../src/cli/errors';
import { writeFileAtomically, writeReport } from '../../src/cli/report-file';
import { kam } from '../support/kam-cli';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'accounts.xlsx');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kam-report-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function* failingAfter(pieces: string[]): Generator<string> {
  yield* pieces;
  throw new Error('the disk went away');
}

describe('writeFileAtomically', () => {
  it('writes the pieces in order and leaves nothing else in the folder', async () => {
    const target = join(dir, 'r.json');
    await writeFileAtomically(target, ['{', '"a": 1', '}']);
    expect(readFileSync(target, 'utf8')).toBe('{"a": 1}');
    expect(readdirSync(dir)).toEqual(['r.json']);
  });

  it('keeps the file that was there, whole, when writing fails half-way', async () => {
    const target = join(dir, 'r.json');
    writeFileSync(target, 'the earlier report');
    await expect(
      writeFileAtomically(target, failingAfter(['{"accounts": [', 'x'.repeat(1 << 20)])),
    ).rejects.toThrow('the disk went away');
    expect(readFileSync(target, 'utf8')).toBe('the earlier report');
    expect(readdirSync(dir)).toEqual(['r.json']);
  });

  it('says why, as a write failure, when the folder does not exist', async () => {
    const outcome = await writeReport(join(dir, 'nowhere', 'r.json'), ['{}'], async () => {});
    expect(outcome).toMatchObject({ kind: 'error', code: 'write-failed' });
    if (outcome.kind === 'error') expect(outcome.message).toMatch(/ENOENT.*nothing was left/);
  });
});

describe('kam identify --json', () => {
  it('writes JSON laid out exactly as JSON.stringify(report, null, 2), ending in a line break', async () => {
    const report = join(dir, 'report.json');
    const ran = await kam('identify', SAMPLE, '--out', join(dir, 'o.xlsx'), '--json', report);
    expect(ran.code).toBe(EXIT.ok);
    const text = readFileSync(report, 'utf8');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    expect(JSON.parse(text).accounts).toHaveLength(60);
  });

  it('exits 7 with a sentence when the report cannot be written', async () => {
    const ran = await kam(
      'identify',
      SAMPLE,
      '--out',
      join(dir, 'o.xlsx'),
      '--json',
      join(dir, 'missing-folder', 'r.json'),
    );
    expect(ran.code).toBe(EXIT.writeFailed);
    expect(ran.err).toMatch(/^kam: Cannot write the report .*r\.json/);
  });

  it('streams the same bytes to standard output from the installed command', async () => {
    const bin = join(__dirname, '..', '..', 'bin', 'kam.js');
    const run = (json: string) =>
      promisify(execFile)(
        process.execPath,
        [bin, 'identify', SAMPLE, '--out', join(dir, 'o.xlsx'), '--json', json, '--quiet'],
        { maxBuffer: 64 << 20 },
      );
    const { stdout } = await run('-');
    await run(join(dir, 'r.json'));
    const withoutDate = (text: string) => text.replace(/\n {2}"date": "[^"]*",/, '');
    expect(withoutDate(stdout)).toBe(withoutDate(readFileSync(join(dir, 'r.json'), 'utf8')));
    expect(stdout.endsWith('\n}\n')).toBe(true);
  });
});
