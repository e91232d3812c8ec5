// State of CriteriaSection: the catalogue rows (picked, found column) and each card's column labels.
import { useMemo } from 'react';
import {
  CRITERIA_CATALOGUE,
  type CriterionKind,
  headerKey,
  isResultHeader,
  type NormalizeSpec,
} from '../../../core';
import { textLabels } from '../../lib/label-map';
import { keptConfidence } from '../ColumnPicker/useColumnPicker';
import type { CriteriaSectionProps } from './CriteriaSection.types';

export interface CatalogueRow {
  readonly kind: CriterionKind;
  readonly picked: boolean;
  /** Which column it reads, in words: the one chosen in its card once picked, else the best detected one. */
  readonly column: string;
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

/** A catalogue row's column line: picked, the column its card reads (or that it has none yet); else what detection found. */
function columnLine(chosen: string | undefined, found: string | null): string {
  if (chosen !== undefined)
    return chosen === ''
      ? 'No column chosen yet: choose one in its card below'
      : `Column: ${chosen}`;
  return found === null ? 'No matching column found' : `Column found: ${found}`;
}

const UNORDERED_HINT = 'labels with no known order: give each a value to score it';

export function useCriteriaSection({ table, detection, editor, library }: CriteriaSectionProps) {
  const { draft } = editor;
  const catalogue: CatalogueRow[] = CRITERIA_CATALOGUE.map((kind) => {
    const picked = draft.criteria.find((c) => c.kind === kind.id);
    const found = detection.candidates.find((c) => c.kind === kind.id)?.header ?? null;
    return { kind, picked: picked !== undefined, column: columnLine(picked?.column, found) };
  });
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
    columns: table.headers.filter((h) => h.trim() !== '' && !isResultHeader(h)),
    confidence: draft.criteria.map((c) =>
      keptConfidence(
        detection.candidates.find(
          (m) => m.kind === (c.kind ?? 'custom') && headerKey(m.header) === headerKey(c.column),
        ) ?? null,
        c.column === '' ? null : c.column,
      ),
    ),
    save:
      model.kind === 'ok'
        ? () => void library.save({ ...model.value, name: draft.name.trim() })
        : null,
  };
}
