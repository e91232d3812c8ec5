// State of CriterionCard: names, the normalisation choices in words, and number-field parsing.
import type { SpinButtonOnChangeData } from '@fluentui/react-components';
import type { NormalizeSpec } from '../../../core';
import { criterionLabel, lacksLabelValues } from '../../lib/model-draft';
import type { CriterionCardProps } from './CriterionCard.types';

/** The normalisation methods in the words of a finance user. */
export const METHOD_LABELS: Readonly<Record<NormalizeSpec['method'], string>> = {
  'log-minmax': 'Amounts, log scale (skewed money)',
  minmax: 'Min to max',
  percentile: 'Percentile rank',
  scale: 'Fixed scale (e.g. 1 to 5)',
  rating: 'Rating words (High/Low, AAA, ★★★)',
  categorical: 'Custom labels',
  recency: 'Dates: the latest is best',
};

export const DIRECTION_LABELS = { higher: 'Higher is better', lower: 'Lower is better' } as const;

/** The Slider's range; the number field takes larger weights (weights are relative). */
export const SLIDER_MAX = 100;

/** A SpinButton's value: the stepped value, or the typed text once committed. */
export function spinValue(data: SpinButtonOnChangeData): number {
  if (data.value !== undefined && data.value !== null) return data.value;
  return data.displayValue === undefined ? NaN : Number.parseFloat(data.displayValue);
}

export function useCriterionCard(props: CriterionCardProps) {
  const { criterion } = props;
  const label = criterionLabel(criterion);
  const spec = criterion.normalize;
  return {
    label,
    column: criterion.column === '' ? null : criterion.column,
    weight: criterion.weight,
    sliderWeight: Math.min(SLIDER_MAX, criterion.weight),
    share: props.share,
    direction: criterion.direction,
    method: spec.method,
    // A rating column of words has no numbers to put on a scale: the bounds would only confuse.
    scale:
      spec.method === 'scale' ||
      (spec.method === 'rating' && (props.labels === null || props.labels.length === 0))
        ? { min: spec.min, max: spec.max }
        : null,
    /** Labels with no known order and no values yet: the criterion waits for the user's. */
    needsValues: lacksLabelValues(criterion)
      ? `Give each label a value from 0 (worst) to 1 (best): ${label} does not count until its labels have values.`
      : null,
    /** Only a catalogue criterion can be ticked back on; others need a remove button. */
    removable: criterion.kind === null,
  };
}
