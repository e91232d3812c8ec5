// The model editor's state: the draft, every edit the panel offers, and what follows from it (shares, warnings, the model).
import { useCallback, useMemo, useState } from 'react';
import {
  type CriterionKindId,
  type MissingPolicy,
  type Model,
  type NormalizeSpec,
  findPreset,
  PRESETS,
  type PresetName,
  type Outcome,
  findColumn,
  DEFAULT_PRESET,
  CUSTOM_WEIGHT,
  headerKey,
  type RowFilter,
} from '../../core';
import { fromOutcome, type ShownError } from '../lib/errors';
import {
  criteriaCountWarning,
  criterionForCandidate,
  criterionForKind,
  criterionForLabels,
  editedName,
  DEFAULT_WEIGHT,
  type Direction,
  type DraftCriterion,
  draftFromModel,
  draftFromPreset,
  EMPTY_DRAFT,
  lacksLabelValues,
  type ModelDraft,
  modelFromDraft,
  readingFor,
  switchMethod,
} from '../lib/model-draft';
import { largestRemainderPercents } from '../lib/percentages';
import type { TableSource } from './useTableSource';

export interface ModelEditor {
  readonly draft: ModelDraft;
  /** Whole percentages of each criterion's weight, adding up to exactly 100. */
  readonly shares: readonly number[];
  readonly countWarning: string | null;
  /** The draft as a valid model, or what is missing. */
  readonly model: Outcome<Model>;
  /** The preset last applied, until the weights or criteria are edited. */
  readonly preset: PresetName | null;
  /** A preset or model that could not be applied to this table. */
  readonly problem: ShownError | null;
  setName(name: string): void;
  setIdColumn(header: string | null): void;
  setRevenueColumn(header: string | null): void;
  toggleKind(kind: CriterionKindId, picked: boolean): void;
  /** Picks or drops a column beyond the catalogue (detection's custom candidates, unordered labels). */
  toggleColumn(header: string, picked: boolean): void;
  removeCriterion(index: number): void;
  setColumn(index: number, header: string): void;
  setWeight(index: number, weight: number): void;
  setDirection(index: number, direction: Direction): void;
  setMethod(index: number, method: NormalizeSpec['method']): void;
  setScale(index: number, bounds: { min: number; max: number }): void;
  setLabelValue(index: number, label: string, value: number): void;
  /** The rules for thin data: what a missing value counts as, the minimum coverage for a tier. */
  setRules(rules: { readonly missing?: MissingPolicy; readonly minCoverage?: number }): void;
  /** The rows to keep; undefined keeps every row. */
  setFilter(filter: RowFilter | undefined): void;
  applyPreset(name: PresetName): void;
  loadModel(model: Model): void;
}

function resolves(model: Model, source: TableSource): boolean {
  const columns = [model.idColumn, model.revenueColumn, ...model.criteria.map((c) => c.column)];
  return columns.every((c) => c === undefined || findColumn(source.table.headers, c) >= 0);
}

/** The saved model when it fits this table (users re-run with the model they settled on), else the default preset. */
function initialDraft(source: TableSource): {
  draft: ModelDraft;
  preset: PresetName | null;
  problem: ShownError | null;
} {
  if (source.savedModel !== null && resolves(source.savedModel, source)) {
    return { draft: draftFromModel(source.savedModel), preset: null, problem: null };
  }
  const detected: ModelDraft = {
    ...EMPTY_DRAFT,
    idColumn: source.detection.id?.header ?? null,
    revenueColumn: source.detection.revenue?.header ?? null,
  };
  const preset = findPreset(DEFAULT_PRESET);
  if (preset === undefined) return { draft: detected, preset: null, problem: null };
  const built = draftFromPreset(preset, source.detection, source.table, detected);
  return built.kind === 'ok'
    ? { draft: built.value, preset: preset.name, problem: null }
    : { draft: detected, preset: null, problem: fromOutcome(built) };
}

export function useModelEditor(source: TableSource): ModelEditor {
  const [state, setState] = useState(() => initialDraft(source));
  const { draft, preset, problem } = state;

  /** An edit of how accounts are scored: the preset no longer describes the model, nor its name. */
  const editScoring = useCallback((edit: (draft: ModelDraft) => ModelDraft) => {
    setState((s) => {
      const edited = edit(s.draft);
      return {
        ...s,
        preset: null,
        problem: null,
        draft: s.preset === null ? edited : { ...edited, name: editedName(s.draft.name) },
      };
    });
  }, []);
  const editCriteria = useCallback(
    (edit: (criteria: readonly DraftCriterion[]) => readonly DraftCriterion[]) =>
      editScoring((d) => ({ ...d, criteria: edit(d.criteria) })),
    [editScoring],
  );
  const editOne = useCallback(
    (index: number, edit: (c: DraftCriterion) => DraftCriterion) =>
      editCriteria((list) => list.map((c, i) => (i === index ? edit(c) : c))),
    [editCriteria],
  );

  const shares = useMemo(
    // A criterion waiting for its label values does not count yet: the others' shares say so.
    () => largestRemainderPercents(draft.criteria.map((c) => (lacksLabelValues(c) ? 0 : c.weight))),
    [draft.criteria],
  );
  const model = useMemo(() => modelFromDraft(draft), [draft]);
  const { table, detection } = source;

  return {
    draft,
    shares,
    countWarning: criteriaCountWarning(draft.criteria.length),
    model,
    preset,
    problem,
    setName: (name) => setState((s) => ({ ...s, draft: { ...s.draft, name } })),
    setIdColumn: (header) => setState((s) => ({ ...s, draft: { ...s.draft, idColumn: header } })),
    setRevenueColumn: (header) =>
      setState((s) => ({ ...s, draft: { ...s.draft, revenueColumn: header } })),
    toggleKind: (kind, picked) =>
      editCriteria((list) => {
        if (!picked) return list.filter((c) => c.kind !== kind);
        if (list.some((c) => c.kind === kind)) return list;
        const weights = findPreset(preset ?? DEFAULT_PRESET)?.weights ?? PRESETS[0].weights;
        return [...list, criterionForKind(kind, detection, weights[kind] ?? DEFAULT_WEIGHT)];
      }),
    toggleColumn: (header, picked) =>
      editCriteria((list) => {
        const key = headerKey(header);
        if (!picked) return list.filter((c) => c.kind !== null || headerKey(c.column) !== key);
        if (list.some((c) => c.kind === null && headerKey(c.column) === key)) return list;
        const candidate = detection.candidates.find(
          (c) => c.kind === 'custom' && headerKey(c.header) === key,
        );
        return [
          ...list,
          candidate === undefined
            ? criterionForLabels(header, table, CUSTOM_WEIGHT)
            : criterionForCandidate(candidate, CUSTOM_WEIGHT),
        ];
      }),
    removeCriterion: (index) => editCriteria((list) => list.filter((_, i) => i !== index)),
    setColumn: (index, header) =>
      editOne(index, (c) => ({
        ...c,
        column: header,
        ...(readingFor(c.kind, table, header) ?? {}),
      })),
    setWeight: (index, weight) =>
      editOne(index, (c) => ({
        ...c,
        weight: Number.isFinite(weight) && weight >= 0 ? weight : 0,
      })),
    setDirection: (index, direction) => editOne(index, (c) => ({ ...c, direction })),
    setMethod: (index, method) =>
      editOne(index, (c) => ({
        ...c,
        normalize: switchMethod(method, c.normalize, table, c.column),
      })),
    setScale: (index, bounds) =>
      editOne(index, (c) =>
        c.normalize.method === 'scale' || c.normalize.method === 'rating'
          ? { ...c, normalize: { ...c.normalize, ...bounds } }
          : c,
      ),
    setLabelValue: (index, label, value) =>
      editOne(index, (c) =>
        c.normalize.method === 'categorical'
          ? {
              ...c,
              normalize: {
                ...c.normalize,
                map: { ...c.normalize.map, [label]: Math.min(1, Math.max(0, value)) },
              },
            }
          : c,
      ),
    setRules: (rules) => editScoring((d) => ({ ...d, ...rules })),
    setFilter: (filter) =>
      setState((s) => {
        const { filter: _old, ...rest } = s.draft;
        return { ...s, draft: filter === undefined ? rest : { ...rest, filter } };
      }),
    applyPreset: (name) =>
      setState((s) => {
        const chosen = findPreset(name);
        if (chosen === undefined) return s;
        const built = draftFromPreset(chosen, detection, table, s.draft);
        return built.kind === 'ok'
          ? { draft: built.value, preset: chosen.name, problem: null }
          : { ...s, problem: fromOutcome(built) };
      }),
    loadModel: (loaded) => setState({ draft: draftFromModel(loaded), preset: null, problem: null }),
  };
}
