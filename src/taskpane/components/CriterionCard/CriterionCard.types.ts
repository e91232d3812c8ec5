// Props of CriterionCard: one picked criterion's weight, share, direction, normalisation and label values.
import type { NormalizeSpec } from '../../../core';
import type { ConfidenceView } from '../ColumnPicker/ColumnPicker.types';
import type { Direction, DraftCriterion } from '../../lib/model-draft';

export interface CriterionCardProps {
  readonly criterion: DraftCriterion;
  /** Whole percentage of the total weight (the shares of all cards add up to 100). */
  readonly share: number;
  /** Distinct text labels of the criterion's column, or null (numbers, free text). */
  readonly labels: readonly string[] | null;
  /** The table's headers the criterion can read. */
  readonly columns: readonly string[];
  /** The detection's confidence in the column, while the criterion keeps the one it found. */
  readonly confidence: ConfidenceView | null;
  readonly onColumn: (header: string) => void;
  readonly onWeight: (weight: number) => void;
  readonly onDirection: (direction: Direction) => void;
  readonly onMethod: (method: NormalizeSpec['method']) => void;
  readonly onScale: (bounds: { min: number; max: number }) => void;
  readonly onLabelValue: (label: string, value: number) => void;
  readonly onRemove: () => void;
}
