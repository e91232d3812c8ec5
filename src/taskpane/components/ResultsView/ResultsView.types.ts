// Props of ResultsView: the last run written to the workbook.
import type { Ref } from 'react';
import type { RunResult } from '../../../core';
import type { HostCapabilities } from '../../../hosts/port';

export interface ResultsViewProps {
  readonly result: RunResult;
  /** What the workbook could not take as planned (a chart, columns inside a table...). */
  readonly notes: readonly string[];
  /** What the workbook can hold, to say what was written; null when unknown. */
  readonly capabilities: HostCapabilities | null;
  readonly clearing: boolean;
  /** The "Results" heading, which takes focus when a run has finished. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly onClear: () => void;
  /** Selects a cell of the table's sheet (a warning's link). */
  readonly onSelectCell: (cell: string) => void;
}
