// The model and the last run's statistics saved in the workbook (document settings), read for the
// KAM.* functions through the same zod readers as every host, parsed once per saved text.
import {
  type Calibration,
  calibrationProblem,
  type Model,
  type NumberLocale,
  type Outcome,
} from '../core';
import { readStoredCalibration, readStoredModel, STATE_KEYS } from '../hosts/stored-state';

/** The part of `Office.context.document.settings` the functions read. */
export interface SettingsReader {
  get(name: string): unknown;
}

/** What KAM.SCORE, KAM.TIER and KAM.EXPLAIN need: the model and the run it was applied in. */
export interface SavedRun {
  readonly model: Model;
  readonly calibration: Calibration;
}

export const NO_MODEL_MESSAGE =
  'This workbook has no saved KAM model. Run "Identify key accounts" first, or save a model in the KAM panel.';
export const NO_RUN_MESSAGE =
  'This workbook has no saved run to score rows against. Run "Identify key accounts" first (KAM.SCORES needs only a saved model).';
export const SETTINGS_UNAVAILABLE_MESSAGE =
  'The model saved in this workbook cannot be read yet (the add-in is still starting). Recalculate in a moment (Ctrl+Alt+F9).';

let injected: SettingsReader | undefined;

/**
 * Reads settings from `reader` instead of the workbook (tests, the benchmark, the browser preview);
 * undefined goes back to `Office.context.document.settings`.
 */
export function useSettingsReader(reader: SettingsReader | undefined): void {
  injected = reader;
}

interface OfficeGlobal {
  readonly Office?: {
    readonly context?: { readonly document?: { readonly settings?: SettingsReader } };
  };
}

function settingsReader(): SettingsReader | undefined {
  if (injected !== undefined) return injected;
  // Looked up at call time: outside Excel there is no Office global, and before Office is ready
  // there is no document yet.
  return (globalThis as OfficeGlobal).Office?.context?.document?.settings;
}

/** Reads one setting as stored text; unavailable settings (or a throwing host) give undefined. */
function readSetting(key: string): { readonly text: unknown } | undefined {
  const reader = settingsReader();
  if (reader === undefined) return undefined;
  try {
    return { text: reader.get(key) };
  } catch {
    return undefined;
  }
}

/** Remembers the last parse: 10,000 KAM.SCORE cells read the same saved text 10,000 times. */
class LastParse<T> {
  private text: unknown = undefined;
  private result: Outcome<T> | undefined;
  constructor(private readonly parse: (text: unknown) => Outcome<T>) {}
  of(text: unknown): Outcome<T> {
    if (this.result === undefined || text !== this.text) {
      this.result = this.parse(text);
      this.text = text;
    }
    return this.result;
  }
}

const models = new LastParse(readStoredModel);
const calibrations = new LastParse(readStoredCalibration);

function unavailable(code: string, message: string): Outcome<never> {
  return { kind: 'error', code, message };
}

/** The saved model; an error outcome (shown as #N/A) when there is none or it cannot be used. */
export function savedModel(): Outcome<Model> {
  const setting = readSetting(STATE_KEYS.model);
  if (setting === undefined)
    return unavailable('settings-unavailable', SETTINGS_UNAVAILABLE_MESSAGE);
  const model = models.of(setting.text);
  if (model.kind === 'error') return model;
  return model.value === null
    ? unavailable('no-model', NO_MODEL_MESSAGE)
    : { kind: 'ok', value: model.value };
}

/** The saved model with the statistics of the run it was applied in (for per-row scoring). */
export function savedRun(): Outcome<SavedRun> {
  const model = savedModel();
  if (model.kind === 'error') return model;
  const setting = readSetting(STATE_KEYS.calibration);
  if (setting === undefined)
    return unavailable('settings-unavailable', SETTINGS_UNAVAILABLE_MESSAGE);
  const calibration = calibrations.of(setting.text);
  if (calibration.kind === 'error') return calibration;
  if (calibration.value === null) return unavailable('no-run', NO_RUN_MESSAGE);
  // A model saved after the run (from the panel, without running it) would score rows with the
  // wrong statistics: plausible but wrong numbers, so refuse.
  const matches = calibrationProblem(model.value, calibration.value);
  if (matches.kind === 'error') return unavailable('run-model-mismatch', matches.message);
  return { kind: 'ok', value: { model: model.value, calibration: calibration.value } };
}

/**
 * How the last run read text numbers ("1.234,56" in a decimal-comma workbook), so revenue ranges
 * in formulas read like the run read them; undefined without a saved run.
 */
export function savedNumberLocale(): NumberLocale | undefined {
  const setting = readSetting(STATE_KEYS.calibration);
  if (setting === undefined) return undefined;
  const calibration = calibrations.of(setting.text);
  return calibration.kind === 'ok' ? (calibration.value?.numberLocale ?? undefined) : undefined;
}
