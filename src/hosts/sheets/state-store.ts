// The Sheets host's StateStore: JSON text in the document's properties, split into chunks because
// Google stores at most 9 KB per value and 500 KB per store. Readable synchronously, for custom functions.
import { fail, type Outcome, readHistory, type RunSnapshot } from '../../core';
import type { StoredText } from '../port';
import {
  MAX_STATE_TEXT,
  readStoredCalibration,
  readStoredModel,
  type SavedState,
  savedStateFrom,
  STATE_KEYS,
} from '../state';
import type { PropertiesApi } from './apps-script';

/** Google's limit on one store of properties (9 KB per value, 500 KB per store: Apps Script quotas). */
export const PROPERTY_STORE_LIMIT = 500 * 1024;
/** Bytes of UTF-8 one chunk holds: under the 9 KB per value, with room for the key. */
export const CHUNK_BYTES = 8 * 1024;

/** A value stored in chunks holds this, then the chunk count; chunks live under `key#1`, `key#2` ... */
const CHUNKED = 'kam-chunks:';

function chunkKey(key: string, index: number): string {
  return `${key}#${index}`;
}

function utf8Bytes(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
}

/** Bytes of a string in UTF-8 (a surrogate pair counts 4). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += utf8Bytes(text.charCodeAt(i));
  return bytes;
}

/** Splits text into chunks of at most CHUNK_BYTES of UTF-8, never inside a surrogate pair. */
export function byteChunks(text: string, limit = CHUNK_BYTES): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const size = pair ? 4 : utf8Bytes(code);
    if (bytes + size > limit && i > start) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  if (start < text.length) chunks.push(text.slice(start));
  return chunks;
}

function chunkCount(stored: string | null): number {
  if (stored === null || !stored.startsWith(CHUNKED)) return 0;
  const count = Number(stored.slice(CHUNKED.length));
  return Number.isInteger(count) && count > 0 ? count : 0;
}

/**
 * The text under a key: the value itself, or its chunks joined. A missing chunk makes the text
 * unreadable rather than short (the WorkbookState readers then refuse it as damaged JSON).
 */
export function readStoredText(properties: PropertiesApi, key: string): string | null {
  const stored = properties.getProperty(key);
  const count = chunkCount(stored);
  if (count === 0) return stored;
  let text = '';
  for (let i = 1; i <= count; i++) {
    const chunk = properties.getProperty(chunkKey(key, i));
    if (chunk === null) return `${CHUNKED}missing chunk ${i} of ${count}`;
    text += chunk;
    if (text.length > MAX_STATE_TEXT) break;
  }
  return text;
}

/** The properties that store `text` under `key`. */
function entriesFor(key: string, text: string): Record<string, string> {
  if (utf8Length(text) <= CHUNK_BYTES) return { [key]: text };
  const chunks = byteChunks(text);
  const entries: Record<string, string> = { [key]: `${CHUNKED}${chunks.length}` };
  chunks.forEach((chunk, i) => (entries[chunkKey(key, i + 1)] = chunk));
  return entries;
}

/** Bytes a store's properties take (keys and values), as Google counts them against its quota. */
function storeBytes(properties: Readonly<Record<string, string>>): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(properties))
    bytes += utf8Length(key) + utf8Length(value);
  return bytes;
}

/**
 * Writes every entry in one setProperties() call, then drops the chunks of older, longer values.
 * The whole store is checked first: a write past Google's 500 KB changes nothing and says so.
 */
export function writeStoredTexts(
  properties: PropertiesApi,
  entries: Readonly<Record<string, string>>,
): Outcome<void> {
  const current = properties.getProperties();
  const next: Record<string, string> = {};
  const stale: string[] = [];
  for (const [key, text] of Object.entries(entries)) {
    Object.assign(next, entriesFor(key, text));
    const before = chunkCount(current[key] ?? null);
    for (let i = 1; i <= before; i++) if (!(chunkKey(key, i) in next)) stale.push(chunkKey(key, i));
  }
  const after = { ...current, ...next };
  for (const key of stale) delete after[key];
  const bytes = storeBytes(after);
  if (bytes > PROPERTY_STORE_LIMIT)
    return fail(
      'settings-not-saved',
      `The model and the run's statistics (${Math.ceil(bytes / 1024)} KB) do not fit in the ${PROPERTY_STORE_LIMIT / 1024} KB Google Sheets keeps for an add-on in a spreadsheet, so they were not saved. A percentile criterion over many accounts keeps every value: choose minmax or log-minmax for it, or delete saved models in the KAM panel.`,
    );
  properties.setProperties(next);
  for (const key of stale) properties.deleteProperty(key);
  return { kind: 'ok', value: undefined };
}

/** Removes a key and its chunks. */
export function deleteStoredText(properties: PropertiesApi, key: string): void {
  const count = chunkCount(properties.getProperty(key));
  properties.deleteProperty(key);
  for (let i = 1; i <= count; i++) properties.deleteProperty(chunkKey(key, i));
}

/** The text under a key, for the WorkbookState readers; a failure of the service is an error Outcome. */
export function readState(properties: () => PropertiesApi, key: string): Outcome<StoredText> {
  try {
    return { kind: 'ok', value: { text: readStoredText(properties(), key) } };
  } catch (error) {
    return unavailable(error);
  }
}

/** Stores the entries (see writeStoredTexts); a failure of the service is an error Outcome. */
export function writeState(
  properties: () => PropertiesApi,
  entries: Readonly<Record<string, string>>,
): Outcome<void> {
  try {
    return writeStoredTexts(properties(), entries);
  } catch (error) {
    return fail(
      'settings-not-saved',
      `The model could not be saved with the spreadsheet (${messageOf(error)}). Check that you can edit it and try again.`,
    );
  }
}

/** An exception's message; Apps Script's service errors and a test realm's errors alike. */
export function messageOf(error: unknown): string {
  const message: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'message') : undefined;
  return typeof message === 'string' ? message : String(error);
}

function unavailable(error: unknown): Outcome<never> {
  return fail(
    'settings-unavailable',
    `The add-on's data saved in this spreadsheet cannot be read (${messageOf(error)}).`,
  );
}

/**
 * The saved model and run, read synchronously: what the KAM_* custom functions use (Apps Script
 * runs each formula as its own execution and cannot wait on a promise).
 */
export function savedStateIn(properties: () => PropertiesApi): SavedState {
  try {
    const store = properties();
    return savedStateFrom(
      readStoredModel(readStoredText(store, STATE_KEYS.model)),
      readStoredCalibration(readStoredText(store, STATE_KEYS.calibration)),
    );
  } catch (error) {
    const failed = unavailable(error);
    return savedStateFrom(failed, failed);
  }
}

/** The last run's snapshot, read synchronously for KAM_STABILITY only (the other functions never decode it). */
export function latestRunIn(properties: () => PropertiesApi): Outcome<RunSnapshot | null> {
  try {
    const history = readHistory(readStoredText(properties(), STATE_KEYS.history));
    return history.kind === 'error' ? history : { kind: 'ok', value: history.value.latest };
  } catch (error) {
    return unavailable(error);
  }
}
