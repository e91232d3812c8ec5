// What the add-in keeps in a workbook (model, model list, last run's statistics), read back through zod:
// one WorkbookState over each host's StateStore, used by the hosts, the panel and the KAM functions alike.
import { z } from 'zod';
import {
  type Calibration,
  calibrationProblem,
  calibrationSchema,
  describeIssues,
  type Model,
  type NumberLocale,
  type Outcome,
  parseModel,
  HISTORY_BUDGET,
  readHistory,
  type RunHistory,
} from '../core';
import type { StateStore, StoredText } from './port';

/** Keys of the document settings (Excel) / hidden store (files) holding our state, as JSON text. */
export const STATE_KEYS = {
  /** The active model: what the one-click button and the KAM.* functions use. */
  model: 'kam.model',
  /** The statistics of the last run (see core/score/calibration). */
  calibration: 'kam.calibration',
  /** Named models saved from the taskpane: an array of models. */
  library: 'kam.models',
  /** The last runs' snapshots, to say what changed (see core/history): compact text, not JSON. */
  history: 'kam.history',
} as const;

/** Longest JSON text accepted from a workbook: a hostile 100 MB setting is refused, not parsed. */
export const MAX_STATE_TEXT = 4_000_000;

/** Longest text read under a key: the run history may take up to its budget, the rest MAX_STATE_TEXT. */
export function stateTextLimit(key: string): number {
  return key === STATE_KEYS.history ? HISTORY_BUDGET + 1_000_000 : MAX_STATE_TEXT;
}

function parseJsonText(text: unknown, what: string): Outcome<unknown> {
  if (typeof text !== 'string')
    return {
      kind: 'error',
      code: 'state-not-text',
      message: `The saved ${what} in this workbook is not readable text.`,
    };
  if (text.length > MAX_STATE_TEXT)
    return {
      kind: 'error',
      code: 'state-too-large',
      message: `The saved ${what} in this workbook is too large to be ours (${text.length} characters).`,
    };
  try {
    return { kind: 'ok', value: JSON.parse(text) };
  } catch {
    return {
      kind: 'error',
      code: 'state-not-json',
      message: `The saved ${what} in this workbook is damaged (not valid JSON).`,
    };
  }
}

function isAbsent(text: unknown): boolean {
  return text === null || text === undefined || text === '';
}

/** Reads a stored model: null when absent; a refusal (never a half-used model) when malformed or newer. */
export function readStoredModel(text: unknown): Outcome<Model | null> {
  if (isAbsent(text)) return { kind: 'ok', value: null };
  const json = parseJsonText(text, 'model');
  if (json.kind === 'error') return json;
  const model = parseModel(json.value);
  if (model.kind === 'error')
    return {
      ...model,
      message: `The model saved in this workbook cannot be used. ${model.message}`,
    };
  return model;
}

export function readStoredCalibration(text: unknown): Outcome<Calibration | null> {
  if (isAbsent(text)) return { kind: 'ok', value: null };
  const json = parseJsonText(text, 'run statistics');
  if (json.kind === 'error') return json;
  const parsed = calibrationSchema.safeParse(json.value);
  if (!parsed.success) {
    return {
      kind: 'error',
      code: 'calibration-invalid',
      message: `The statistics of the last run saved in this workbook cannot be used (${describeIssues(parsed.error.issues)}). Run "Identify key accounts" again.`,
    };
  }
  return { kind: 'ok', value: parsed.data };
}

/** Reads the model list; malformed entries are skipped so one bad model does not hide the others. */
export function readStoredLibrary(text: unknown): Outcome<Model[]> {
  if (isAbsent(text)) return { kind: 'ok', value: [] };
  const json = parseJsonText(text, 'model list');
  if (json.kind === 'error') return json;
  const list = z.array(z.unknown()).safeParse(json.value);
  if (!list.success)
    return {
      kind: 'error',
      code: 'library-invalid',
      message: 'The model list saved in this workbook is damaged.',
    };
  const models: Model[] = [];
  for (const entry of list.data) {
    const model = parseModel(entry);
    if (model.kind === 'ok') models.push(model.value);
  }
  return { kind: 'ok', value: models };
}

/** The model list with `model` added, replacing a model of the same name (case-insensitive). */
export function withModel(library: readonly Model[], model: Model): Model[] {
  const name = model.name.toLowerCase();
  return [...library.filter((m) => m.name.toLowerCase() !== name), model];
}

/** What puts a usable model (and model list) in place of a refused one the user cannot mend. */
const SAVE_FROM_PANEL = ' Saving a model from the KAM panel puts one in its place.';

/** The model and the statistics of the run it was applied in: what per-row formulas need. */
export interface SavedRun {
  readonly model: Model;
  readonly calibration: Calibration;
}

export const NO_MODEL_MESSAGE =
  'This workbook has no saved KAM model. Run "Identify key accounts" first, or save a model in the KAM panel.';
export const NO_RUN_MESSAGE =
  'This workbook has no saved run to score rows against. Run "Identify key accounts" first (KAM.SCORES needs only a saved model).';

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

/**
 * The add-in's state in one workbook, over the host's StateStore: every reader goes through zod,
 * and a refusal of state the user cannot see says where it came from.
 */
export class WorkbookState {
  private readonly models = new LastParse(readStoredModel);
  private readonly calibrations = new LastParse(readStoredCalibration);
  private readonly histories = new LastParse(readHistory);

  constructor(readonly store: StateStore) {}

  private async read<T>(
    key: string,
    parse: (text: unknown) => Outcome<T>,
    remedy = '',
  ): Promise<Outcome<T>> {
    const stored = await this.store.read(key);
    if (stored.kind === 'error') return stored;
    return withOrigin(parse(stored.value.text), stored.value, remedy);
  }

  /** The active model: null when there is none; an error when it is malformed. */
  loadModel(): Promise<Outcome<Model | null>> {
    return this.read(STATE_KEYS.model, (text) => this.models.of(text), SAVE_FROM_PANEL);
  }

  /** The named models saved in the workbook (malformed entries are left out). */
  listModels(): Promise<Outcome<Model[]>> {
    return this.read(STATE_KEYS.library, readStoredLibrary, SAVE_FROM_PANEL);
  }

  /** The statistics of the last run, for per-row functions (KAM.SCORE, KAM.TIER). */
  loadCalibration(): Promise<Outcome<Calibration | null>> {
    return this.read(STATE_KEYS.calibration, (text) => this.calibrations.of(text));
  }

  /**
   * Saves the model as the workbook's active model and under its name in the model list, in one
   * write. A damaged list is replaced by one holding this model, and the returned note says so.
   */
  async saveModel(model: Model): Promise<Outcome<{ readonly notes: readonly string[] }>> {
    const library = await this.listModels();
    const notes =
      library.kind === 'error'
        ? [`${library.message} It was replaced by a list holding "${model.name}".`]
        : [];
    const models = withModel(library.kind === 'ok' ? library.value : [], model);
    const written = await this.store.write({
      [STATE_KEYS.model]: JSON.stringify(model),
      [STATE_KEYS.library]: JSON.stringify(models),
    });
    return written.kind === 'error' ? written : { kind: 'ok', value: { notes } };
  }

  saveCalibration(calibration: Calibration): Promise<Outcome<void>> {
    return this.store.write({ [STATE_KEYS.calibration]: JSON.stringify(calibration) });
  }

  /** The runs kept for comparison, the newest decoded; an error when the stored history is damaged. */
  loadHistory(): Promise<Outcome<RunHistory>> {
    return this.read(STATE_KEYS.history, (text) => this.histories.of(text));
  }

  saveHistory(text: string): Promise<Outcome<void>> {
    return this.store.write({ [STATE_KEYS.history]: text });
  }

  /** The model, the run and the number locale as saved now, in one snapshot (what the KAM functions read). */
  async snapshot(): Promise<SavedState> {
    return savedStateFrom(await this.loadModel(), await this.loadCalibration());
  }

  /** The saved model, required: its absence is an error saying what to do. */
  async requireModel(): Promise<Outcome<Model>> {
    return (await this.snapshot()).model;
  }

  /** The saved model with the statistics of the run it was applied in (see SavedState.run). */
  async loadRun(): Promise<Outcome<SavedRun>> {
    return (await this.snapshot()).run;
  }
}

/** The saved state as the KAM functions use it: what can serve a formula, or why it cannot. */
export interface SavedState {
  /** The saved model; an error saying what to do when there is none or it cannot be used. */
  readonly model: Outcome<Model>;
  /**
   * The model with the statistics of the run it was applied in, for per-row scoring. A model saved
   * after the run (from the panel, without running it) would score rows with the wrong
   * statistics: plausible but wrong numbers, so it is refused.
   */
  readonly run: Outcome<SavedRun>;
  /** How the last run read text numbers ("1.234,56"), so formulas read revenue alike; undefined without a run. */
  readonly numberLocale: NumberLocale | undefined;
}

/** The snapshot from what the store holds, synchronously (Apps Script's custom functions cannot wait). */
export function savedStateFrom(
  storedModel: Outcome<Model | null>,
  storedCalibration: Outcome<Calibration | null>,
): SavedState {
  const model: Outcome<Model> =
    storedModel.kind === 'error'
      ? storedModel
      : storedModel.value === null
        ? { kind: 'error', code: 'no-model', message: NO_MODEL_MESSAGE }
        : { kind: 'ok', value: storedModel.value };
  const numberLocale =
    storedCalibration.kind === 'ok'
      ? (storedCalibration.value?.numberLocale ?? undefined)
      : undefined;
  return { model, run: runOf(model, storedCalibration), numberLocale };
}

function runOf(model: Outcome<Model>, calibration: Outcome<Calibration | null>): Outcome<SavedRun> {
  if (model.kind === 'error') return model;
  if (calibration.kind === 'error') return calibration;
  if (calibration.value === null) return { kind: 'error', code: 'no-run', message: NO_RUN_MESSAGE };
  const matches = calibrationProblem(model.value, calibration.value);
  if (matches.kind === 'error')
    return { kind: 'error', code: 'run-model-mismatch', message: matches.message };
  return { kind: 'ok', value: { model: model.value, calibration: calibration.value } };
}

/** A refusal of text the user cannot see or mend where it is says where it came from, and what puts it right. */
function withOrigin<T>(outcome: Outcome<T>, stored: StoredText, remedy: string): Outcome<T> {
  if (outcome.kind === 'ok' || stored.origin === undefined) return outcome;
  return { ...outcome, message: `${outcome.message} ${stored.origin}${remedy}` };
}
