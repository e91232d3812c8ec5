// The model being edited in the panel (may be incomplete), and its conversions to and from a valid Model.
import {
  profileValues,
  sampleCells,
  suggestNormalization,
  type ColumnDetection,
  findColumn,
  criterionKind,
  type CriterionKindId,
  isCriterionKindId,
  type AbcThresholds,
  criterionSchema,
  DEFAULT_ABC,
  DEFAULT_TIERS,
  type MissingPolicy,
  type Model,
  MODEL_VERSION,
  type NormalizeSpec,
  parseModel,
  type TierPolicy,
  MAX_CRITERIA,
  MIN_CRITERIA,
  modelFromPreset,
  type Preset,
  type Outcome,
  type RawTable,
  DEFAULT_MIN_COVERAGE,
  type CriterionCandidate,
  customCriterionId,
  type RowFilter,
} from '../../core';
import { prefillLabelMap, textLabels } from './label-map';

export type Direction = 'higher' | 'lower';

export interface DraftCriterion {
  /** The model's criterion id: the catalogue kind's id, or a loaded model's own id. */
  readonly id: string;
  /** The catalogue kind, when the id is one (a loaded model may use its own ids). */
  readonly kind: CriterionKindId | null;
  /** A loaded model's own label, kept when saved again. */
  readonly label?: string;
  /** Header of the column to read; "" until the user chooses one. */
  readonly column: string;
  readonly weight: number;
  readonly direction: Direction;
  readonly normalize: NormalizeSpec;
}

export interface ModelDraft {
  readonly name: string;
  /** null: accounts are named by their row. */
  readonly idColumn: string | null;
  readonly revenueColumn: string | null;
  readonly criteria: readonly DraftCriterion[];
  readonly missing: MissingPolicy;
  readonly tiers: TierPolicy;
  readonly abc: AbcThresholds;
  readonly minCoverage: number;
  /** Rows to keep (column -> values); undefined keeps every row. */
  readonly filter?: RowFilter;
}

export const EMPTY_DRAFT: ModelDraft = {
  name: 'Custom model',
  idColumn: null,
  revenueColumn: null,
  criteria: [],
  missing: 'reweight',
  tiers: DEFAULT_TIERS,
  abc: DEFAULT_ABC,
  minCoverage: DEFAULT_MIN_COVERAGE,
};

/** Weight given to a criterion the user ticks when the preset has none for it. */
export const DEFAULT_WEIGHT = 10;

type ScoringRules = Pick<Model, 'missing' | 'tiers' | 'abc' | 'minCoverage' | 'filter'>;

/** The fields a model and a draft share as they are: the missing policy, tiers, ABC, minimum coverage, filter. */
function scoringRules(from: ScoringRules): ScoringRules {
  const { missing, tiers, abc, minCoverage, filter } = from;
  return { missing, tiers, abc, minCoverage, ...(filter === undefined ? {} : { filter }) };
}

/** What the panel calls a criterion: the catalogue label, else the model's label, else its column. */
export function criterionLabel(criterion: DraftCriterion): string {
  if (criterion.kind !== null) return criterionKind(criterion.kind).label;
  return criterion.label ?? (criterion.column || criterion.id);
}

export function draftFromModel(model: Model): ModelDraft {
  return {
    name: model.name,
    idColumn: model.idColumn ?? null,
    revenueColumn: model.revenueColumn ?? null,
    ...scoringRules(model),
    criteria: model.criteria.map((c) => ({
      id: c.id,
      kind: isCriterionKindId(c.id) ? c.id : null,
      ...(c.label === undefined ? {} : { label: c.label }),
      column: c.column,
      weight: c.weight,
      direction: c.direction,
      normalize: c.normalize,
    })),
  };
}

/** The saved model a draft stands for; a draft with gaps is refused with what to fill in. */
export function modelFromDraft(draft: ModelDraft): Outcome<Model> {
  const unassigned = draft.criteria.filter((c) => c.column.trim() === '');
  if (unassigned.length > 0) {
    const names = unassigned.map(criterionLabel).join(', ');
    return {
      kind: 'error',
      code: 'criterion-without-column',
      message: `Choose a column for ${names}.`,
    };
  }
  if (draft.revenueColumn === null) {
    return {
      kind: 'error',
      code: 'no-revenue-column',
      message: 'Choose the revenue column (current revenue or ARR) under Data.',
    };
  }
  if (draft.criteria.length === 0) {
    return {
      kind: 'error',
      code: 'no-criteria',
      message: 'Pick at least one criterion under Criteria.',
    };
  }
  const emptyConditions = Object.entries(draft.filter ?? {}).filter(
    ([, values]) => values.length === 0,
  );
  if (emptyConditions.length > 0) {
    return {
      kind: 'error',
      code: 'filter-without-values',
      message: `Tick at least one value of ${emptyConditions.map(([column]) => column).join(', ')} under "Only accounts where…", or remove the condition.`,
    };
  }
  const unvalued = draft.criteria.filter(lacksLabelValues);
  if (unvalued.length > 0) {
    return {
      kind: 'error',
      code: 'criterion-without-values',
      message: `Give the labels of ${unvalued.map(criterionLabel).join(', ')} a value from 0 to 1 under Criteria, or remove it: their order is not known.`,
    };
  }
  return parseModel({
    version: MODEL_VERSION,
    name: draft.name.trim() === '' ? 'Custom model' : draft.name,
    ...(draft.idColumn === null ? {} : { idColumn: draft.idColumn }),
    revenueColumn: draft.revenueColumn,
    ...scoringRules(draft),
    criteria: draft.criteria.map((c) => ({
      id: c.id,
      column: c.column,
      ...(c.label === undefined ? {} : { label: c.label }),
      weight: c.weight,
      direction: c.direction,
      normalize: c.normalize,
    })),
  });
}

/** A label criterion none of whose labels has a value yet: it cannot count until the user gives them one. */
export function lacksLabelValues(criterion: DraftCriterion): boolean {
  return (
    criterion.normalize.method === 'categorical' &&
    Object.keys(criterion.normalize.map).length === 0
  );
}

/** A column offered beyond the catalogue, picked: read as detection suggests, named by its header. */
export function criterionForCandidate(
  candidate: CriterionCandidate,
  weight: number,
): DraftCriterion {
  return {
    id: candidate.id,
    kind: null,
    label: candidate.label,
    column: candidate.header,
    weight,
    direction: candidate.direction,
    normalize: candidate.normalize,
  };
}

/** A column of labels with no known order, picked: its labels wait for the user's values. */
export function criterionForLabels(
  header: string,
  table: RawTable,
  weight: number,
): DraftCriterion {
  return {
    id: customCriterionId(header, findColumn(table.headers, header)),
    kind: null,
    label: header,
    column: header,
    weight,
    direction: 'higher',
    normalize: { method: 'categorical', map: {} },
  };
}

/** What a model is called once the user changes the preset it came from: "Custom (from Balanced)". */
export function editedName(name: string): string {
  return /^Custom \(from .*\)$/.test(name) ? name : `Custom (from ${name})`;
}

/** The warning for a criteria count outside key-account practice's 3 to 5, or null. */
export function criteriaCountWarning(count: number): string | null {
  if (count >= MIN_CRITERIA && count <= MAX_CRITERIA) return null;
  const why =
    count < MIN_CRITERIA
      ? 'with fewer, one criterion decides alone'
      : 'with more, each one counts for little';
  return `${count} ${count === 1 ? 'criterion is' : 'criteria are'} picked. Key-account practice scores on 3 to 5 criteria: ${why}. You can still run it.`;
}

/** How a kind reads a column: the core's suggestion from the values, else a safe default for its value kind. */
export function readingFor(
  kind: CriterionKindId | null,
  table: RawTable,
  header: string,
): { normalize: NormalizeSpec; direction: Direction } | null {
  const index = findColumn(table.headers, header);
  if (index < 0 || kind === null) return null;
  const catalogue = criterionKind(kind);
  const suggestion = suggestNormalization(
    catalogue,
    profileValues(sampleCells(table, index), table),
    table,
    index,
  );
  if (suggestion !== null)
    return { normalize: suggestion.normalize, direction: catalogue.direction };
  const fallback: NormalizeSpec =
    catalogue.valueKind === 'money'
      ? { method: 'log-minmax' }
      : { method: 'rating', min: 1, max: 5 };
  return { normalize: fallback, direction: catalogue.direction };
}

/** A ticked catalogue kind: its best detected column with the detection's reading, or no column yet. */
export function criterionForKind(
  kind: CriterionKindId,
  detection: ColumnDetection,
  weight: number,
): DraftCriterion {
  const catalogue = criterionKind(kind);
  const candidate = detection.candidates.find((c) => c.kind === kind);
  return {
    id: kind,
    kind,
    column: candidate?.header ?? '',
    weight,
    direction: candidate?.direction ?? catalogue.direction,
    normalize:
      candidate?.normalize ??
      (catalogue.valueKind === 'money'
        ? { method: 'log-minmax' }
        : { method: 'rating', min: 1, max: 5 }),
  };
}

/** A new normalisation method for a criterion, carrying over what still applies (scale bounds, label map). */
export function switchMethod(
  method: NormalizeSpec['method'],
  current: NormalizeSpec,
  table: RawTable,
  header: string,
): NormalizeSpec {
  switch (method) {
    case 'minmax':
    case 'log-minmax':
    case 'percentile':
      return { method };
    case 'recency':
      return current.method === 'recency' ? current : { method };
    case 'scale':
    case 'rating': {
      const bounds =
        current.method === 'scale' || current.method === 'rating'
          ? { min: current.min, max: current.max }
          : { min: 1, max: 5 };
      return { method, ...bounds };
    }
    case 'categorical':
      return current.method === 'categorical'
        ? current
        : { method, map: prefillLabelMap(textLabels(table, header) ?? []) };
  }
}

/**
 * The preset's model over this table (the same model the ribbon button and the CLI would build),
 * with the user's own choice of id and revenue columns kept.
 */
export function draftFromPreset(
  preset: Preset,
  detection: ColumnDetection,
  table: RawTable,
  current: ModelDraft,
): Outcome<ModelDraft> {
  const revenueIndex =
    current.revenueColumn === null ? -1 : findColumn(table.headers, current.revenueColumn);
  const revenue =
    revenueIndex < 0
      ? detection.revenue
      : {
          index: revenueIndex,
          header: table.headers[revenueIndex],
          confidence: 1,
          reason: 'chosen by the user',
        };
  const built = modelFromPreset(
    preset,
    {
      id: detection.id,
      revenue,
      candidates: detection.candidates,
      diagnostics: [],
      notes: [],
    },
    table,
  );
  if (built.kind === 'error') return built;
  const draft = draftFromModel(built.value.model);
  return { kind: 'ok', value: { ...draft, idColumn: current.idColumn ?? draft.idColumn } };
}

/** The draft's shape without its weights: what-if preparation is redone only when this changes. */
export function structureKey(draft: ModelDraft): string {
  return JSON.stringify({
    ...draft,
    name: '',
    criteria: draft.criteria.map((c) => ({ ...c, weight: 0 })),
  });
}

/**
 * The runnable part of a draft for the live preview: the criteria whose column exists and whose
 * settings are valid (weights set to 1: the what-if supplies the real ones), and their positions
 * in the draft. Null without a usable revenue column or criterion.
 */
export function previewModel(
  draft: ModelDraft,
  table: RawTable,
): { model: Model; positions: number[] } | null {
  if (draft.revenueColumn === null || findColumn(table.headers, draft.revenueColumn) < 0)
    return null;
  const positions: number[] = [];
  const criteria: Model['criteria'] = [];
  draft.criteria.forEach((c, i) => {
    if (findColumn(table.headers, c.column) < 0) return;
    const parsed = criterionSchema.safeParse({
      id: c.id,
      column: c.column,
      weight: 1,
      direction: c.direction,
      normalize: c.normalize,
    });
    if (!parsed.success) return;
    if (
      (c.normalize.method === 'scale' || c.normalize.method === 'rating') &&
      !(c.normalize.max > c.normalize.min)
    )
      return;
    positions.push(i);
    criteria.push({ ...parsed.data, ...(c.label === undefined ? {} : { label: c.label }) });
  });
  if (criteria.length === 0) return null;
  const idColumn =
    draft.idColumn !== null && findColumn(table.headers, draft.idColumn) >= 0
      ? draft.idColumn
      : undefined;
  // A condition being ticked empty would keep no row: the preview goes on without it meanwhile.
  const conditions = Object.entries(draft.filter ?? {}).filter(([, values]) => values.length > 0);
  const filter = conditions.length === 0 ? undefined : Object.fromEntries(conditions);
  const model: Model = {
    version: MODEL_VERSION,
    name: draft.name,
    ...(idColumn === undefined ? {} : { idColumn }),
    revenueColumn: draft.revenueColumn,
    ...scoringRules({ ...draft, filter }),
    criteria,
  };
  return { model, positions };
}
