// zod's issues about a model file, as sentences a finance user can act on: which criterion, which field, the fix.
import type { z } from 'zod';

/** At most this many problems are listed: the first ones are enough to start fixing. */
const MAX_LISTED = 8;

/** zod's own wording ("Invalid input: expected ..."), which the sentences below replace; a schema's own message is kept. */
const ZOD_WORDING = /^(Invalid|Too (small|big)|Unrecognized)/;

/** A field that is an object in the model, with what it looks like: said when one is missing or mistyped. */
const SHAPES: Readonly<Record<string, string>> = {
  normalize: '{"method": "minmax"}',
  tiers: '{"method": "top-share", "bands": [{"name": "Key", "share": 0.2}, {"name": "Core"}]}',
  abc: '{"a": 0.8, "b": 0.95}',
  filter: '{"Type": ["Customer"]}',
  currencies: '{"base": "USD", "rates": {"EUR": 1.08}}',
};

const EXPECTED: Readonly<Record<string, string>> = {
  object: 'an object',
  record: 'an object',
  array: 'a list [...]',
  number: 'a number',
  string: 'a text in quotes',
  boolean: 'true or false',
};

type Path = readonly PropertyKey[];

/** The value at a path of the data as the user wrote it (undefined where there is none). */
function valueAt(data: unknown, path: Path): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A criterion's or band's name from the data, for the reader: its label, column, id or name. */
function nameOf(item: unknown, keys: readonly string[]): string | null {
  if (typeof item !== 'object' || item === null) return null;
  for (const key of keys) {
    const value = (item as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

interface Place {
  /** "criterion 2 (Cost to serve)", "tier band 1 (Key)", or null for the model's own fields. */
  readonly subject: string | null;
  /** The field within the subject, dotted ("normalize.method"); "" for the subject itself. */
  readonly field: string;
}

function placeOf(path: Path, data: unknown): Place {
  const dotted = (keys: Path): string => keys.map(String).join('.');
  if (path[0] === 'criteria' && typeof path[1] === 'number') {
    const name = nameOf(valueAt(data, path.slice(0, 2)), ['label', 'column', 'id']);
    const subject = `criterion ${path[1] + 1}${name === null ? '' : ` (${name})`}`;
    return { subject, field: dotted(path.slice(2)) };
  }
  if (path[0] === 'tiers' && path[1] === 'bands' && typeof path[2] === 'number') {
    const name = nameOf(valueAt(data, path.slice(0, 3)), ['name']);
    const subject = `tier band ${path[2] + 1}${name === null ? '' : ` (${name})`}`;
    return { subject, field: dotted(path.slice(3)) };
  }
  return { subject: null, field: dotted(path) };
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `the text "${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function found(value: unknown): string {
  return value === undefined ? '' : ` (found ${shown(value)})`;
}

/** What is wrong with the field, as the rest of a sentence that starts with the field's name. */
function predicate(issue: z.core.$ZodIssue, value: unknown, lastKey: string): string {
  switch (issue.code) {
    case 'invalid_type': {
      const shape = SHAPES[lastKey];
      const expected =
        shape !== undefined
          ? `an object like ${shape}`
          : (EXPECTED[issue.expected] ?? issue.expected);
      return value === undefined
        ? `is missing: give ${expected}`
        : `must be ${expected}${found(value)}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}${found(value)}`;
    case 'invalid_union': {
      // A discriminated union whose "method" names no variant.
      const options = (issue as { options?: readonly unknown[] }).options;
      return options === undefined
        ? `is not in a form the model knows${found(value)}`
        : `must be one of ${options.map(String).join(', ')}${found(value)}`;
    }
    case 'too_small':
    case 'too_big': {
      if (!ZOD_WORDING.test(issue.message)) return issue.message;
      const small = issue.code === 'too_small';
      const bound = Number(small ? issue.minimum : issue.maximum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'string')
        return small ? 'cannot be empty' : `must be at most ${bound} characters long`;
      if (issue.origin === 'array')
        return small ? `must list at least ${bound}` : `may list at most ${bound}`;
      if (small) return inclusive ? `must be at least ${bound}` : `must be above ${bound}`;
      return inclusive ? `must be at most ${bound}` : `must be below ${bound}`;
    }
    default:
      return ZOD_WORDING.test(issue.message) ? `is not valid${found(value)}` : issue.message;
  }
}

/** One issue as a sentence: "criterion 1 (Cost to serve): normalize.method must be one of minmax, ...". */
function sentence(issue: z.core.$ZodIssue, data: unknown): string {
  const place = placeOf(issue.path, data);
  // The schema's own rules (a custom issue) are written as whole clauses that name their field.
  if (issue.code === 'custom') {
    const subject = place.subject ?? (place.field === '' ? 'the model' : place.field.split('.')[0]);
    return `${subject}: ${issue.message}`;
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    const of =
      place.field !== '' ? ` of ${place.field}` : place.subject === null ? ' of the model' : '';
    const text = `${keys} ${issue.keys.length === 1 ? 'is not a known field' : 'are not known fields'}${of} (a typo? names are case-sensitive)`;
    return place.subject === null ? text : `${place.subject}: ${text}`;
  }
  const lastKey = String(issue.path[issue.path.length - 1] ?? '');
  const what = predicate(issue, valueAt(data, issue.path), lastKey);
  const field = place.field === '' ? (place.subject === null ? 'the model' : '') : place.field;
  const clause = field === '' ? what : `${field} ${what}`;
  return place.subject === null ? clause : `${place.subject}: ${clause}`;
}

/** zod's issues about model data as sentences, separated by "; " (the first MAX_LISTED of them). */
export function describeModelIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string {
  const listed = issues.slice(0, MAX_LISTED).map((issue) => sentence(issue, data));
  const more = issues.length - listed.length;
  return more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ');
}
