// `kam identify` refuses to write over a file it reads, or two outputs to one file, whatever the spelling or link.
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/errors';
import { kam } from '../support/kam-cli';
import { outputClash } from '../../src/cli/paths';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'accounts.xlsx');
let dir: string;
let input: string;
let original: Buffer;
let model: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kam-paths-'));
  input = join(dir, 'in.xlsx');
  copyFileSync(SAMPLE, input);
  original = readFileSync(input);
  mkdirSync(join(dir, 'x'));
  symlinkSync(input, join(dir, 'symlink.xlsx'));
  linkSync(input, join(dir, 'hardlink.xlsx'));
  symlinkSync(dir, join(dir, 'same-folder'));
  model = join(dir, 'model.json');
  writeFileSync(
    model,
    JSON.stringify({ version: 1, criteria: [{ id: 'arr', column: 'ARR', weight: 1 }] }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kam identify never writes over a file it reads', () => {
  it.each([
    [
      '--out through a symbolic link to the input',
      ['--out', 'symlink.xlsx'],
      /--out .* is the same file as the input .*through a link/,
    ],
    [
      '--out through a hard link to the input',
      ['--out', 'hardlink.xlsx'],
      /--out .* is the same file as the input/,
    ],
    [
      '--out spelled with a detour',
      ['--out', 'x/../in.xlsx'],
      /--out .* is the same file as the input/,
    ],
    [
      '--out through a linked folder',
      ['--out', 'same-folder/in.xlsx'],
      /--out .* is the same file as the input/,
    ],
    ['--json naming the input', ['--json', 'in.xlsx'], /--json .* is the same file as the input/],
    [
      '--json through a hard link to the input',
      ['--json', 'hardlink.xlsx'],
      /--json .* is the same file as the input/,
    ],
    [
      '--json naming the model',
      ['--model', 'model.json', '--json', 'model.json'],
      /--json .* is the same file as --model/,
    ],
    [
      '--json equal to --out',
      ['--out', 'o.xlsx', '--json', 'o.xlsx'],
      /--json "o.xlsx" and --out "o.xlsx" are the same file; give each its own file/,
    ],
    [
      '--json equal to --out, neither there yet, through a linked folder',
      ['--out', 'new.xlsx', '--json', 'same-folder/new.xlsx'],
      /--json .* and --out .* are the same file \(through a link/,
    ],
  ])(
    'refuses %s with exit 2, before any work, leaving the input as it was',
    async (_what, flags, message) => {
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        const result = await kam('identify', 'in.xlsx', ...flags);
        expect(result.code).toBe(EXIT.usage);
        expect(result.err).toMatch(/^kam: /);
        expect(result.err).toMatch(message);
        expect(result.out).toBe('');
      } finally {
        process.chdir(cwd);
      }
      expect(readFileSync(input).equals(original)).toBe(true);
      expect(existsSync(join(dir, 'o.xlsx'))).toBe(false);
      expect(existsSync(join(dir, 'new.xlsx'))).toBe(false);
      expect(JSON.parse(readFileSync(model, 'utf8')).version).toBe(1);
    },
  );

  it('writes an output that does not exist yet, beside the input, and a report of its own', async () => {
    const out = join(dir, 'x', 'fresh.xlsx');
    const report = join(dir, 'x', 'fresh.json');
    const result = await kam('identify', input, '--out', out, '--json', report, '--quiet');
    expect(result.err).toBe('');
    expect(result.code).toBe(EXIT.ok);
    expect(existsSync(out) && existsSync(report)).toBe(true);
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  it('refuses the same clashes in the DuckDB engine', async () => {
    const csv = join(dir, 'in.csv');
    writeFileSync(csv, 'Account,ARR\nAcme,10\n');
    symlinkSync(csv, join(dir, 'csv-link.csv'));
    const result = await kam(
      'identify',
      csv,
      '--engine',
      'duckdb',
      '--out',
      join(dir, 'csv-link.csv'),
    );
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toMatch(/--out .* is the same file as the input/);
    expect(readFileSync(csv, 'utf8')).toBe('Account,ARR\nAcme,10\n');
  });
});

describe('outputClash', () => {
  it('accepts distinct files, and names the first clash it meets', async () => {
    const reads = [{ role: 'the input', path: input }];
    expect(
      await outputClash(reads, [
        { role: '--out', path: join(dir, 'a.xlsx') },
        { role: '--json', path: join(dir, 'a.json') },
      ]),
    ).toBeNull();
    expect(
      await outputClash(reads, [
        { role: '--out', path: join(dir, 'missing-folder', 'deeper', 'a.xlsx') },
      ]),
    ).toBeNull();
    expect(
      await outputClash(reads, [
        { role: '--out', path: join(dir, 'missing-folder', 'a.xlsx') },
        { role: '--json', path: join(dir, 'same-folder', 'missing-folder', 'a.xlsx') },
      ]),
    ).toMatch(/^--json .* and --out .* are the same file/);
  });

  it("reads `link/..` as the disk does: the folder above the link's target", async () => {
    mkdirSync(join(dir, 'deep', 'sub'), { recursive: true });
    symlinkSync(join(dir, 'deep', 'sub'), join(dir, 'jump'));
    const reads = [{ role: 'the input', path: input }];
    expect(
      await outputClash(reads, [{ role: '--out', path: join(dir, 'jump') + '/../in.xlsx' }]),
    ).toBeNull();
    copyFileSync(input, join(dir, 'deep', 'in.xlsx'));
    expect(
      await outputClash(
        [{ role: 'the input', path: join(dir, 'deep', 'in.xlsx') }],
        [{ role: '--out', path: join(dir, 'jump') + '/../in.xlsx' }],
      ),
    ).toMatch(/is the same file as the input/);
  });
});
