// State of CriteriaSection: the catalogue rows (picked, found column) and each card's column labels.
import { useMemo } from 'react';
import { CRITERIA_CATALOGUE, type CriterionKind } from '../../../core';
import { textLabels } from '../../lib/label-map';
import type { CriteriaSectionProps } from './CriteriaSection.types';

export interface CatalogueRow {
  readonly kind: CriterionKind;
  readonly picked: boolean;
  /** The best detected column for this kind, if any. */
  readonly found: string | null;
}

export function useCriteriaSection({ table, detection, editor, library }: CriteriaSectionProps) {
  const { draft } = editor;
  const catalogue: CatalogueRow[] = CRITERIA_CATALOGUE.map((kind) => ({
    kind,
    picked: draft.criteria.some((c) => c.kind === kind.id),
    found: detection.candidates.find((c) => c.kind === kind.id)?.header ?? null,
  }));
  const columnsKey = draft.criteria.map((c) => c.column).join('\u0000');
  // Scanning a column for its labels reads every row: once per column set, not per weight change.
  const labels = useMemo(
    () => draft.criteria.map((c) => (c.column === '' ? null : textLabels(table, c.column))),
    [table, columnsKey],
  );
  const model = editor.model;
  return {
    catalogue,
    labels,
    save:
      model.kind === 'ok'
        ? () => void library.save({ ...model.value, name: draft.name.trim() })
        : null,
  };
}
