// Ribbon commands, loaded by taskpane.html in the shared runtime: registers "identifyKeyAccounts" (the manifest's FunctionName).
import { createExcelHost } from '../hosts/excel';
import { identifyAndWrite } from '../hosts/identify-and-write';
import { methodologyUrl } from '../taskpane/methodology-context';
import { createIdentifyCommand, IDENTIFY_ACTION } from './identify-command';
import { publishOutcome } from './last-outcome';
import { showOutcomeDialog } from './outcome-dialog';

const identifyKeyAccounts = createIdentifyCommand({
  identify: () =>
    identifyAndWrite(createExcelHost(), {
      useSavedModel: true,
      // The summary sheet links to the page the add-in serves beside this (shared runtime) page.
      links: { methodologyUrl: methodologyUrl(window.location.href) },
    }),
  report: async (message) => {
    publishOutcome(message);
    const shown = await showOutcomeDialog(message);
    // Without a dialog (no DialogApi, or the user dismissed Office's prompt) a failure must still reach
    // the user: the panel opens and shows the latest outcome. A success is visible in the sheet already.
    if (!shown && message.kind === 'error') await Office.addin.showAsTaskpane();
  },
});

Office.onReady((info) => {
  // The browser preview loads this page outside Excel: there are no ribbon actions to register there.
  if (info.host !== Office.HostType.Excel) return;
  Office.actions.associate(IDENTIFY_ACTION, identifyKeyAccounts);
});
