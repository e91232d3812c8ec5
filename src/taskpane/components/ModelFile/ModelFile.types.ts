// Props of ModelFile: the model to save as a file (null while the draft is incomplete) and what to do with a loaded one.
import type { Model } from '../../../core';

export interface ModelFileProps {
  readonly model: Model | null;
  readonly onLoad: (model: Model) => void;
}
