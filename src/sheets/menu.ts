// The add-on's menu and what its items run: "Identify key accounts" (one execution, progress in
// toasts, the outcome in a dialog with the ribbon's words), "Open panel", "Clear results".
import { describeFailure, describeOutcome } from '../commands/describe-outcome';
import type { OutcomeMessage } from '../commands/outcome-message';
import { identifyAndWrite } from '../hosts/identify-and-write';
import type { ProgressCallback } from '../hosts/port';
import { type AppsScriptServices, messageOf, SheetsWorkbookHost } from '../hosts/sheets';
import { appsScriptServices } from './services';

export const MENU_TITLE = 'Key accounts';
/** The sidebar's HTML file in the Apps Script project (dist/sheets/sidebar.html). */
export const SIDEBAR_FILE = 'sidebar';
/** "How the numbers are computed" (assets/methodology.html, copied by build-sheets.js as methodology.html). */
export const METHODOLOGY_FILE = 'methodology';
export const METHODOLOGY_TITLE = 'How the numbers are computed';

/** The host for one execution of a server function: the clock starts now. */
export function sheetsHost(
  services: AppsScriptServices = appsScriptServices(),
): SheetsWorkbookHost {
  return new SheetsWorkbookHost({ services });
}

/**
 * Builds the add-on menu. In AuthMode.NONE (the add-on installed but not yet used in this file)
 * only the menu may be built, so nothing else is touched here.
 */
export function onOpen(): void {
  appsScriptServices()
    .SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Identify key accounts', 'identifyKeyAccounts')
    .addItem('Open panel', 'openKamPanel')
    .addItem(METHODOLOGY_TITLE, 'showKamMethodology')
    .addSeparator()
    .addItem('Clear results', 'clearKamResults')
    .addToUi();
}

/** Installing the add-on from the Marketplace opens no file: the menu is built as on opening. */
export function onInstall(): void {
  onOpen();
}

function show(services: AppsScriptServices, message: OutcomeMessage): void {
  const ui = services.SpreadsheetApp.getUi();
  ui.alert(message.title, message.lines.join('\n\n'), ui.ButtonSet.OK);
}

/** Progress as Sheets toasts, at most one per tenth of the work or new step (each toast is a service call). */
function toasts(services: AppsScriptServices): ProgressCallback {
  let shown = -1;
  let lastLabel = '';
  return (fraction, label) => {
    const step = Math.floor(fraction * 10);
    if (step === shown && label === lastLabel) return;
    shown = step;
    lastLabel = label;
    services.SpreadsheetApp.getActiveSpreadsheet().toast(
      `${label} (${Math.round(fraction * 100)}%)`,
      MENU_TITLE,
      10,
    );
  };
}

/**
 * The one-click run: the workbook's saved model (or the detected columns and the Balanced preset),
 * everything computed before the first write, the outcome in the ribbon command's words.
 */
export async function identifyKeyAccounts(): Promise<void> {
  const services = appsScriptServices();
  let message: OutcomeMessage;
  try {
    const outcome = await identifyAndWrite(
      sheetsHost(services),
      { useSavedModel: true },
      toasts(services),
    );
    message = describeOutcome(outcome);
  } catch (error) {
    message = describeFailure(`Google Sheets reported a problem: ${messageOf(error)}`);
  }
  show(services, message);
}

/** Opens the KAM panel: the same React panel as Excel's, in a sidebar. */
export function openKamPanel(): void {
  const services = appsScriptServices();
  const html = services.HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(MENU_TITLE);
  services.SpreadsheetApp.getUi().showSidebar(html);
}

/**
 * The methodology page in a dialog beside the sheet: HtmlService serves no files beside the sidebar,
 * so the panel's link and the menu item both open it this way.
 */
export function showKamMethodology(services: AppsScriptServices = appsScriptServices()): void {
  const html = services.HtmlService.createHtmlOutputFromFile(METHODOLOGY_FILE)
    .setWidth(760)
    .setHeight(640);
  services.SpreadsheetApp.getUi().showModelessDialog(html, METHODOLOGY_TITLE);
}

export function clearKamResults(): void {
  const services = appsScriptServices();
  const outcome = sheetsHost(services).clearNow();
  show(
    services,
    outcome.kind === 'ok'
      ? {
          kind: 'success',
          title: 'Results cleared',
          lines: [
            'The KAM result columns, their formatting and the "KAM Summary" sheet were removed. Your own cells were not changed.',
            ...outcome.value.notes,
          ],
        }
      : { kind: 'error', title: 'Results were not cleared', lines: [outcome.message] },
  );
}
