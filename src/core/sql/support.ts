// Which parts of a model the SQL translation handles: a model using anything else is refused, never half-translated.
import type { Criterion, Model, NormalizeSpec } from '../model/schema';
import { type Outcome, fail } from '../outcome';

/**
 * Every model field, and whether the SQL carries it out. Typed as a record over the model's keys,
 * so a field added to the model does not compile until someone decides here what SQL does with it;
 * a field marked `refused` makes the generator decline a model that sets it.
 */
const MODEL_FIELDS: Readonly<Record<keyof Model, 'translated' | 'ignored' | 'refused'>> = {
  version: 'ignored', // checked by parseModel
  name: 'ignored', // a label for people; never pasted into the SQL
  idColumn: 'translated',
  revenueColumn: 'translated',
  missing: 'translated',
  criteria: 'translated',
  tiers: 'translated',
  abc: 'translated',
  minCoverage: 'translated',
  filter: 'refused', // a row filter: not translated yet
  currencies: 'refused', // currency conversion: not translated yet
};

const CRITERION_FIELDS: Readonly<Record<keyof Criterion, 'translated' | 'ignored' | 'refused'>> = {
  id: 'translated',
  column: 'translated',
  label: 'ignored', // shown in explanations, which the SQL does not produce
  weight: 'translated',
  direction: 'translated',
  normalize: 'translated',
};

const METHODS: Readonly<Record<NormalizeSpec['method'], 'translated' | 'refused'>> = {
  minmax: 'translated',
  'log-minmax': 'translated',
  percentile: 'translated',
  scale: 'translated',
  categorical: 'translated',
  rating: 'translated',
  recency: 'refused', // dates: the warehouse's date types and "today" need their own translation
};

function refuse(what: string): Outcome<never> {
  return fail(
    'sql-unsupported-model',
    `The SQL translation does not handle ${what} yet, and a query that left it out would give other numbers than the workbook. Run this model with "kam identify" instead, or remove it from the model.`,
  );
}

function checkFields(
  value: object,
  known: Readonly<Record<string, string>>,
  where: string,
): Outcome<true> {
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    const status = known[key];
    if (status === undefined || status === 'refused') return refuse(`${where}"${key}"`);
  }
  return { kind: 'ok', value: true };
}

/**
 * Whether the SQL can run this model exactly: every field it sets is one the translation knows,
 * and it names its revenue column (a warehouse table has no sample to detect it from).
 */
export function checkTranslatable(model: Model): Outcome<true> {
  const top = checkFields(model, MODEL_FIELDS, 'the model field ');
  if (top.kind === 'error') return top;
  for (const criterion of model.criteria) {
    const fields = checkFields(
      criterion,
      CRITERION_FIELDS,
      `criterion "${criterion.id}": the field `,
    );
    if (fields.kind === 'error') return fields;
    if (METHODS[criterion.normalize.method] !== 'translated')
      return refuse(
        `criterion "${criterion.id}": the normalisation "${criterion.normalize.method}"`,
      );
  }
  if (model.revenueColumn === undefined)
    return fail(
      'sql-needs-column',
      'The model does not name its revenue column. Add "revenueColumn" to the model: the concentration figures (80/20, ABC, Gini) are measured on it.',
    );
  return { kind: 'ok', value: true };
}

/** A query returns the account column beside each result and orders equal revenues by it, unless told otherwise. */
export function checkAccountColumn(model: Model): Outcome<true> {
  if (model.idColumn !== undefined) return { kind: 'ok', value: true };
  return fail(
    'sql-needs-column',
    'The model does not name its account column. Add "idColumn" (the column with the account names) to the model: the query returns it beside each result.',
  );
}
