// Installs google.script.run on the preview page before the sidebar starts: the sample workbook in
// the file host, served through the shim (imported first by sidebar-preview.tsx, so it runs first).
import { FileWorkbookHost } from '../../hosts/file';
import type { WorkbookHost } from '../../hosts/port';
import { hostCalls } from './host-calls';
import { scriptRunShim } from './script-run-shim';

/** Where build-sheets.js puts the sample beside the page. */
export const SAMPLE_URL = 'samples/accounts.xlsx';

async function openSample(): Promise<WorkbookHost> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok)
    throw new Error(`The sample workbook could not be loaded (${response.status}).`);
  const opened = await FileWorkbookHost.fromBuffer(await response.arrayBuffer(), 'accounts.xlsx');
  if (opened.kind === 'error') throw new Error(opened.message);
  return opened.value;
}

let opening: Promise<WorkbookHost> | null = null;
const run = scriptRunShim(hostCalls(() => (opening ??= openSample())));
Reflect.set(globalThis, 'google', { script: { run } });
