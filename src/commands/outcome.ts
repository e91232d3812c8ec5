// The outcome dialog's page script (outcome.html): shows the message in its URL; "Close" asks the opener to close it.
import { fromDialogQuery } from './outcome-message';
import { renderOutcome } from './outcome-view';

const root = document.getElementById('outcome');
const close = document.getElementById('close');
if (root !== null) renderOutcome(document, root, fromDialogQuery(window.location.search));

Office.onReady(() => {
  close?.addEventListener('click', () => {
    // In a dialog only messageParent is available; opened on its own (outside Office) the page just closes.
    if (Office.context?.ui?.messageParent) Office.context.ui.messageParent('close');
    else window.close();
  });
  close?.focus();
});
