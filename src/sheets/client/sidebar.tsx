// The sidebar's page: the same React + Fluent panel as Excel's task pane, over the SidebarHost
// (server calls through google.script.run). build-sheets.js inlines this bundle into sidebar.html.
import { renderMessage, renderTaskpane } from '../../taskpane/render';
import { SidebarHost } from './sidebar-host';
import { type ScriptRunner, serverCalls } from './server-calls';

/** google.script.run, which HtmlService defines on the page; undefined anywhere else. */
function scriptRunner(): ScriptRunner | undefined {
  const google: unknown = Reflect.get(globalThis, 'google');
  const script: unknown =
    typeof google === 'object' && google !== null ? Reflect.get(google, 'script') : undefined;
  const run: unknown =
    typeof script === 'object' && script !== null ? Reflect.get(script, 'run') : undefined;
  return typeof run === 'object' && run !== null ? (run as ScriptRunner) : undefined;
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (root === null) return;
  const runner = scriptRunner();
  if (runner === undefined) {
    renderMessage(
      root,
      'This panel runs inside Google Sheets: open it from Extensions > Key accounts > Open panel.',
    );
    return;
  }
  // google.script.run hands out a fresh runner per call chain; asking each time keeps handlers apart.
  const calls = serverCalls(() => scriptRunner() ?? runner);
  const connected = await SidebarHost.connect(calls);
  if (connected.kind === 'error') {
    renderMessage(root, connected.message);
    return;
  }
  renderTaskpane(root, connected.value, {
    theme: 'light',
    methodology: { open: () => void calls.kamShowMethodology() },
  });
}

void start();
