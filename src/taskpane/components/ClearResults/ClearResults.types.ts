// Props of ClearResults: whether a clear is under way, and what clearing does.
export interface ClearResultsProps {
  readonly clearing: boolean;
  /** Removes the result columns, their formatting and the summary sheet (after the user confirmed). */
  readonly onClear: () => void;
}
