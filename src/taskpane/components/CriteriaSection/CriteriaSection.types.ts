// Props of CriteriaSection: the catalogue to pick from, the picked criteria's settings, presets and saved models.
import type { ColumnDetection, RawTable } from '../../../core';
import type { ModelEditor } from '../../hooks/useModelEditor';
import type { SavedModels } from '../../hooks/useSavedModels';

export interface CriteriaSectionProps {
  readonly table: RawTable;
  readonly detection: ColumnDetection;
  readonly editor: ModelEditor;
  readonly library: SavedModels;
}
