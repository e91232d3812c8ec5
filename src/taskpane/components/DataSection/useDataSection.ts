// State of DataSection: the column choices with their detection confidence, and which problem lists are expanded.
import { useState } from 'react';
import { type ColumnMatch, headerKey, isResultHeader } from '../../../core';
import { criterionLabel } from '../../lib/model-draft';
import type { ColumnChoiceView, ConfidenceView, DataSectionProps } from './DataSection.types';

/** Problems listed per column before "Show all". */
export const PROBLEMS_SHOWN = 5;

function kept(match: ColumnMatch | null, chosen: string | null): ConfidenceView | null {
  if (match === null || chosen === null || headerKey(match.header) !== headerKey(chosen))
    return null;
  return { confidence: match.confidence, reason: match.reason };
}

export function useDataSection(props: DataSectionProps) {
  const { table, detection, draft } = props;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const columns = table.headers.filter((h) => h.trim() !== '' && !isResultHeader(h));
  const choices: ColumnChoiceView[] = [
    {
      label: 'Account names',
      value: draft.idColumn,
      confidence: kept(detection.id, draft.idColumn),
      onChange: props.onIdColumn,
      optional: true,
    },
    {
      label: 'Revenue (for the 80/20 view)',
      value: draft.revenueColumn,
      confidence: kept(detection.revenue, draft.revenueColumn),
      onChange: props.onRevenueColumn,
      optional: false,
    },
    ...draft.criteria.map((c, index) => {
      const candidate =
        detection.candidates.find(
          (m) => m.kind === c.kind && headerKey(m.header) === headerKey(c.column),
        ) ?? null;
      return {
        label: criterionLabel(c),
        value: c.column === '' ? null : c.column,
        confidence: kept(candidate, c.column),
        onChange: (header: string | null) =>
          header !== null && props.onCriterionColumn(index, header),
        optional: false,
      };
    }),
  ];
  return {
    columns,
    choices,
    sheet: table.sheet,
    tableName: table.tableName ?? null,
    accounts: table.rows.length,
    firstRow: table.headerRow + 1,
    lastRow: table.headerRow + table.rows.length,
    quality: props.quality,
    isExpanded: (column: string) => expanded.has(column),
    toggle: (column: string) =>
      setExpanded((set) => {
        const next = new Set(set);
        if (next.has(column)) next.delete(column);
        else next.add(column);
        return next;
      }),
    onSelectCell: props.onSelectCell,
  };
}

/** Badge colour for a detection confidence: sure, likely, or worth a look. */
export function confidenceColor(confidence: number): 'success' | 'warning' | 'danger' {
  return confidence >= 0.8 ? 'success' : confidence >= 0.5 ? 'warning' : 'danger';
}
