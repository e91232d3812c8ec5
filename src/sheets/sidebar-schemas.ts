// What the sidebar sends to the server, checked with zod: google.script.run carries whatever the page
// passes, and nothing reaches the spreadsheet unchecked.
import { z } from 'zod';
import { fail, describeIssues, type Outcome, RESULT_COLUMNS, type ResultColumnKey } from '../core';

const row = z.number().int().min(1).max(10_000_000);
const column = z.number().int().min(1).max(18_278);
const planValue = z.union([z.string(), z.number(), z.null()]);
const color = z.string().regex(/^#[0-9A-Fa-f]{6}$/);
const a1 = z.string().regex(/^[A-Z]{1,3}[0-9]{1,7}(:[A-Z]{1,3}[0-9]{1,7})?$/);
const resultKey = z.custom<ResultColumnKey>(
  (key) => RESULT_COLUMNS.some((c) => c.key === key),
  'an unknown result column',
);

export const tableRequestSchema = z
  .strictObject({ sheet: z.string().optional(), table: z.string().optional() })
  .optional()
  .transform((request) => request ?? {});

const frameColumnSchema = z.strictObject({
  key: resultKey,
  header: z.string(),
  column,
  numberFormat: z.string().max(100),
  width: z.number().min(0).max(255),
});

const conditionalFormatSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('color-scale'),
    column,
    colors: z.tuple([color, color, color]),
  }),
  z.strictObject({
    kind: z.literal('text-equals'),
    column,
    text: z.string(),
    fill: color,
    fontColor: color,
  }),
  z.strictObject({ kind: z.literal('data-bar'), column, color }),
]);

/** Live formulas are ours only: KAM functions and the tier counts' SUMPRODUCT, nothing else. */
const kamFormula = z.string().regex(/^=(KAM\.[A-Z]+|SUMPRODUCT)\(/, 'not a formula of this add-on');

const summarySchema = z.strictObject({
  name: z.string().min(1).max(100),
  cells: z.array(
    z.strictObject({
      address: a1,
      value: planValue,
      kamFormula: kamFormula.optional(),
      numberFormat: z.string().max(100).optional(),
      style: z.enum(['title', 'heading', 'label', 'note']).optional(),
    }),
  ),
  columnWidths: z.record(z.string().regex(/^[A-Z]{1,3}$/), z.number().min(0).max(255)),
  chart: z
    .strictObject({
      title: z.string(),
      categories: a1,
      revenue: a1,
      cumulativeShare: a1,
      anchor: a1,
    })
    .nullable(),
});

export const planFrameSchema = z.strictObject({
  sheet: z.string().min(1),
  tableName: z.string().optional(),
  headerRow: row,
  firstDataRow: row,
  rowCount: z.number().int().min(0).max(10_000_000),
  columns: z.array(frameColumnSchema).min(1).max(50),
  staleColumns: z.array(column),
  conditionalFormats: z.array(conditionalFormatSchema),
  summary: summarySchema,
});

export const rowsTargetSchema = z.strictObject({
  sheet: z.string().min(1),
  headerRow: row,
  firstDataRow: row,
  rowCount: z.number().int().min(0).max(10_000_000),
  columns: z
    .array(z.strictObject({ column, numberFormat: z.string().max(100) }))
    .min(1)
    .max(50),
});

export const rowBlockSchema = z.strictObject({
  start: z.number().int().min(0),
  values: z.array(z.array(planValue)),
});

export const rowsRequestSchema = z.strictObject({
  sheet: z.string().min(1),
  top: row,
  left: column,
  right: column,
  count: z.number().int().min(1).max(1_000_000),
});

export const stateKeySchema = z.string().regex(/^kam\.[a-z]+$/);
export const stateEntriesSchema = z.record(stateKeySchema, z.string());
export const cellSchema = z.strictObject({ sheet: z.string().min(1), address: a1 });

/** The argument as its schema reads it, or a refusal naming what the page sent wrong. */
export function checked<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): Outcome<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { kind: 'ok', value: parsed.data };
  return fail(
    'bad-plan',
    `The panel sent ${what} this add-on cannot use (${describeIssues(parsed.error.issues)}).`,
  );
}
