// The one-click "Identify key accounts" command as a plain function of its dependencies (testable without Office).
import type { Identification } from '../hosts/identify-and-write';
import type { Outcome } from '../core';
import { describeBusy, describeOutcome, describeUnexpected } from './describe-outcome';
import type { OutcomeMessage } from './outcome-message';

/** Must equal <FunctionName> of the "Identify key accounts" button in manifest.xml (test/manifest checks it). */
export const IDENTIFY_ACTION = 'identifyKeyAccounts';

/** What Office passes to an ExecuteFunction handler (Office.AddinCommands.Event), reduced to what we use. */
export interface CommandEvent {
  completed(): void;
}

export interface IdentifyCommandDeps {
  /** Runs the whole job: read, compute, write, save (identifyAndWrite on the Excel host). */
  readonly identify: () => Promise<Outcome<Identification>>;
  /** Shows the outcome to the user; resolves once it is on screen (or could not be). */
  readonly report: (message: OutcomeMessage) => Promise<void>;
  /** Where a failure to report goes; the console by default. */
  readonly log?: (problem: unknown) => void;
}

/**
 * The ExecuteFunction handler. It always calls event.completed(), whatever fails: Office keeps the
 * button busy (and Excel on the web its "working on it" bar) until then. It completes after the
 * outcome is on screen rather than after the dialog is closed: in a long-lived shared runtime
 * completing does not unload the page, so the dialog stays, and the ribbon is free again at once.
 */
export function createIdentifyCommand(
  deps: IdentifyCommandDeps,
): (event: CommandEvent) => Promise<void> {
  const log = deps.log ?? ((problem: unknown) => console.error('Identify key accounts:', problem));
  let running = false;

  return async (event) => {
    try {
      if (running) {
        await deps.report(describeBusy());
        return;
      }
      running = true;
      let message: OutcomeMessage;
      try {
        message = describeOutcome(await deps.identify());
      } catch (error) {
        message = describeUnexpected(error);
      } finally {
        running = false;
      }
      await deps.report(message);
    } catch (error) {
      log(error);
    } finally {
      event.completed();
    }
  };
}
