// Mounts the taskpane into a page with the Fluent theme: used by the add-in entry and by the browser preview.
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { WorkbookHost } from '../hosts/port';
import { App } from './components/App/App';
import type { ThemeName } from './lib/office-theme';
import type { MethodologyLink } from './methodology-context';

export interface RenderOptions {
  readonly theme: ThemeName;
  /** How "How the numbers are computed" opens; left out where the host offers no way to. */
  readonly methodology?: MethodologyLink;
}

export interface MountedTaskpane {
  /** Follows a theme change of the host (Office, or the preview's toggle) without losing the panel's state. */
  setTheme(theme: ThemeName): void;
  unmount(): void;
}

function Taskpane({
  host,
  theme,
  methodology,
}: RenderOptions & { host: WorkbookHost }): JSX.Element {
  return (
    <StrictMode>
      <FluentProvider
        theme={theme === 'dark' ? webDarkTheme : webLightTheme}
        style={{ minHeight: '100vh' }}
      >
        <App host={host} {...(methodology === undefined ? {} : { methodology })} />
      </FluentProvider>
    </StrictMode>
  );
}

export function renderTaskpane(
  root: HTMLElement,
  host: WorkbookHost,
  options: RenderOptions,
): MountedTaskpane {
  const reactRoot = createRoot(root);
  reactRoot.render(<Taskpane host={host} {...options} />);
  return {
    setTheme: (theme) => reactRoot.render(<Taskpane host={host} {...options} theme={theme} />),
    unmount: () => reactRoot.unmount(),
  };
}

/** A one-line message in place of the panel, where it cannot run (outside its host, or the host failed to connect). */
export function renderMessage(root: HTMLElement, text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  p.style.font = '14px "Segoe UI", Arial, sans-serif';
  p.style.padding = '12px';
  root.replaceChildren(p);
}
