// Panel test helpers: render the taskpane in the Fluent theme (waiting for the table), and the user's gestures on it.
import type { MethodologyLink } from '../../src/taskpane/methodology-context';
import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import {
  fireEvent,
  render,
  type RenderResult,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/components/App/App';
import type { WorkbookHost } from '../../src/hosts/port';

/**
 * Component styles go to a detached document: jsdom's getComputedStyle walks every CSS rule of
 * the page, and the accessible-name checks of role queries call it for each element, so with
 * Fluent's hundreds of atomic rules in the page one query took seconds.
 */
const STYLE_SINK = document.implementation.createHTMLDocument('styles');

export async function renderApp(
  host: WorkbookHost,
  theme: 'light' | 'dark' = 'light',
  methodology?: MethodologyLink,
): Promise<RenderResult> {
  const result = render(
    <RendererProvider renderer={createDOMRenderer(STYLE_SINK)}>
      <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
        <App host={host} {...(methodology === undefined ? {} : { methodology })} />
      </FluentProvider>
    </RendererProvider>,
  );
  await screen.findByRole('heading', { name: 'Data' });
  return result;
}

export const user = userEvent.setup({ delay: null });

export async function choose(
  combobox: string,
  option: string,
  scope: HTMLElement = document.body,
): Promise<void> {
  const box = within(scope).getByRole('combobox', { name: combobox });
  // The saved-models list arrives after the table: its dropdown is disabled until then.
  await waitFor(() => expect(box).toBeEnabled());
  await user.click(box);
  await user.click(await screen.findByRole('option', { name: option }));
}

export function criterion(label: string): HTMLElement {
  return screen.getByRole('group', { name: `Criterion ${label}` });
}

export function setWeight(label: string, weight: number): void {
  fireEvent.change(screen.getByRole('slider', { name: `Weight of ${label}` }), {
    target: { value: String(weight) },
  });
}

export function shares(): number[] {
  return screen
    .getAllByText(/% of the score$/)
    .map((el) => Number.parseInt(el.textContent ?? '', 10));
}

export function preview(): HTMLElement {
  return screen.getByRole('group', { name: 'What-if preview' });
}

export async function identify(): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Identify key accounts' }));
}
