// The scoring model: the user-facing, versioned file format (DESIGN 4.1), validated with zod.
import { z } from 'zod';
import type { Outcome } from '../outcome';
import { describeModelIssues } from './issues';

export const MODEL_VERSION = 1;

const unitInterval = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

export const normalizeSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('minmax') }),
  z.strictObject({ method: z.literal('log-minmax') }),
  z.strictObject({ method: z.literal('percentile') }),
  z.strictObject({
    method: z.literal('scale'),
    min: z.number().default(1),
    max: z.number().default(5),
  }),
  z.strictObject({
    method: z.literal('categorical'),
    map: z
      .record(z.string(), unitInterval)
      .refine((m) => Object.keys(m).length > 0, 'normalize.map needs at least one label'),
  }),
  /** Dates scored by recency: min-max over the days, the latest date 1 (DESIGN 3.1). */
  z.strictObject({
    method: z.literal('recency'),
    /** How "3/4/2016" reads; left out, the workbook's locale decides (decimal comma: day first). */
    order: z.enum(['month-first', 'day-first']).optional(),
  }),
  z.strictObject({
    method: z.literal('rating'),
    /** Scale for plain numbers in a rating column (default 1..5). */
    min: z.number().default(1),
    max: z.number().default(5),
  }),
]);

export type NormalizeSpec = z.output<typeof normalizeSchema>;

export const criterionSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
      'may hold only letters, digits, "-" and "_", starting with a letter or digit',
    ),
  column: z.string().trim().min(1, 'cannot be empty: give the header of the column to read'),
  /** Human label; defaults to the column header. */
  label: z.string().optional(),
  weight: z.number().min(0, 'cannot be negative').max(1e6),
  direction: z.enum(['higher', 'lower']).default('higher'),
  normalize: normalizeSchema,
});

export type Criterion = z.output<typeof criterionSchema>;

/**
 * A criterion as a model file may write it: `normalize` may be left out, and then the method the
 * column's values suggest applies (DESIGN 4.1), filled in once the table is known (completeModel).
 */
export const criterionFileSchema = criterionSchema.extend({
  normalize: normalizeSchema.optional(),
});
export type CriterionFile = z.output<typeof criterionFileSchema>;

const shareBand = z.strictObject({
  name: z.string().trim().min(1),
  share: z.number().gt(0).max(1).optional(),
});
const thresholdBand = z.strictObject({
  name: z.string().trim().min(1),
  min: z.number().optional(),
});
const countBand = z.strictObject({
  name: z.string().trim().min(1),
  count: z.number().int().min(1).optional(),
});

function restBandRule(bands: readonly { name: string }[], key: string, ctx: z.RefinementCtx): void {
  const names = new Set<string>();
  bands.forEach((band, i) => {
    const lower = band.name.toLowerCase();
    if (names.has(lower))
      ctx.addIssue({
        code: 'custom',
        path: ['bands', i, 'name'],
        message: `the band name "${band.name}" is used twice`,
      });
    names.add(lower);
    const value = (band as Record<string, unknown>)[key];
    if (i < bands.length - 1 && value === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['bands', i, key],
        message: `every band but the last needs a ${key}`,
      });
  });
}

export const tierPolicySchema = z.discriminatedUnion('method', [
  z
    .strictObject({ method: z.literal('top-share'), bands: z.array(shareBand).min(1).max(10) })
    .superRefine((policy, ctx) => {
      restBandRule(policy.bands, 'share', ctx);
      const total = policy.bands.slice(0, -1).reduce((sum, b) => sum + (b.share ?? 0), 0);
      if (total > 1 + 1e-9)
        ctx.addIssue({
          code: 'custom',
          path: ['bands'],
          message: 'band shares add up to more than 1',
        });
    }),
  z
    .strictObject({ method: z.literal('thresholds'), bands: z.array(thresholdBand).min(1).max(10) })
    .superRefine((policy, ctx) => {
      restBandRule(policy.bands, 'min', ctx);
      for (let i = 1; i < policy.bands.length - 1; i++) {
        if ((policy.bands[i].min ?? 0) >= (policy.bands[i - 1].min ?? 0))
          ctx.addIssue({
            code: 'custom',
            path: ['bands', i, 'min'],
            message: 'score cut-offs must go down from band to band',
          });
      }
    }),
  z
    .strictObject({ method: z.literal('top-n'), bands: z.array(countBand).min(1).max(10) })
    .superRefine((policy, ctx) => restBandRule(policy.bands, 'count', ctx)),
]);

export type TierPolicy = z.output<typeof tierPolicySchema>;

export const DEFAULT_TIERS: TierPolicy = {
  method: 'top-share',
  bands: [{ name: 'Key', share: 0.2 }, { name: 'Growth', share: 0.3 }, { name: 'Core' }],
};

export const abcSchema = z
  .strictObject({ a: unitInterval.default(0.8), b: unitInterval.default(0.95) })
  .refine((t) => t.a < t.b, { message: 'class A threshold "a" must be below "b"' });

export type AbcThresholds = z.output<typeof abcSchema>;
export const DEFAULT_ABC: AbcThresholds = { a: 0.8, b: 0.95 };

/** The minimum coverage when a model names none: a score resting on less than 60% of the weight gets no tier. */
export const DEFAULT_MIN_COVERAGE = 0.6;

export const rowFilterSchema = z.record(
  z.string().trim().min(1, 'cannot be empty: name the column to filter on'),
  z.array(z.string()).min(1, 'must list at least one value to keep'),
);
export type RowFilter = z.output<typeof rowFilterSchema>;

/**
 * Exchange rates for money columns whose cells state their currency: each rate is what one unit of
 * that currency is worth in `base` ("EUR": 1.08 with base "USD"). Cells stating no currency are in base.
 */
export const currenciesSchema = z.strictObject({
  base: z.string().trim().min(1, 'cannot be empty: name the currency to convert to'),
  rates: z.record(
    z.string().trim().min(1),
    z.number().positive('must be above 0 (what one unit is worth in the base currency)').finite(),
  ),
});
export type Currencies = z.output<typeof currenciesSchema>;

export const missingPolicySchema = z.enum(['reweight', 'zero', 'neutral']);
export type MissingPolicy = z.output<typeof missingPolicySchema>;

/** What every model must hold beyond its fields' own rules: unique ids, valid scales, a weight above 0. */
function modelRules(
  model: {
    readonly criteria: readonly {
      readonly id: string;
      readonly weight: number;
      readonly normalize?: NormalizeSpec;
    }[];
  },
  ctx: z.RefinementCtx,
): void {
  const ids = new Set<string>();
  model.criteria.forEach((c, i) => {
    if (ids.has(c.id))
      ctx.addIssue({
        code: 'custom',
        path: ['criteria', i, 'id'],
        message: `the id "${c.id}" is also the id of an earlier criterion`,
      });
    ids.add(c.id);
    const spec = c.normalize;
    if ((spec?.method === 'scale' || spec?.method === 'rating') && !(spec.max > spec.min))
      ctx.addIssue({
        code: 'custom',
        path: ['criteria', i, 'normalize', 'max'],
        message: 'normalize.max must be above normalize.min',
      });
  });
  if (model.criteria.length > 0 && !model.criteria.some((c) => c.weight > 0))
    ctx.addIssue({
      code: 'custom',
      path: ['criteria'],
      message: 'at least one criterion needs a weight above 0',
    });
}

/** The model's fields, for a criterion schema: complete criteria (a saved model) or a file's. */
function modelFields<C extends z.ZodType>(criterion: C) {
  return {
    version: z.literal(MODEL_VERSION),
    name: z.string().trim().min(1).max(120).default('Custom model'),
    /** Header of the account-name column; detected when left out. */
    idColumn: z.string().trim().min(1).optional(),
    /** Header of the revenue column used for concentration; detected when left out. */
    revenueColumn: z.string().trim().min(1).optional(),
    missing: missingPolicySchema.default('reweight'),
    criteria: z.array(criterion).min(1, 'must list at least one criterion').max(20),
    tiers: tierPolicySchema.default(DEFAULT_TIERS),
    abc: abcSchema.default(DEFAULT_ABC),
    /**
     * Least share of the criteria weight an account needs values for to get a rank and a tier
     * (DESIGN 3.3); below it the account keeps its score but shows "Not enough data". 0 turns it off.
     */
    minCoverage: unitInterval.default(DEFAULT_MIN_COVERAGE),
    /**
     * Rows to keep: a row is in the run only when, in each named column, it holds one of the listed
     * values (case and spaces aside). Left-out rows get no result and are in no figure.
     */
    filter: rowFilterSchema.optional(),
    /** Converts amounts stated in several currencies to one before anything is added up or compared. */
    currencies: currenciesSchema.optional(),
  };
}

/** A complete model: what a run applies and a workbook stores (every criterion has its normalisation). */
export const modelSchema = z.strictObject(modelFields(criterionSchema)).superRefine(modelRules);

/** A model file as users write it: a criterion's `normalize` may be left out (see criterionFileSchema). */
export const modelFileSchema = z
  .strictObject(modelFields(criterionFileSchema))
  .superRefine(modelRules);

export type Model = z.output<typeof modelSchema>;
/** What a user may write: fields with defaults can be left out. */
export type ModelInput = z.input<typeof modelSchema>;
/** A parsed model file: a complete Model, except that a criterion may still lack its normalisation. */
export type ModelFile = z.output<typeof modelFileSchema>;

/** Turns zod issues into one readable sentence per problem, with the path in the model. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 8)
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.map(String).join('.') : 'model';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

/** Refuses data that is not a model of this version, with what is wrong; otherwise null. */
function versionProblem(data: unknown): Outcome<never> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { kind: 'error', code: 'model-not-object', message: 'The model must be a JSON object.' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > MODEL_VERSION) {
    return {
      kind: 'error',
      code: 'model-newer-version',
      message: `This model was saved by a newer version of the add-in (model version ${version}; this version reads ${MODEL_VERSION}). Update the add-in to use it.`,
    };
  }
  if (version !== MODEL_VERSION) {
    return {
      kind: 'error',
      code: 'model-unknown-version',
      message: `The model has no known "version" (expected ${MODEL_VERSION}, found ${JSON.stringify(version ?? null)}).`,
    };
  }
  return null;
}

function parseWith<S extends z.ZodType>(schema: S, data: unknown): Outcome<z.output<S>> {
  const refused = versionProblem(data);
  if (refused !== null) return refused;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return {
      kind: 'error',
      code: 'model-invalid',
      message: `The model is not valid: ${describeModelIssues(parsed.error.issues, data)}.`,
    };
  }
  return { kind: 'ok', value: parsed.data };
}

/**
 * Reads a complete model (a saved one) from untrusted JSON-like data. A model from a newer or
 * unknown version, or a malformed one, is refused whole with a message that says what is wrong.
 */
export function parseModel(data: unknown): Outcome<Model> {
  return parseWith(modelSchema, data);
}

/** Reads a model file: as parseModel, but a criterion may leave out `normalize` (completeModel fills it in). */
export function parseModelFile(data: unknown): Outcome<ModelFile> {
  return parseWith(modelFileSchema, data);
}

/**
 * JSON text as a file holds it, without the UTF-8 byte-order mark some editors (Notepad, Excel's
 * "UTF-8" export) put first: JSON.parse refuses it, and it carries no meaning.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON text then the model file; JSON syntax errors become a readable refusal too. */
export function parseModelJson(text: string): Outcome<ModelFile> {
  let data: unknown;
  try {
    data = JSON.parse(withoutByteOrderMark(text));
  } catch (error) {
    return {
      kind: 'error',
      code: 'model-not-json',
      message: `The model file is not valid JSON (${(error as Error).message}).`,
    };
  }
  return parseModelFile(data);
}
