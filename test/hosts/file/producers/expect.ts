// The fixtures' sidecar files (test/fixtures/*/NAME.expect.json) read into what a correct reader must see.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawCell } from '../../../../src/core';

export const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures');

/** One non-empty cell as the sidecar describes it. */
export interface ExpectedCell {
  readonly type: 'string' | 'number' | 'date' | 'boolean' | 'error' | 'formula';
  readonly value?: string | number | boolean;
  readonly serial?: number;
  readonly cached?: number | string | boolean | { readonly error: string } | null;
  readonly format?: string;
}

export interface ExpectedTable {
  readonly name: string;
  readonly ref: string;
  readonly headerRow: boolean;
  readonly headerRowCountAttribute: number | null;
  readonly totalsRow: boolean;
  readonly columns: readonly string[];
}

export interface ExpectedSheet {
  readonly name: string;
  readonly visible: boolean;
  readonly headerRow?: number;
  readonly block?: string;
  readonly table: ExpectedTable | null;
  readonly cells: Readonly<Record<string, ExpectedCell>>;
  readonly hiddenRows?: readonly number[];
  readonly merges?: readonly string[];
}

export interface XlsxExpectation {
  readonly file: string;
  readonly refuse?: boolean;
  readonly sheets?: readonly ExpectedSheet[];
}

export interface CsvExpectation {
  readonly file: string;
  readonly delimiter: string;
  readonly headers: readonly string[];
  readonly rows: number | null;
  readonly cells: Readonly<Record<string, string>>;
}

function sidecars<T>(folder: string): { name: string; bytes: Uint8Array; expect: T }[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expect.json'))
    .map((f) => {
      const expect = JSON.parse(readFileSync(join(dir, f), 'utf8')) as T & { file: string };
      return {
        name: expect.file,
        bytes: new Uint8Array(readFileSync(join(dir, expect.file))),
        expect,
      };
    });
}

export const xlsxFixtures = (): { name: string; bytes: Uint8Array; expect: XlsxExpectation }[] =>
  sidecars<XlsxExpectation>('xlsx');

export const csvFixtures = (): { name: string; bytes: Uint8Array; expect: CsvExpectation }[] =>
  sidecars<CsvExpectation>('csv');

/** What the core must get for a cell: formulas give their cached result (none: missing), dates their serial. */
export function rawOf(cell: ExpectedCell): RawCell {
  switch (cell.type) {
    case 'date':
      return cell.serial ?? null;
    case 'formula': {
      const cached = cell.cached ?? null;
      return typeof cached === 'object' && cached !== null ? cached.error : cached;
    }
    case 'string':
      return typeof cell.value === 'string' && cell.value.trim() === ''
        ? null
        : (cell.value ?? null);
    default:
      return cell.value ?? null;
  }
}
