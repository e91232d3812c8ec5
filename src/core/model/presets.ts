// Ready-made weightings of the catalogue, and the model a preset makes of the columns a table has.
import type { ColumnDetection, CriterionCandidate } from '../columns/detect';
import { CRITERIA_CATALOGUE, type CriterionKindId } from './catalogue';
import { type Model, type ModelInput, MODEL_VERSION, parseModel } from './schema';
import type { Diagnostic } from '../diagnostics';
import type { Outcome } from '../outcome';
import type { RawTable } from '../table/types';

export type PresetName = 'balanced' | 'growth' | 'relationship' | 'revenue';

export interface Preset {
  readonly name: PresetName;
  /** "Balanced", "Growth potential first", ... */
  readonly label: string;
  readonly description: string;
  /** Relative weights; every kind has one so that any table finds its columns weighted. */
  readonly weights: Readonly<Partial<Record<CriterionKindId, number>>>;
}

/** The weight a preset gives a column no catalogue kind names (a CRM's Rating, SLA, Priority...). */
export const CUSTOM_WEIGHT = 10;

/** Key-account practice scores on 3 to 5 criteria: fewer makes one criterion decide, more dilutes each. */
export const MIN_CRITERIA = 3;
export const MAX_CRITERIA = 5;
/**
 * Below this a candidate is only a hint (a header like "Fit" that is part of a synonym): the
 * taskpane offers it, but a model built without the user looking never rests on it.
 */
export const MIN_PRESET_CONFIDENCE = 0.3;

export const PRESETS: readonly Preset[] = [
  {
    name: 'balanced',
    label: 'Balanced',
    description:
      'Current revenue, potential and fit weighed together: the best accounts, not just the largest.',
    // prettier-ignore
    weights: {
      arr: 25, 'revenue-potential': 20, 'product-fit': 20, relationships: 15, solvency: 10, 'shared-vision': 10,
      'cost-to-serve': 10, 'executive-fit': 10, margin: 10, breadth: 5, geography: 5,
    },
  },
  {
    name: 'growth',
    label: 'Growth potential first',
    description:
      'Favours accounts with room to grow and a good fit, even when they are small today.',
    // prettier-ignore
    weights: {
      'revenue-potential': 35, 'product-fit': 20, 'shared-vision': 15, breadth: 10, arr: 10, relationships: 10,
      'executive-fit': 5, solvency: 5, margin: 5, 'cost-to-serve': 5, geography: 5,
    },
  },
  {
    name: 'relationship',
    label: 'Relationship first',
    description:
      'Favours accounts where we are trusted and aligned: strong relationships, executive fit, shared vision.',
    // prettier-ignore
    weights: {
      relationships: 30, 'executive-fit': 20, 'shared-vision': 20, 'product-fit': 15, arr: 10, 'revenue-potential': 10,
      geography: 5, solvency: 5, margin: 5, 'cost-to-serve': 5, breadth: 5,
    },
  },
  {
    name: 'revenue',
    label: 'Revenue first',
    description:
      'Favours what accounts bring in today and how profitably, with potential as a second thought.',
    // prettier-ignore
    weights: {
      arr: 40, 'revenue-potential': 20, margin: 15, solvency: 10, 'cost-to-serve': 10, breadth: 10, 'product-fit': 5,
      relationships: 5, 'shared-vision': 5, 'executive-fit': 5, geography: 5,
    },
  },
];

/** "Growth potential first" -> "growth-potential-first": how users type a preset on the command line. */
function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Finds a preset by name or label, ignoring case, spaces and dashes ("Balanced", "growth-potential-first"). */
export function findPreset(name: string): Preset | undefined {
  const wanted = slug(name);
  return PRESETS.find((p) => slug(p.name) === wanted || slug(p.label) === wanted);
}

/** The preset's kinds, heaviest first; equal weights keep catalogue order. */
function kindsByWeight(preset: Preset): CriterionKindId[] {
  return CRITERIA_CATALOGUE.map((k) => k.id)
    .filter((id) => (preset.weights[id] ?? 0) > 0)
    .sort((a, b) => (preset.weights[b] ?? 0) - (preset.weights[a] ?? 0));
}

/** The best sure column for each kind: highest confidence, then the fuller column, then the leftmost. */
function bestPerKind(
  candidates: readonly CriterionCandidate[],
): Map<CriterionKindId, CriterionCandidate> {
  const best = new Map<CriterionKindId, CriterionCandidate>();
  for (const c of candidates) {
    if (c.kind === 'custom' || c.confidence < MIN_PRESET_CONFIDENCE) continue;
    const current = best.get(c.kind);
    const better =
      current === undefined ||
      c.confidence > current.confidence ||
      (c.confidence === current.confidence &&
        (c.filled > current.filled || (c.filled === current.filled && c.index < current.index)));
    if (better) best.set(c.kind, c);
  }
  return best;
}

function quoted(headers: readonly string[]): string {
  return headers.map((h) => `"${h}"`).join(', ');
}

/**
 * Builds a model from a preset over a detection: the preset's heaviest kinds that the table has
 * (the best column for each), 3 to 5 of them when the table allows. Fewer than 3 gives a
 * 'criteria-count' warning; no revenue column or no usable criterion is an error. Without an
 * account-name column the model leaves idColumn out and accounts are named by row.
 */
export function modelFromPreset(
  preset: Preset,
  detection: ColumnDetection,
  table: RawTable,
): Outcome<{ readonly model: Model; readonly warnings: readonly Diagnostic[] }> {
  if (detection.revenue === null) {
    return {
      kind: 'error',
      code: 'no-revenue-column',
      message: `No revenue column was found on sheet "${table.sheet}": looked for headers such as Revenue, ARR, Sales, Turnover or Bookings holding numbers, among ${quoted(table.headers)}. Rename the revenue column or choose it in the model.`,
    };
  }
  const best = bestPerKind(detection.candidates);
  const catalogue = kindsByWeight(preset)
    .map((id) => best.get(id))
    .filter((c): c is CriterionCandidate => c !== undefined);
  // Catalogue kinds first, then the strongest other columns (Rating, SLA...), up to five criteria.
  const used = new Set(catalogue.map((c) => c.index));
  const custom = detection.candidates.filter(
    (c) => c.kind === 'custom' && c.confidence >= MIN_PRESET_CONFIDENCE && !used.has(c.index),
  );
  const chosen = [...catalogue, ...custom].slice(0, MAX_CRITERIA);
  if (chosen.length === 0) {
    return {
      kind: 'error',
      code: 'no-criteria',
      message: `No column on sheet "${table.sheet}" can serve as a scoring criterion (headers: ${quoted(table.headers)}). Name columns after criteria such as Product fit, Relationship, Revenue potential or Credit rating, or build the model by hand.`,
    };
  }

  const input: ModelInput = {
    version: MODEL_VERSION,
    name: preset.label,
    ...(detection.id === null ? {} : { idColumn: detection.id.header }),
    revenueColumn: detection.revenue.header,
    criteria: chosen.map((c) => ({
      id: c.id,
      ...(c.kind === 'custom' ? { label: c.label } : {}),
      column: c.header,
      weight: c.kind === 'custom' ? CUSTOM_WEIGHT : (preset.weights[c.kind] ?? 0),
      direction: c.direction,
      normalize: c.normalize,
    })),
  };
  const parsed = parseModel(input);
  if (parsed.kind === 'error') return parsed;

  const warnings: Diagnostic[] = [];
  if (chosen.length < MIN_CRITERIA) {
    warnings.push({
      cell: '',
      row: 0,
      column: '',
      code: 'criteria-count',
      severity: 'warning',
      message: `Only ${chosen.length} of the table's columns can be scored (${chosen.map((c) => c.header).join(', ')}); key-account practice uses 3 to 5 criteria, so add columns such as Product fit or Relationship for a sounder ranking.`,
    });
  }
  if (detection.id === null) {
    warnings.push({
      cell: '',
      row: 0,
      column: '',
      code: 'missing-id',
      severity: 'info',
      message: `No account-name column was found (such as Account, Customer or Company); accounts are named by their row numbers.`,
    });
  }
  return { kind: 'ok', value: { model: parsed.value, warnings } };
}
