// Shows a run's outcome in a small Office dialog (outcome.html): how a UI-less ribbon command talks to the user.
//
// Why a dialog: Excel has no notification API for add-ins (Outlook's notificationMessages does not
// exist here), the command must not open the panel, and the Dialog API is documented for exactly
// this host page, a function file. In the shared runtime the dialog outlives event.completed().
import { type OutcomeMessage, toDialogQuery } from './outcome-message';

/** Office's "this add-in already has an active dialog" error. */
const DIALOG_ALREADY_OPEN = 12007;

/** Percent of the screen; enough for the title and five or six short lines. */
const DIALOG_SIZE = { height: 40, width: 30 };

let current: Office.Dialog | null = null;

/** The dialog page beside the runtime page: same origin, as displayDialogAsync requires, in dev and in production. */
export function outcomeDialogUrl(runtimePageUrl: string, message: OutcomeMessage): string {
  const url = new URL('outcome.html', runtimePageUrl);
  url.search = toDialogQuery(message);
  return url.href;
}

function openDialog(url: string): Promise<Office.AsyncResult<Office.Dialog>> {
  return new Promise((resolve) => {
    // displayInIframe: Excel on the web shows it inside the page instead of a pop-up window, so no pop-up blocker.
    Office.context.ui.displayDialogAsync(url, { ...DIALOG_SIZE, displayInIframe: true }, resolve);
  });
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens the dialog (closing the previous outcome first: one dialog per page at a time).
 * Resolves true once it is shown, false when this host cannot show it.
 */
export async function showOutcomeDialog(message: OutcomeMessage): Promise<boolean> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return false;
  const url = outcomeDialogUrl(window.location.href, message);
  if (current !== null) {
    current.close();
    current = null;
  }
  let result = await openDialog(url);
  // close() has no callback: right after it Office may still count the old dialog as open.
  if (
    result.status === Office.AsyncResultStatus.Failed &&
    result.error.code === DIALOG_ALREADY_OPEN
  ) {
    await wait(500);
    result = await openDialog(url);
  }
  if (result.status === Office.AsyncResultStatus.Failed) {
    console.warn(
      `Identify key accounts: the outcome dialog could not open (${result.error.code}: ${result.error.message}).`,
    );
    return false;
  }
  const dialog = result.value;
  current = dialog;
  const forget = (): void => {
    if (current === dialog) current = null;
  };
  // The page's "Close" button sends a message; the dialog cannot close itself.
  dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
    dialog.close();
    forget();
  });
  // Closed with its own X, or navigated away: nothing to close any more.
  dialog.addEventHandler(Office.EventType.DialogEventReceived, forget);
  return true;
}
