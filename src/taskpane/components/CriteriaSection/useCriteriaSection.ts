// State of CriteriaSection: the catalogue rows (picked, found column) and each card's column labels.
import { useMemo } from 'react';
import {
  CRITERIA_CATALOGUE,
  type CriterionKind,
  headerKey,
  type NormalizeSpec,
} from '../../../core';
import { textLabels } from '../../lib/label-map';
import type { CriteriaSectionProps } from './CriteriaSection.types';

export interface CatalogueRow {
  readonly kind: CriterionKind;
  readonly picked: boolean;
  /** The best detected column for this kind, if any. */
  readonly found: string | null;
}

/** A column beyond the catalogue that can be scored: detection's custom candidates and unordered label sets. */
export interface OtherColumnRow {
  readonly header: string;
  /** How it would be read: "numbers", "dates: the more recent, the better", "labels with no known order…". */
  readonly hint: string;
  readonly picked: boolean;
}

const READINGS: Readonly<Record<NormalizeSpec['method'], string>> = {
  minmax: 'numbers',
  'log-minmax': 'amounts',
  percentile: 'numbers',
  scale: 'a scale',
  rating: 'rating words',
  categorical: 'labels in a known order',
  recency: 'dates: the more recent, the better',
};

const UNORDERED_HINT = 'labels with no known order: give each a value to score it';

export function useCriteriaSection({ table, detection, editor, library }: CriteriaSectionProps) {
  const { draft } = editor;
  const catalogue: CatalogueRow[] = CRITERIA_CATALOGUE.map((kind) => ({
    kind,
    picked: draft.criteria.some((c) => c.kind === kind.id),
    found: detection.candidates.find((c) => c.kind === kind.id)?.header ?? null,
  }));
  const isPicked = (header: string): boolean =>
    draft.criteria.some((c) => c.kind === null && headerKey(c.column) === headerKey(header));
  const others: OtherColumnRow[] = [
    ...detection.candidates
      .filter((c) => c.kind === 'custom')
      .map((c) => ({
        header: c.header,
        hint: `${READINGS[c.normalize.method]}${c.direction === 'lower' ? ', lower is better' : ''}`,
        picked: isPicked(c.header),
      })),
    ...detection.notes
      .filter((n) => n.code === 'unordered-labels')
      .map((n) => ({ header: n.column, hint: UNORDERED_HINT, picked: isPicked(n.column) })),
  ];
  const columnsKey = draft.criteria.map((c) => c.column).join('\u0000');
  // Scanning a column for its labels reads every row: once per column set, not per weight change.
  const labels = useMemo(
    () => draft.criteria.map((c) => (c.column === '' ? null : textLabels(table, c.column))),
    [table, columnsKey],
  );
  const model = editor.model;
  return {
    catalogue,
    others,
    labels,
    save:
      model.kind === 'ok'
        ? () => void library.save({ ...model.value, name: draft.name.trim() })
        : null,
  };
}
