// State of LabelMapEditor: the rows to show, a custom map's labels and the column's, or the built-in vocabulary's values.
import { headerKey } from '../../../core';
import { vocabularyValues } from '../../lib/label-map';
import type { LabelMapEditorProps, LabelRow } from './LabelMapEditor.types';

export function useLabelMapEditor({ normalize, labels }: LabelMapEditorProps): {
  readonly mode: 'editable' | 'vocabulary' | 'none';
  readonly rows: readonly LabelRow[];
  /** Labels of the column the built-in vocabulary does not know (rating mode). */
  readonly unknown: readonly string[];
} {
  if (normalize.method === 'categorical') {
    const rows: LabelRow[] = Object.entries(normalize.map).map(([label, value]) => ({
      label,
      value,
    }));
    const mapped = new Set(rows.map((r) => headerKey(r.label)));
    // Labels the data has but the map lacks: shown empty so the user can score them.
    for (const label of labels ?? [])
      if (!mapped.has(headerKey(label))) rows.push({ label, value: NaN });
    return { mode: 'editable', rows, unknown: [] };
  }
  if (normalize.method === 'rating' && labels !== null && labels.length > 0) {
    const known = vocabularyValues(labels);
    const knownSet = new Set(known.map((k) => k.label));
    return { mode: 'vocabulary', rows: known, unknown: labels.filter((l) => !knownSet.has(l)) };
  }
  return { mode: 'none', rows: [], unknown: [] };
}
