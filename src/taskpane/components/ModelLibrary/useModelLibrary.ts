// State of ModelLibrary: the presets and saved models as dropdown options.
import { PRESETS } from '../../../core';
import type { ModelLibraryProps } from './ModelLibrary.types';

export function useModelLibrary(props: ModelLibraryProps) {
  const preset = PRESETS.find((p) => p.name === props.preset) ?? null;
  return {
    presets: PRESETS,
    presetText: preset?.label ?? 'Custom',
    presetDescription: preset?.description ?? 'Your own weighting.',
    models: props.models.map((m, i) => ({ key: `${i}`, name: m.name, model: m })),
    canSave: props.onSave !== null && props.name.trim() !== '' && !props.saving,
  };
}
