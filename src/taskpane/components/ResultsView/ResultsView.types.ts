// Props of ResultsView: the last run written to the workbook.
import type { RunResult } from '../../../core';

export interface ResultsViewProps {
  readonly result: RunResult;
  readonly clearing: boolean;
  readonly onClear: () => void;
  /** Selects a cell of the table's sheet (a warning's link). */
  readonly onSelectCell: (cell: string) => void;
}
