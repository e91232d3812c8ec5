// What globalSetup hands to globalTeardown (same process): the server to close and the build folder to delete.
import type { Server } from 'node:http';

export const E2E_URL_VARIABLE = 'KAM_E2E_URL';

export interface Running {
  readonly server: Server;
  readonly folder: string;
  /** Whether the folder was made by this run (and is deleted after it). */
  readonly owned: boolean;
}

const KEY = Symbol.for('kam.e2e.running');

export function setRunning(running: Running): void {
  Reflect.set(globalThis, KEY, running);
}

export function takeRunning(): Running | undefined {
  const running: unknown = Reflect.get(globalThis, KEY);
  Reflect.deleteProperty(globalThis, KEY);
  return running as Running | undefined;
}
