// The add-in's state in the workbook's document settings: JSON text under STATE_KEYS, read back through zod.
import type { Calibration } from '../../core/calibration';
import type { Model } from '../../core/model';
import type { Outcome } from '../../core/types';
import {
  readStoredCalibration,
  readStoredLibrary,
  readStoredModel,
  STATE_KEYS,
  withModel,
} from '../stored-state';
import type { SettingsStore } from './office-api';

/** settings.saveAsync as a promise; a failed save (read-only workbook, coauthoring conflict) is an error Outcome. */
export function saveSettings(settings: SettingsStore): Promise<Outcome<void>> {
  return new Promise((resolve) => {
    try {
      settings.saveAsync((result) => {
        if (result.status === 'failed') {
          const detail = result.error?.message;
          resolve({
            kind: 'error',
            code: 'settings-not-saved',
            message: `The model could not be saved with the workbook${detail ? `: ${detail}` : ''}. Check that the workbook is not read-only and try again.`,
          });
        } else resolve({ kind: 'ok', value: undefined });
      });
    } catch (error) {
      resolve({
        kind: 'error',
        code: 'settings-not-saved',
        message: `The model could not be saved with the workbook: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  });
}

/**
 * Reads a setting as stored. Values are stored as JSON text (not as objects), so what comes back
 * is text to be checked by the stored-state readers: a setting that is not text is refused there.
 */
function read(settings: SettingsStore, key: string): unknown {
  return settings.get(key);
}

export class SettingsState {
  constructor(
    private readonly settings: SettingsStore,
    private readonly note: (message: string) => void,
  ) {}

  loadModel(): Outcome<Model | null> {
    return readStoredModel(read(this.settings, STATE_KEYS.model));
  }

  /** The active model and the model list, saved together in one saveAsync. */
  async saveModel(model: Model): Promise<Outcome<void>> {
    const library = readStoredLibrary(read(this.settings, STATE_KEYS.library));
    if (library.kind === 'error')
      this.note(`${library.message} It was replaced by a list holding "${model.name}".`);
    const models = withModel(library.kind === 'ok' ? library.value : [], model);
    this.settings.set(STATE_KEYS.model, JSON.stringify(model));
    this.settings.set(STATE_KEYS.library, JSON.stringify(models));
    return saveSettings(this.settings);
  }

  listModels(): Outcome<readonly Model[]> {
    return readStoredLibrary(read(this.settings, STATE_KEYS.library));
  }

  loadCalibration(): Outcome<Calibration | null> {
    return readStoredCalibration(read(this.settings, STATE_KEYS.calibration));
  }

  async saveCalibration(calibration: Calibration): Promise<Outcome<void>> {
    this.settings.set(STATE_KEYS.calibration, JSON.stringify(calibration));
    return saveSettings(this.settings);
  }
}
