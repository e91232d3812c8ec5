// Evaluates Code.js in a bare Node vm context whose only globals are the fake Apps Script services
// (and the console Apps Script has): no require, no timers, no process, as in Apps Script's V8.
import vm from 'node:vm';
import type { FakeGoogle } from './fake';
import type { AddOnScript } from './script';

export interface LoadedScript {
  readonly script: AddOnScript;
  readonly context: vm.Context;
  /** What the script wrote to Apps Script's console (it has one; nothing is expected there). */
  readonly logged: string[];
}

/** Code.js evaluated in a fresh context over the fake's services. */
export function loadCode(code: string, google: FakeGoogle): LoadedScript {
  const logged: string[] = [];
  const record = (...args: unknown[]): void => {
    logged.push(args.map(String).join(' '));
  };
  const context = vm.createContext({
    ...google.services,
    console: { log: record, info: record, warn: record, error: record },
  });
  vm.runInContext(code, context, { filename: 'Code.js' });
  // Apps Script's clock is the script's own Date.now; the fake's virtual clock stands in for it.
  (vm.runInContext('Date', context) as DateConstructor).now = () => google.journal.now();
  return { script: context as unknown as AddOnScript, context, logged };
}
