// The KAM.* arguments as Excel passes them (ranges as rows of cells, numbers, text), checked with
// zod once at the boundary and turned into core types; a bad argument becomes #VALUE! with a message.
import { z } from 'zod';
import {
  parseNumberCell,
  abcSchema,
  describeIssues,
  type AbcThresholds,
  type NormalizeSpec,
  type NumberLocale,
  type RawCell,
  type RawTable,
} from '../core';
import { invalidValue } from './errors';

/** One cell as the core reads it; undefined for something no cell can hold. */
function cellOf(value: unknown): RawCell | undefined {
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return value;
    case 'undefined':
      return null;
    case 'object': {
      if (value === null) return null;
      // Rich values (Excel.CellValue: entities, formatted numbers, errors) carry their plain value.
      const basic = (value as { basicValue?: unknown }).basicValue;
      if (typeof basic === 'number' || typeof basic === 'string' || typeof basic === 'boolean')
        return basic;
      // An error passed inside a range (CustomFunctions.Error): its text, which the core reads as missing.
      const code = (value as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('#')) return code;
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Rows of core cells, or what is wrong with the value. Rows of plain cells, the usual case, are
 * used as they are: 100,000 rows are not copied.
 */
function cellsOf(value: unknown): RawCell[][] | string {
  if (!Array.isArray(value) || value.length === 0)
    return 'must be a range of cells, such as A2:A41';
  const width = Array.isArray(value[0]) ? value[0].length : 0;
  if (width === 0) return 'must be a range of cells, such as A2:A41';
  const rows = value as unknown[][];
  let result: RawCell[][] | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length !== width) return 'must be a rectangular range of cells';
    let copy: RawCell[] | undefined;
    for (let j = 0; j < width; j++) {
      const cell = row[j];
      const t = typeof cell;
      if (t === 'number' || t === 'string' || t === 'boolean' || cell === null) continue;
      const converted = cellOf(cell);
      if (converted === undefined)
        return `holds a value that is not a cell value (row ${i + 1}, column ${j + 1} of the range)`;
      copy ??= row.slice() as RawCell[];
      copy[j] = converted;
    }
    if (copy !== undefined) {
      result ??= rows.slice(0, i) as RawCell[][];
      result.push(copy);
    } else if (result !== undefined) result.push(row as RawCell[]);
  }
  return result ?? (rows as RawCell[][]);
}

/** A range argument named `name` in messages. */
function range(name: string) {
  return z.unknown().transform((value, ctx): RawCell[][] => {
    const cells = cellsOf(value);
    if (typeof cells === 'string') {
      ctx.addIssue({ code: 'custom', message: `${name} ${cells}.` });
      return z.NEVER;
    }
    return cells;
  });
}

/** Revenue figures read as the run reads them (text such as "$12k" included); NaN = blank or unreadable. */
export interface RevenueRange {
  readonly values: Float64Array;
  readonly rows: number;
  readonly columns: number;
}

function numbersOf(
  cells: readonly (readonly RawCell[])[],
  locale: NumberLocale | undefined,
): RevenueRange {
  const rows = cells.length;
  const columns = cells[0].length;
  const values = new Float64Array(rows * columns);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const cell = cells[i][j];
      if (typeof cell === 'number' && Number.isFinite(cell)) {
        values[i * columns + j] = cell;
        continue;
      }
      const parsed = parseNumberCell(cell, locale);
      values[i * columns + j] =
        parsed.kind === 'value' || parsed.kind === 'value-with-warning' ? parsed.value : NaN;
    }
  }
  return { values, rows, columns };
}

/**
 * Schemas that read numbers from text do so as the last run read them ("1.234,56" in a
 * decimal-comma workbook): one schema per locale, made once.
 */
function byLocale<T>(make: (locale: NumberLocale | undefined) => T) {
  const made = new Map<NumberLocale | undefined, T>();
  return (locale: NumberLocale | undefined): T => {
    let schema = made.get(locale);
    if (schema === undefined) made.set(locale, (schema = make(locale)));
    return schema;
  };
}

const revenues = (locale: NumberLocale | undefined) =>
  range('revenues').transform((cells) => numbersOf(cells, locale));

/** One row (or one column) of cells, flattened. */
const row = range('row').transform((cells, ctx): RawCell[] => {
  if (cells.length === 1) return cells[0];
  if (cells[0].length === 1) return cells.map((r) => r[0]);
  ctx.addIssue({
    code: 'custom',
    message: `row must be one row of the table's input columns, such as A7:I7 (got ${cells.length} rows).`,
  });
  return z.NEVER;
});

/** The sheet name given to a table passed as an argument (the core's messages name it). */
export const TABLE_SHEET = 'KAM.SCORES range';

const isBlank = (cell: RawCell): boolean => cell === null || cell === '';

/** The table with its header row; trailing blank rows (a whole-column reference) are left out. */
const table = (locale: NumberLocale | undefined) =>
  range('table').transform((cells, ctx): RawTable => {
    let end = cells.length;
    while (end > 1 && cells[end - 1].every(isBlank)) end--;
    if (end < 2) {
      ctx.addIssue({
        code: 'custom',
        message:
          'table must include the header row and at least one account row below it, such as A1:I41.',
      });
      return z.NEVER;
    }
    return {
      sheet: TABLE_SHEET,
      headerRow: 1,
      firstColumn: 1,
      ...(locale !== undefined ? { numberLocale: locale } : {}),
      headers: cells[0].map((h) => (h === null ? '' : String(h).trim())),
      rows: end === cells.length ? cells.slice(1) : cells.slice(1, end),
    };
  });

/** A share between 0 and 1, or null/undefined: Excel passes null for an omitted argument. */
const optionalShare = (message: string) =>
  z
    .number({ error: message })
    .min(0, { error: message })
    .max(1, { error: message })
    .nullish()
    .transform((x) => x ?? undefined);

/** An optional share with its default. */
const shareOr = (fallback: number, message: string) =>
  optionalShare(message).transform((x) => x ?? fallback);

const NORMALIZE_METHODS =
  'minmax, log-minmax, percentile, scale (1 to 5), scale:LOW:HIGH, rating or rating:LOW:HIGH';

/** "minmax", "log-minmax", "percentile", "scale", "scale:0:10", "rating", "rating:1:10" (any case). */
function methodOf(text: string | null | undefined): NormalizeSpec | string {
  const [head, ...bounds] = (text ?? 'minmax').split(':');
  const name = head.toLowerCase().replace(/[\s_-]/g, '');
  const unknown = `method "${text}" is not known; use one of ${NORMALIZE_METHODS}.`;
  if (name === 'scale' || name === 'rating') {
    if (bounds.length === 0) return { method: name, min: 1, max: 5 };
    const [min, max] = bounds.map((b) => (b.trim() === '' ? NaN : Number(b)));
    if (bounds.length !== 2 || !Number.isFinite(min) || !Number.isFinite(max) || !(max > min)) {
      return `method "${text}" needs two numbers, low then high, such as "${name}:1:5".`;
    }
    return { method: name, min, max };
  }
  if (bounds.length > 0) return unknown;
  if (name === 'minmax') return { method: 'minmax' };
  if (name === 'logminmax') return { method: 'log-minmax' };
  if (name === 'percentile') return { method: 'percentile' };
  return unknown;
}

const method = z
  .string({ error: `method must be text, one of ${NORMALIZE_METHODS}.` })
  .nullish()
  .transform((text, ctx): NormalizeSpec => {
    const spec = methodOf(text);
    if (typeof spec === 'string') {
      ctx.addIssue({ code: 'custom', message: spec });
      return z.NEVER;
    }
    return spec;
  });

const abcThresholds = z
  .object({
    a: optionalShare(
      'a, the class A threshold, must be a share of revenue between 0 and 1 (0.8 = 80%).',
    ),
    b: optionalShare(
      'b, the class B threshold, must be a share of revenue between 0 and 1 (0.95 = 95%).',
    ),
  })
  .transform((t, ctx): AbcThresholds => {
    const parsed = abcSchema.safeParse(t);
    if (parsed.success) return parsed.data;
    ctx.addIssue({
      code: 'custom',
      message: `${describeIssues(parsed.error.issues).replace(/^model: /, '')} (defaults: a 0.8, b 0.95).`,
    });
    return z.NEVER;
  });

export const rowArgs = z.object({ row });
export const tableArgs = byLocale((locale) => z.object({ table: table(locale) }));
export const revenueArgs = byLocale((locale) => z.object({ revenues: revenues(locale) }));
export const topShareArgs = byLocale((locale) =>
  z.object({
    revenues: revenues(locale),
    p: shareOr(
      0.2,
      'p, the share of accounts, must be between 0 and 1 (0.2 or 20% = the top 20% of accounts).',
    ),
  }),
);
export const accountShareArgs = byLocale((locale) =>
  z.object({
    revenues: revenues(locale),
    q: shareOr(
      0.8,
      'q, the share of revenue, must be between 0 and 1 (0.8 or 80% = 80% of revenue).',
    ),
  }),
);
export const abcArgs = byLocale((locale) =>
  z.object({ revenues: revenues(locale), thresholds: abcThresholds }),
);
export const normalizeArgs = z.object({ values: range('values'), method });

export const weightedArgs = byLocale((locale) =>
  z
    .object({ values: range('values'), weights: range('weights') })
    .transform((args, ctx): { values: Float64Array; weights: number[] } => {
      const values = numbersOf(args.values, locale).values;
      const weights = Array.from(numbersOf(args.weights, locale).values);
      const problems: string[] = [];
      if (values.length !== weights.length) {
        problems.push(
          `values has ${values.length} cells and weights ${weights.length}: give one weight per value.`,
        );
      }
      const outside = values.findIndex((v) => v < 0 || v > 1);
      if (outside >= 0) {
        problems.push(
          `values must be normalised scores between 0 and 1 (KAM.NORMALIZE gives them); cell ${outside + 1} holds ${values[outside]}.`,
        );
      }
      const bad = weights.findIndex((w) => !(w >= 0));
      if (bad >= 0) {
        problems.push(
          `weights must be numbers of 0 or more (0 leaves a criterion out); cell ${bad + 1} is not.`,
        );
      } else if (!weights.some((w) => w > 0)) {
        problems.push('weights need at least one weight above 0.');
      }
      if (problems.length === 0) return { values, weights };
      for (const message of problems) ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }),
);

/** The parsed arguments, or #VALUE! with what is wrong (every problem, in argument order). */
export function argumentsOf<S extends z.ZodType>(schema: S, input: z.input<S>): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalidValue(parsed.error.issues.map((issue) => issue.message).join(' '));
}
