// Props of RowFilter: the table, the rows to keep, and how to change them.
import type { RawTable, RowFilter } from '../../../core';

export interface RowFilterProps {
  readonly table: RawTable;
  /** undefined: every row is an account. */
  readonly filter: RowFilter | undefined;
  readonly onChange: (filter: RowFilter | undefined) => void;
}
