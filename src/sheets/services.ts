// The Apps Script services as the runtime provides them (globals), for the add-on's entry points.
import type { AppsScriptServices } from '../hosts/sheets';

/** The globals Apps Script defines in every execution; a test's vm context defines fakes under the same names. */
export function appsScriptServices(): AppsScriptServices {
  return { SpreadsheetApp, PropertiesService, HtmlService, Utilities };
}
