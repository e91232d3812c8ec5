// google.script.run as the sidebar's page has it, over the loaded Code.js: each call asynchronous, its
// arguments and result copied as Google copies them (JSON-like: undefined in arrays becomes null),
// an exception handed to the failure handler.
import type { ScriptRunner } from '../../src/sheets/client/server-calls';
import type { AddOnScript } from './script';

/** A copy as google.script.run makes one: only primitives, arrays and plain objects survive. */
function transported<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export interface RunnerLog {
  readonly calls: string[];
}

export function scriptRunner(script: AddOnScript, log: RunnerLog = { calls: [] }): ScriptRunner {
  const make = (
    onSuccess: (value: unknown) => void,
    onFailure: (error: unknown) => void,
  ): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_target, name) {
        if (name === 'withSuccessHandler')
          return (handler: (value: unknown) => void) => make(handler, onFailure);
        if (name === 'withFailureHandler')
          return (handler: (error: unknown) => void) => make(onSuccess, handler);
        if (typeof name !== 'string') return undefined;
        return (...args: unknown[]) => {
          log.calls.push(name);
          const fn = script[name];
          setImmediate(() => {
            try {
              if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
              onSuccess(transported(fn(...transported(args))));
            } catch (error) {
              onFailure(error);
            }
          });
        };
      },
    });
  return make(
    () => undefined,
    () => undefined,
  );
}
