// The live preview: the table is prepared once per model shape, then each weight change only re-scores (createWhatIf).
import { useDeferredValue, useMemo } from 'react';
import {
  identify,
  type RunResult,
  createWhatIf,
  type WhatIf,
  type WhatIfSummary,
} from '../../core';
import { fromException, fromOutcome, type ShownError } from '../lib/errors';
import { type ModelDraft, previewModel, structureKey } from '../lib/model-draft';
import type { TableSource } from './useTableSource';

export type Preparation =
  | { readonly kind: 'none'; readonly reason: string }
  | { readonly kind: 'error'; readonly error: ShownError }
  | {
      readonly kind: 'ready';
      /** The run with unit weights: its parsed columns and cell diagnostics do not depend on weights. */
      readonly result: RunResult;
      readonly whatIf: WhatIf;
      /** Draft positions of the criteria in the preview (criteria without a usable column are left out). */
      readonly positions: readonly number[];
    };

export interface WhatIfState {
  readonly preparation: Preparation;
  readonly summary: WhatIfSummary | null;
}

function prepare(draft: ModelDraft, source: TableSource): Preparation {
  const preview = previewModel(draft, source.table);
  if (preview === null)
    return {
      kind: 'none',
      reason:
        'Choose a revenue column and at least one criterion with a column to see the preview.',
    };
  try {
    // The preview re-scores as weights move; stability is measured by the run itself, not here.
    const outcome = identify(source.table, { model: preview.model, stability: false });
    if (outcome.kind === 'error') return { kind: 'error', error: fromOutcome(outcome) };
    return {
      kind: 'ready',
      result: outcome.value,
      whatIf: createWhatIf(outcome.value.input, preview.model),
      positions: preview.positions,
    };
  } catch (error) {
    return { kind: 'error', error: fromException(error, 'preparing the preview') };
  }
}

/**
 * Weights are passed through useDeferredValue: the slider follows the pointer at once and the
 * numbers follow within a frame (a re-score of 10,000 accounts takes a few milliseconds); on a
 * huge table React drops stale intermediate positions instead of queueing them.
 */
export function useWhatIf(draft: ModelDraft, source: TableSource): WhatIfState {
  const shape = structureKey(draft);
  // Keyed on the shape, not the draft: a weight change must not prepare the table again.
  const preparation = useMemo(() => prepare(draft, source), [shape, source]);
  const weightsKey =
    preparation.kind === 'ready'
      ? preparation.positions.map((i) => draft.criteria[i].weight).join(' ')
      : '';
  const deferredKey = useDeferredValue(weightsKey);
  const summary = useMemo(() => {
    if (preparation.kind !== 'ready') return null;
    // Just after a new preparation the deferred weights may still be the old criteria's.
    const key =
      deferredKey.split(' ').length === preparation.positions.length ? deferredKey : weightsKey;
    return preparation.whatIf.recompute(key.split(' ').map(Number));
  }, [preparation, deferredKey]);
  return { preparation, summary };
}
