// The ribbon command's latest outcome, kept in the shared runtime so the task pane can show it when it opens.
import type { OutcomeMessage } from './outcome-message';

export type OutcomeListener = (message: OutcomeMessage) => void;

let latest: OutcomeMessage | null = null;
const listeners = new Set<OutcomeListener>();

export function publishOutcome(message: OutcomeMessage): void {
  latest = message;
  for (const listener of listeners) listener(message);
}

/** The outcome of the last ribbon run in this session, or null. */
export function latestOutcome(): OutcomeMessage | null {
  return latest;
}

/** Calls listener on every new outcome; returns the unsubscribe function (a React effect's cleanup). */
export function subscribeOutcome(listener: OutcomeListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
