// The sidebar's typed, promise-based client of its server functions over google.script.run: the same
// names and argument types as SidebarApi, each call's Outcome resolved, an exception as an error Outcome.
import { fail } from '../../core';
import type { SidebarApi } from '../sidebar-api';
import { SIDEBAR_FUNCTIONS } from '../sidebar-protocol';

/** google.script.run as HtmlService gives it to the page (https://developers.google.com/apps-script/guides/html/reference/run). */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: (...args: never[]) => unknown;
}

/** Each server function as an async call returning its Outcome. */
export type ServerCalls = {
  readonly [K in keyof SidebarApi]: (
    ...args: Parameters<SidebarApi[K]>
  ) => Promise<ReturnType<SidebarApi[K]>>;
};

function messageOf(error: unknown): string {
  const message: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'message') : undefined;
  return typeof message === 'string' ? message : String(error);
}

/**
 * A server failure (Apps Script threw: a service error, the 6-minute limit, a lost connection) is
 * reported by google.script.run's failure handler; it becomes an error Outcome like any other.
 */
function call(
  runner: () => ScriptRunner,
  name: string,
  args: readonly unknown[],
): Promise<unknown> {
  return new Promise((resolve) => {
    const configured = runner()
      .withSuccessHandler(resolve)
      .withFailureHandler((error) =>
        resolve(
          fail(
            'sheets-failure',
            `Google Sheets could not run the add-on's ${name}: ${messageOf(error)}`,
          ),
        ),
      );
    (configured[name] as (...a: readonly unknown[]) => void)(...args);
  });
}

export function serverCalls(runner: () => ScriptRunner): ServerCalls {
  const calls: Record<string, (...args: readonly unknown[]) => Promise<unknown>> = {};
  for (const name of SIDEBAR_FUNCTIONS) calls[name] = (...args) => call(runner, name, args);
  return calls as unknown as ServerCalls;
}
