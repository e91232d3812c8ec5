// Props of LabelMapEditor: the labels of a text column and the value (0 to 1) each one scores.
import type { NormalizeSpec } from '../../../core';

export interface LabelMapEditorProps {
  /** The criterion's label, for screen-reader names ("Relationship: value of High"). */
  readonly criterion: string;
  readonly normalize: NormalizeSpec;
  /** The column's distinct text labels, or null for free text / a number column. */
  readonly labels: readonly string[] | null;
  readonly onChange: (label: string, value: number) => void;
}

export interface LabelRow {
  readonly label: string;
  /** NaN when the label is not mapped (its cells count as unreadable). */
  readonly value: number;
}
