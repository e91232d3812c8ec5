// A StateStore in memory, for tests: what a host keeps in the workbook, as text under keys, with every write recorded.
import type { Outcome } from '../../src/core';
import type { StateStore, StoredText } from '../../src/hosts/port';

export class MemoryStore implements StateStore {
  readonly values = new Map<string, unknown>();
  /** Every write, in order, as the entries it stored. */
  readonly writes: Readonly<Record<string, string>>[] = [];

  constructor(initial: Readonly<Record<string, unknown>> = {}) {
    for (const [key, value] of Object.entries(initial)) this.values.set(key, value);
  }

  async read(key: string): Promise<Outcome<StoredText>> {
    return { kind: 'ok', value: { text: this.values.get(key) ?? null } };
  }

  async write(entries: Readonly<Record<string, string>>): Promise<Outcome<void>> {
    this.writes.push(entries);
    for (const [key, text] of Object.entries(entries)) this.values.set(key, text);
    return { kind: 'ok', value: undefined };
  }
}
