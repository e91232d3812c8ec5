// The Excel host's StateStore: JSON text in the workbook's document settings, with the CLI's state sheet as fallback.
import type { Outcome } from '../../core';
import type { StateStore } from '../port';
import { failureDetail, type SettingsStore } from './office-api';
import { STATE_SHEET } from '../state-sheet';

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

/** Settings that cannot be reached (Office not ready yet, or not running inside Excel). */
function unavailable(error: unknown): Outcome<never> {
  return {
    kind: 'error',
    code: 'settings-unavailable',
    message: `The add-in's data saved in this workbook cannot be reached (${failureDetail(error).text}).`,
  };
}

/** Nothing stored under a key: what the WorkbookState readers take as "absent". */
function isAbsent(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** Reads the text under a key from a second store (the CLI's state sheet): null when absent there too. */
export type StateFallback = (key: string) => Promise<Outcome<unknown>>;

/** Keys kept on the state sheet rather than in settings (too large for them), with its reader and writer. */
export interface SheetKeys {
  readonly keys: ReadonlySet<string>;
  readonly read: StateFallback;
  readonly write: (key: string, text: string) => Promise<Outcome<void>>;
}

/** Said after a refusal of state the CLI saved: the user cannot see or mend that sheet from Excel. */
export const CLI_STATE_ORIGIN = `It was saved by the KAM command-line tool, on the hidden sheet "${STATE_SHEET}".`;

/**
 * The add-in's state in document settings, the Excel host's own store. Values are stored as JSON
 * text (not as objects), so what comes back is text for the WorkbookState readers to check. Where
 * the settings hold nothing under a key, the fallback (the state the CLI saved in the workbook) is
 * read instead, once per key: only the CLI writes that sheet, so it cannot change while the
 * workbook is open, and 10,000 KAM.SCORE cells must not make 10,000 requests. The settings take
 * precedence, and nothing is ever written to the fallback.
 */
export function settingsStore(
  settings: () => SettingsStore,
  fallback: StateFallback,
  sheet?: SheetKeys,
): StateStore {
  const fromCli = new Map<string, Promise<Outcome<unknown>>>();
  const readFallback = (key: string): Promise<Outcome<unknown>> => {
    let pending = fromCli.get(key);
    if (pending === undefined) {
      pending = fallback(key).then((outcome) => {
        if (outcome.kind === 'error') fromCli.delete(key); // a failed read is tried again next time
        return outcome;
      });
      fromCli.set(key, pending);
    }
    return pending;
  };
  return {
    async read(key) {
      if (sheet?.keys.has(key) === true) {
        const stored = await sheet.read(key);
        return stored.kind === 'error' ? stored : { kind: 'ok', value: { text: stored.value } };
      }
      let text: unknown;
      try {
        text = settings().get(key);
      } catch (error) {
        return unavailable(error);
      }
      if (!isAbsent(text)) return { kind: 'ok', value: { text } };
      const saved = await readFallback(key);
      if (saved.kind === 'error') return saved;
      return { kind: 'ok', value: { text: saved.value, origin: CLI_STATE_ORIGIN } };
    },
    async write(entries) {
      const inSettings = Object.entries(entries).filter(([key]) => sheet?.keys.has(key) !== true);
      for (const [key, text] of Object.entries(entries)) {
        if (sheet === undefined || !sheet.keys.has(key)) continue;
        const written = await sheet.write(key, text);
        if (written.kind === 'error') return written;
      }
      if (inSettings.length === 0) return { kind: 'ok', value: undefined };
      let store: SettingsStore;
      try {
        store = settings();
        for (const [key, text] of inSettings) store.set(key, text);
      } catch (error) {
        return unavailable(error);
      }
      return saveSettings(store);
    },
  };
}
