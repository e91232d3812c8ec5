// Props of DataSection: the detected table, its account and revenue columns and the data-quality summary.
import type { ModelEditor } from '../../hooks/useModelEditor';
import type { TableSource } from '../../hooks/useTableSource';
import type { ColumnQuality } from '../../lib/data-quality';

export interface DataSectionProps {
  /** The table read and its detected columns. */
  readonly source: TableSource;
  /** The model being edited: its account and revenue columns and its row filter. */
  readonly editor: ModelEditor;
  /** Null while the preview cannot read the table (no revenue column chosen yet). */
  readonly quality: readonly ColumnQuality[] | null;
  /** Selects a cell of the table's sheet (a problem's link). */
  readonly onSelectCell: (cell: string) => void;
}
