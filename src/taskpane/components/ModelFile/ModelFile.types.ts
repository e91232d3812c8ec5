// Props of ModelFile: the model to save as a file (null while the draft is incomplete) and what to do with a loaded one.
import type { Model, RawTable } from '../../../core';

export interface ModelFileProps {
  readonly model: Model | null;
  readonly onLoad: (model: Model) => void;
  /** The table the panel works on: a criterion the file leaves without `normalize` gets the method its column suggests. */
  readonly table: RawTable;
}
