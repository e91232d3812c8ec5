// Mounts the taskpane into a page with the Fluent theme: used by the add-in entry and by the browser preview.
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { WorkbookHost } from '../hosts/port';
import { App } from './components/App/App';
import type { ThemeName } from './lib/office-theme';

export interface RenderOptions {
  readonly theme: ThemeName;
}

export interface MountedTaskpane {
  /** Follows a theme change of the host (Office, or the preview's toggle) without losing the panel's state. */
  setTheme(theme: ThemeName): void;
  unmount(): void;
}

function Taskpane({ host, theme }: { host: WorkbookHost; theme: ThemeName }): JSX.Element {
  return (
    <StrictMode>
      <FluentProvider
        theme={theme === 'dark' ? webDarkTheme : webLightTheme}
        style={{ minHeight: '100vh' }}
      >
        <App host={host} />
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
  reactRoot.render(<Taskpane host={host} theme={options.theme} />);
  return {
    setTheme: (theme) => reactRoot.render(<Taskpane host={host} theme={theme} />),
    unmount: () => reactRoot.unmount(),
  };
}
