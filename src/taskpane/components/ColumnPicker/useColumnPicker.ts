// State of ColumnPicker: what the dropdown shows, whether a choice is missing, and the detection's confidence colour.
import type { ColumnMatch } from '../../../core';
import { headerKey } from '../../../core';
import type { ColumnPickerProps, ConfidenceView } from './ColumnPicker.types';

/** The option value of "no column" (a header can never be this). */
export const NO_COLUMN = '\u0000none';
export const NONE_LABEL = '(none: accounts named by row)';

export function useColumnPicker(props: ColumnPickerProps) {
  const optional = props.optional === true;
  return {
    shown: props.value ?? (optional ? NONE_LABEL : ''),
    missing: props.value === null && !optional,
    choose: (optionValue: string | undefined) =>
      props.onChange(optionValue === undefined || optionValue === NO_COLUMN ? null : optionValue),
  };
}

/** Badge colour for a detection confidence: sure, likely, or worth a look. */
export function confidenceColor(confidence: number): 'success' | 'warning' | 'danger' {
  return confidence >= 0.8 ? 'success' : confidence >= 0.5 ? 'warning' : 'danger';
}

/** The detection's confidence in a column, while the user keeps the column it found; null otherwise. */
export function keptConfidence(
  match: ColumnMatch | null,
  chosen: string | null,
): ConfidenceView | null {
  if (match === null || chosen === null || headerKey(match.header) !== headerKey(chosen))
    return null;
  return { confidence: match.confidence, reason: match.reason };
}
