// The add-in's state in the workbook's document settings: JSON text under STATE_KEYS, read back through zod (the CLI's state sheet as fallback).
import type { Calibration, Model, Outcome } from '../../core';
import {
  readStoredCalibration,
  readStoredLibrary,
  readStoredModel,
  STATE_KEYS,
  withModel,
} from '../stored-state';
import type { SettingsStore } from './office-api';
import { STATE_SHEET } from './state-sheet';

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

/** Nothing stored under a key: what the stored-state readers take as "absent". */
function isAbsent(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** Reads the text under a key from a second store (the CLI's state sheet): null when absent there too. */
export type StateFallback = (key: string) => Promise<Outcome<unknown>>;

/** Where a stored text came from, so that a refusal can say where to look. */
interface Stored {
  readonly text: unknown;
  readonly fromCli: boolean;
}

/** A refusal of state the CLI saved says so: the user cannot see or mend that sheet from Excel. */
function fromCli<T>(outcome: Outcome<T>, stored: Stored, remedy = ''): Outcome<T> {
  if (outcome.kind === 'ok' || !stored.fromCli) return outcome;
  return {
    ...outcome,
    message: `${outcome.message} It was saved by the KAM command-line tool, on the hidden sheet "${STATE_SHEET}".${remedy}`,
  };
}

/** What puts a usable model (and model list) in place of a refused one saved by the CLI. */
const SAVE_FROM_PANEL = ' Saving a model from the KAM panel puts one in its place.';

/**
 * The add-in's state in document settings, the Excel host's own store. Where the settings hold
 * nothing under a key, the fallback (the state the CLI saved in the workbook) is read instead;
 * the settings take precedence, and nothing is ever written to the fallback.
 */
export class SettingsState {
  constructor(
    private readonly settings: SettingsStore,
    private readonly note: (message: string) => void,
    private readonly fallback: StateFallback,
  ) {}

  private async stored(key: string): Promise<Outcome<Stored>> {
    const text = read(this.settings, key);
    if (!isAbsent(text)) return { kind: 'ok', value: { text, fromCli: false } };
    const saved = await this.fallback(key);
    if (saved.kind === 'error') return saved;
    return { kind: 'ok', value: { text: saved.value, fromCli: true } };
  }

  async loadModel(): Promise<Outcome<Model | null>> {
    const stored = await this.stored(STATE_KEYS.model);
    if (stored.kind === 'error') return stored;
    return fromCli(readStoredModel(stored.value.text), stored.value, SAVE_FROM_PANEL);
  }

  /**
   * The active model and the model list, saved together in one saveAsync. A list the CLI saved is
   * carried over into the settings, so its models stay in the list once the settings hold one.
   */
  async saveModel(model: Model): Promise<Outcome<void>> {
    const library = await this.listModels();
    if (library.kind === 'error')
      this.note(`${library.message} It was replaced by a list holding "${model.name}".`);
    const models = withModel(library.kind === 'ok' ? library.value : [], model);
    this.settings.set(STATE_KEYS.model, JSON.stringify(model));
    this.settings.set(STATE_KEYS.library, JSON.stringify(models));
    return saveSettings(this.settings);
  }

  async listModels(): Promise<Outcome<readonly Model[]>> {
    const stored = await this.stored(STATE_KEYS.library);
    if (stored.kind === 'error') return stored;
    return fromCli(readStoredLibrary(stored.value.text), stored.value, SAVE_FROM_PANEL);
  }

  async loadCalibration(): Promise<Outcome<Calibration | null>> {
    const stored = await this.stored(STATE_KEYS.calibration);
    if (stored.kind === 'error') return stored;
    return fromCli(readStoredCalibration(stored.value.text), stored.value);
  }

  async saveCalibration(calibration: Calibration): Promise<Outcome<void>> {
    this.settings.set(STATE_KEYS.calibration, JSON.stringify(calibration));
    return saveSettings(this.settings);
  }
}
