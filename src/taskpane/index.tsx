// Taskpane entry (webpack): waits for Office, picks the Excel host and renders the panel with the Office theme.
import { createExcelHost } from '../hosts/excel';
import { themeFromBackground, type ThemeName } from './lib/office-theme';
import { methodologyUrl } from './methodology-context';
import { renderMessage, renderTaskpane } from './render';

export { App } from './components/App/App';
export { renderTaskpane } from './render';
export type { MountedTaskpane, RenderOptions } from './render';
export { WorkbookHostContext, useWorkbookHost } from './host-context';

function officeTheme(): ThemeName {
  // officeTheme is missing in some hosts (older Excel, Excel on the web in some browsers): light then.
  return themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor);
}

// Guarded so that importing this module outside Office (the preview, tests) does nothing.
if (typeof Office !== 'undefined') {
  void Office.onReady((info) => {
    const root = document.getElementById('root');
    if (root === null) return;
    if (info.host === Office.HostType.Excel)
      renderTaskpane(root, createExcelHost(), {
        theme: officeTheme(),
        methodology: { href: methodologyUrl(window.location.href) },
      });
    else
      renderMessage(
        root,
        'Key Account Identifier works in Excel. Open this add-in from Excel, or use the browser preview (npm start).',
      );
  });
}
