// Props of DataSection: the detected table, its account and revenue columns and the data-quality summary.
import type { ColumnDetection, RawTable, RowFilter } from '../../../core';
import type { ColumnQuality } from '../../lib/data-quality';
import type { ModelDraft } from '../../lib/model-draft';

export interface DataSectionProps {
  readonly table: RawTable;
  readonly detection: ColumnDetection;
  readonly draft: ModelDraft;
  /** Null while the preview cannot read the table (no revenue column chosen yet). */
  readonly quality: readonly ColumnQuality[] | null;
  readonly onIdColumn: (header: string | null) => void;
  readonly onRevenueColumn: (header: string | null) => void;
  readonly onFilter: (filter: RowFilter | undefined) => void;
  /** Selects a cell of the table's sheet (a problem's link). */
  readonly onSelectCell: (cell: string) => void;
}
