// Props of DataSection: the detected table, the column choices and the data-quality summary.
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
  readonly onCriterionColumn: (index: number, header: string) => void;
  readonly onFilter: (filter: RowFilter | undefined) => void;
  /** Selects a cell of the table's sheet (a problem's link). */
  readonly onSelectCell: (cell: string) => void;
}

/** How sure the detection is of a column the user has kept; null when the user chose it. */
export interface ConfidenceView {
  readonly confidence: number;
  readonly reason: string;
}

export interface ColumnChoiceView {
  /** Dropdown label: "Account names", "Revenue", or a criterion's label. */
  readonly label: string;
  readonly value: string | null;
  readonly confidence: ConfidenceView | null;
  readonly onChange: (header: string | null) => void;
  /** Offers "(none: name accounts by row)" (only the account-name column may be left out). */
  readonly optional: boolean;
}
