// Props of ModelLibrary: presets, and named models saved in the workbook.
import type { Model, PresetName } from '../../../core';
import type { ShownError } from '../../lib/errors';

export interface ModelLibraryProps {
  /** The preset last applied, or null once the model was edited. */
  readonly preset: PresetName | null;
  readonly onPreset: (name: PresetName) => void;
  readonly models: readonly Model[];
  readonly onLoad: (model: Model) => void;
  readonly name: string;
  readonly onName: (name: string) => void;
  /** Null when the model cannot be saved yet; otherwise saves it under its name. */
  readonly onSave: (() => void) | null;
  readonly saving: boolean;
  readonly error: ShownError | null;
  readonly notice: string | null;
}
