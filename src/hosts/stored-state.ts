// What the add-in keeps in a workbook, under which keys, read back through zod (shared by every host).
import { z } from 'zod';
import {
  type Calibration,
  calibrationSchema,
  describeIssues,
  type Model,
  parseModel,
  type Outcome,
} from '../core';

/** Keys of the document settings (Excel) / hidden store (files) holding our state, as JSON text. */
export const STATE_KEYS = {
  /** The active model: what the one-click button and the KAM.* functions use. */
  model: 'kam.model',
  /** The statistics of the last run (see core/calibration). */
  calibration: 'kam.calibration',
  /** Named models saved from the taskpane: an array of models. */
  library: 'kam.models',
} as const;

/** Longest JSON text accepted from a workbook: a hostile 100 MB setting is refused, not parsed. */
export const MAX_STATE_TEXT = 4_000_000;

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

/** Reads a stored model: null when absent; a refusal (never a half-used model) when malformed or newer. */
export function readStoredModel(text: unknown): Outcome<Model | null> {
  if (text === null || text === undefined || text === '') return { kind: 'ok', value: null };
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
  if (text === null || text === undefined || text === '') return { kind: 'ok', value: null };
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
  if (text === null || text === undefined || text === '') return { kind: 'ok', value: [] };
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
