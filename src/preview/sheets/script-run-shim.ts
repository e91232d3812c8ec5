// google.script.run for a page outside Google: the same chained, callback-style API the sidebar's
// client uses, answered by ServerCalls in the page, so the client code path is the real one.
import type { ScriptRunner, ServerCalls } from '../../sheets/client/server-calls';

export function scriptRunShim(calls: ServerCalls): ScriptRunner {
  const runner = (
    onSuccess: (value: unknown) => void,
    onFailure: (error: unknown) => void,
  ): ScriptRunner => {
    const target: Record<string, unknown> = {
      withSuccessHandler: (handler: (value: unknown) => void) => runner(handler, onFailure),
      withFailureHandler: (handler: (error: unknown) => void) => runner(onSuccess, handler),
    };
    for (const [name, call] of Object.entries(calls))
      target[name] = (...args: unknown[]) => {
        // Apps Script copies arguments and results; so does the shim (a plan the page keeps is not shared).
        const copied = JSON.parse(JSON.stringify(args)) as unknown[];
        (call as (...a: unknown[]) => Promise<unknown>)(...copied).then(
          (value) => onSuccess(value === undefined ? value : JSON.parse(JSON.stringify(value))),
          onFailure,
        );
      };
    return target as ScriptRunner;
  };
  return runner(
    () => undefined,
    () => undefined,
  );
}
