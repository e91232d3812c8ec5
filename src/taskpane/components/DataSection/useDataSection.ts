// State of DataSection: the account and revenue choices with their detection confidence, and which problem lists are expanded.
import { useMemo, useState } from 'react';
import { isResultHeader, rowsWithData } from '../../../core';
import type { ColumnPickerProps } from '../ColumnPicker/ColumnPicker.types';
import { keptConfidence } from '../ColumnPicker/useColumnPicker';
import type { DataSectionProps } from './DataSection.types';

/** Problems listed per column before "Show all". */
export const PROBLEMS_SHOWN = 5;

export function useDataSection(props: DataSectionProps) {
  const { table, detection } = props.source;
  const { draft } = props.editor;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  // Rows with nothing of the user's own are no accounts (the run leaves them out too).
  const accounts = useMemo(() => rowsWithData(table).table.rows.length, [table]);
  const columns = table.headers.filter((h) => h.trim() !== '' && !isResultHeader(h));
  const choices: Omit<ColumnPickerProps, 'columns'>[] = [
    {
      label: 'Account names',
      value: draft.idColumn,
      confidence: keptConfidence(detection.id, draft.idColumn),
      onChange: props.editor.setIdColumn,
      optional: true,
    },
    {
      label: 'Revenue (for the 80/20 view)',
      value: draft.revenueColumn,
      confidence: keptConfidence(detection.revenue, draft.revenueColumn),
      onChange: props.editor.setRevenueColumn,
    },
  ];
  return {
    columns,
    choices,
    sheet: table.sheet,
    tableName: table.tableName ?? null,
    accounts,
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
