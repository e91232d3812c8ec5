// Props of ResultsView: the last run written to the workbook.
import type { Ref } from 'react';
import type { Identification } from '../../../hosts/identify-and-write';

export interface ResultsViewProps {
  /** The run, what the workbook could not take as planned (its notes) and what it can hold. */
  readonly identification: Identification;
  readonly clearing: boolean;
  /** The "Results" heading, which takes focus when a run has finished. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly onClear: () => void;
  /** Selects a cell of the table's sheet (a warning's link). */
  readonly onSelectCell: (cell: string) => void;
}
