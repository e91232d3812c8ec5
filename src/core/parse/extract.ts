// Reads one column of a raw table into a Float64Array (NaN = missing), with every problem addressed to its cell.
import type { NormalizeSpec } from '../model/schema';
import { parseNumberCell, type ParsedValue } from './cells';
import { parseCategoricalCell, parseRatingCell } from './ratings';
import { assertNever } from '../outcome';
import { columnLetters } from '../table/a1';
import { type Diagnostic, type DiagnosticCode } from '../diagnostics';
import { type NumberLocale, type RawCell, type RawTable } from '../table/types';

export type ExtractMode =
  | { readonly kind: 'number' }
  | { readonly kind: 'rating'; readonly min: number; readonly max: number }
  | { readonly kind: 'categorical'; readonly map: Readonly<Record<string, number>> };

export interface ExtractedColumn {
  /** One value per data row; NaN where the cell is missing or could not be read. */
  readonly values: Float64Array;
  readonly diagnostics: readonly Diagnostic[];
  /** Cells that gave no value: empty ones and unreadable ones. */
  readonly missing: number;
}

/** Beyond this, one summary line stands for the rest, so a million bad cells cannot flood the report. */
export const MAX_DIAGNOSTICS_PER_COLUMN = 200;

/** How a criterion's cells are read: as numbers, as rating words, or through its own label map. */
export function extractModeFor(spec: NormalizeSpec): ExtractMode {
  switch (spec.method) {
    case 'rating':
      return { kind: 'rating', min: spec.min, max: spec.max };
    case 'categorical':
      return { kind: 'categorical', map: spec.map };
    default:
      return { kind: 'number' };
  }
}

export function cellParserFor(
  mode: ExtractMode,
  locale: NumberLocale | undefined,
): (cell: RawCell) => ParsedValue {
  switch (mode.kind) {
    case 'number':
      return (cell) => parseNumberCell(cell, locale);
    case 'rating': {
      const scale = { min: mode.min, max: mode.max };
      return (cell) => parseRatingCell(cell, scale, locale);
    }
    case 'categorical':
      return (cell) => parseCategoricalCell(cell, mode.map);
    default:
      return assertNever(mode, 'extract mode');
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function extractColumn(
  table: RawTable,
  columnIndex: number,
  mode: ExtractMode,
): ExtractedColumn {
  if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= table.headers.length) {
    throw new RangeError(
      `Column index ${columnIndex} is outside the table's ${table.headers.length} columns.`,
    );
  }
  const rows = table.rows;
  const n = rows.length;
  const values = new Float64Array(n);
  const diagnostics: Diagnostic[] = [];
  const header = table.headers[columnIndex];
  const letters = columnLetters(table.firstColumn + columnIndex);
  const firstDataRow = table.headerRow + 1;
  const parse = cellParserFor(mode, table.numberLocale);
  // Number cells in a number column need no parsing at all: the hot path on large sheets.
  const numbersPassThrough = mode.kind === 'number';
  let missing = 0;
  let hiddenProblems = 0;
  let hiddenWarnings = 0;
  let hiddenCode: DiagnosticCode | undefined;

  for (let i = 0; i < n; i++) {
    const cell = rows[i][columnIndex] ?? null; // a short row from a sloppy host reads as empty, not as a crash
    if (numbersPassThrough && typeof cell === 'number' && Number.isFinite(cell)) {
      values[i] = cell;
      continue;
    }
    const parsed = parse(cell);
    switch (parsed.kind) {
      case 'value':
        values[i] = parsed.value;
        continue;
      case 'missing':
        values[i] = NaN;
        missing++;
        continue;
      case 'value-with-warning':
        values[i] = parsed.value;
        break;
      case 'problem':
        values[i] = NaN;
        missing++;
        break;
      default:
        assertNever(parsed, 'parsed value');
    }
    const isProblem = parsed.kind === 'problem';
    if (diagnostics.length < MAX_DIAGNOSTICS_PER_COLUMN) {
      const row = firstDataRow + i;
      diagnostics.push({
        cell: `${letters}${row}`,
        row,
        column: header,
        code: parsed.code,
        severity: isProblem ? 'warning' : 'info',
        message: parsed.message,
      });
    } else {
      if (isProblem) hiddenProblems++;
      else hiddenWarnings++;
      hiddenCode ??= parsed.code;
    }
  }

  if (hiddenCode !== undefined) {
    const parts: string[] = [];
    if (hiddenProblems > 0)
      parts.push(plural(hiddenProblems, 'more unreadable cell', 'more unreadable cells'));
    if (hiddenWarnings > 0)
      parts.push(
        plural(hiddenWarnings, 'more cell read with a warning', 'more cells read with a warning'),
      );
    diagnostics.push({
      cell: '',
      row: 0,
      column: header,
      code: hiddenCode,
      severity: hiddenProblems > 0 ? 'warning' : 'info',
      message: `... and ${parts.join(' and ')} in column "${header}" (only the first ${MAX_DIAGNOSTICS_PER_COLUMN} are listed).`,
    });
  }
  return { values, diagnostics, missing };
}
