/** @jest-environment jsdom */
// Running from the taskpane against a fake workbook: results, errors, cancel, clear, read failures, theme.
import { scrolledIntoView } from './setup-dom';
jest.mock('@fluentui/react-charts', () => jest.requireActual('./charts-stub'));
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { webDarkTheme } from '@fluentui/react-components';
import type { WorkbookHost } from '../../src/hosts/port';
import { App } from '../../src/taskpane/components/App/App';
import { renderTaskpane } from '../../src/taskpane/render';
import { rendered } from './charts-stub';
import { FakeHost } from './fake-host';
import { publishOutcome } from '../../src/commands/last-outcome';
import { identify, renderApp, user } from './render-app';

/**
 * The run has settled: its results are shown and the focus has moved to their heading. Clicking
 * Clear before that races the focus move; a clean-clone CI run under load once did not find the
 * Clear dialog within 5 s, which may be how.
 */
async function resultsSettled(): Promise<void> {
  const heading = await screen.findByRole('heading', { name: 'Results' });
  await waitFor(() => expect(heading).toHaveFocus());
}

describe('Identify key accounts', () => {
  it('says what was written and what the workbook could not take as planned', async () => {
    const note = 'The Pareto chart was not drawn: this Excel cannot put a line on a second axis.';
    await renderApp(new FakeHost(undefined, { applyNotes: [note] }));
    await identify();
    await screen.findByRole('heading', { name: 'Results' });
    expect(
      screen.getByText(
        /^The results are in the KAM columns beside your data on sheet "Accounts"; .*as live formulas.*a Pareto chart\.$/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Written with these differences')).toBeInTheDocument();
    expect(screen.getByText(note)).toBeInTheDocument();
  });

  it('lets the user ask for more data per tier, and says how many accounts then lack it', async () => {
    const host = new FakeHost();
    await renderApp(host);
    const spin = screen.getByRole('spinbutton', { name: /Data an account needs for a tier/ });
    await user.clear(spin);
    await user.type(spin, '100');
    await user.tab();
    await identify();
    await screen.findByRole('heading', { name: 'Results' });
    expect(host.saved[0].minCoverage).toBe(1);
    // Litware's ARR cell is unreadable: it has values for less than all of the weight.
    expect(
      screen.getByText(/^1 account has values for less than 100% of the criteria weight/),
    ).toBeInTheDocument();
  });

  it('shows the outcome of a one-click run from the ribbon, until dismissed', async () => {
    publishOutcome({
      kind: 'error',
      title: 'Key accounts were not identified',
      lines: ['The sheet is protected.', 'Your own cells were not changed.'],
    });
    await renderApp(new FakeHost());
    expect(
      screen.getByText('From the ribbon: Key accounts were not identified'),
    ).toBeInTheDocument();
    expect(screen.getByText('The sheet is protected.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Dismiss the ribbon's message" }));
    expect(screen.queryByText('The sheet is protected.')).not.toBeInTheDocument();
  });

  it('writes once and shows the summary cards, charts, top accounts and warnings', async () => {
    const host = new FakeHost();
    await renderApp(host);
    await identify();
    await screen.findByRole('heading', { name: 'Results' });
    expect(host.applied).toHaveLength(1);
    const summary = screen.getByRole('list', { name: 'Summary' });
    expect(within(summary).getByRole('listitem', { name: 'Key accounts: 2' })).toBeInTheDocument();
    expect(
      within(summary).getByRole('listitem', {
        name: 'Accounts for 80% of revenue: 45%',
      }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByText(/^45% of accounts bring 80% of revenue; the top 20%/),
    ).toBeInTheDocument();
    expect(within(summary).getByRole('listitem', { name: /^Gini: 0\.\d\d$/ })).toBeInTheDocument();
    expect(within(summary).getByRole('listitem', { name: /^HHI: [\d,]+$/ })).toBeInTheDocument();
    expect(
      within(summary).getByRole('listitem', { name: /^Their revenue share: \d+%$/ }),
    ).toBeInTheDocument();
    // 11 accounts have a revenue (C6 is unreadable): one bar each, the cumulative line ends at 100%.
    const bars = rendered.bars[rendered.bars.length - 1].data ?? [];
    expect(bars).toHaveLength(11);
    expect(bars[bars.length - 1].lineData?.y).toBe(100);
    expect(
      screen.getByRole('group', { name: 'Portfolio quadrant: score against current revenue' }),
    ).toBeInTheDocument();
    const top = screen.getByRole('list', { name: 'Top Key accounts' });
    expect(within(top).getAllByRole('listitem')).toHaveLength(2);
    expect(within(top).getAllByText(/^Why: /)).toHaveLength(2);
    expect(screen.getByRole('button', { name: /^Go to cell C6/ })).toBeInTheDocument();
  });

  it('links to how the numbers are computed, from the panel and from the summary sheet it writes', async () => {
    const url = 'https://localhost:3000/assets/methodology.html';
    const host = new FakeHost();
    await renderApp(host, 'light', { href: url });
    const link = screen.getByRole('link', { name: 'How the numbers are computed' });
    expect(link).toHaveAttribute('href', url);
    expect(link).toHaveAttribute('target', '_blank');
    await identify();
    await screen.findByRole('heading', { name: 'Results' });
    expect(host.applied[0].summary.cells.map((c) => c.kamFormula)).toContain(
      `=HYPERLINK("${url}","Open the explanation")`,
    );
  });

  it('opens it the host’s way where no page is served beside the panel (a dialog in Google Sheets)', async () => {
    const open = jest.fn();
    const host = new FakeHost();
    await renderApp(host, 'light', { open });
    await user.click(screen.getByRole('button', { name: 'How the numbers are computed' }));
    expect(open).toHaveBeenCalledTimes(1);
    await identify();
    await screen.findByRole('heading', { name: 'Results' });
    const formulas = host.applied[0].summary.cells.map((c) => c.kamFormula ?? '');
    expect(formulas.filter((f) => f.includes('HYPERLINK'))).toEqual([]);
  });

  it('has no such link where the host offers no way to show the page', async () => {
    await renderApp(new FakeHost());
    expect(screen.queryByRole('link', { name: 'How the numbers are computed' })).toBeNull();
  });

  it('shows the math of a top account: each cell, its 0-1 value, the weight used and the points', async () => {
    await renderApp(new FakeHost());
    await identify();
    const top = await screen.findByRole('list', { name: 'Top Key accounts' });
    const [first] = within(top).getAllByRole('listitem');
    const toggle = within(first).getByRole('button', { name: 'Show the math' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const name = within(first).getByText(
      /^(Northwind|Contoso|Tailspin|Fabrikam|Woodgrove)/,
    ).textContent;
    const table = within(first).getByRole('table', { name: `How ${name} scores` });
    const rows = within(table).getAllByRole('row');
    // Header, one row per criterion, the total; the weights used add up to 100%.
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const last = rows[rows.length - 1];
    expect(within(last).getByText('Score')).toBeInTheDocument();
    expect(within(last).getByText('100%')).toBeInTheDocument();
    const points = rows
      .slice(1, -1)
      .map((r) => Number(within(r).getAllByRole('cell')[4].textContent));
    const score = Number(within(last).getAllByRole('cell')[4].textContent);
    expect(Math.abs(points.reduce((a, b) => a + b, 0) - score)).toBeLessThan(0.05 * points.length);
    await user.click(toggle);
    expect(within(first).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error Outcome from the host as a message bar', async () => {
    const host = new FakeHost(undefined, {
      applyError: {
        code: 'excel:AccessDenied',
        message: 'The sheet "Accounts" is protected; unprotect it to write the results.',
      },
    });
    await renderApp(host);
    await identify();
    expect(
      await screen.findByText(
        'The sheet "Accounts" is protected; unprotect it to write the results.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Results' })).not.toBeInTheDocument();
  });

  it('shows an unexpected exception as a plain message with the details collapsed', async () => {
    const host = new FakeHost();
    host.apply = () => Promise.reject(new TypeError('context.sync is not a function'));
    await renderApp(host);
    await identify();
    expect(
      await screen.findByText(/^Something went wrong while identifying key accounts/),
    ).toBeInTheDocument();
    expect(screen.queryByText('TypeError: context.sync is not a function')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show details' }));
    expect(screen.getByText('TypeError: context.sync is not a function')).toBeInTheDocument();
  });

  it('cancels before anything is written', async () => {
    let open = (): void => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const host = new FakeHost(undefined, { readGate: gate });
    await renderApp(host);
    await identify();
    expect(
      screen.getByRole('progressbar', { name: 'Identification progress' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await act(async () => open());
    expect(
      await screen.findByText('Cancelled: nothing was written to the workbook.'),
    ).toBeInTheDocument();
    expect(host.applied).toHaveLength(0);
  });

  it('lands on the top of the results, focus on their heading, after a run', async () => {
    await renderApp(new FakeHost());
    scrolledIntoView.length = 0;
    await identify();
    const heading = await screen.findByRole('heading', { name: 'Results' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(scrolledIntoView).toEqual([{ element: heading, options: { block: 'start' } }]);
    // Before the cards: the first thing below the heading is the summary.
    expect(heading.nextElementSibling).toBe(screen.getByRole('list', { name: 'Summary' }));
  });

  it('asks before clearing the results, and keeps them when the user says so', async () => {
    const host = new FakeHost();
    await renderApp(host);
    await identify();
    await resultsSettled();
    await user.click(screen.getByRole('button', { name: 'Clear results' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clear the results?' });
    expect(dialog).toHaveAccessibleDescription(
      /^This removes the KAM result columns beside your data, their colours and the "KAM Summary" sheet from the workbook\. Your own data is not changed/,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Keep them' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(host.cleared).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Results' })).toBeInTheDocument();
  });

  it('clears once confirmed, back on the setup with the message in view and focused', async () => {
    const host = new FakeHost();
    await renderApp(host);
    await identify();
    await resultsSettled();
    await user.click(screen.getByRole('button', { name: 'Clear results' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clear the results?' });
    scrolledIntoView.length = 0;
    await user.click(within(dialog).getByRole('button', { name: 'Clear results' }));
    const message = await screen.findByText(
      'The result columns, their formatting and the summary sheet were removed.',
    );
    expect(host.cleared).toEqual([{ sheet: 'Accounts', table: 'AccountTable' }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { name: 'Data' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Results' })).not.toBeInTheDocument();
    const bar = message.closest('[tabindex="-1"]');
    await waitFor(() => expect(bar).toHaveFocus());
    expect(scrolledIntoView.map((s) => s.element)).toEqual([bar]);
  });
});

describe('Reading and theme', () => {
  it('shows a read failure with its message and a retry', async () => {
    const host = new FakeHost(undefined, {
      readError: { code: 'no-table', message: 'No account table was found on sheet "Sheet1".' },
    });
    render(<App host={host} />);
    expect(
      await screen.findByText('No account table was found on sheet "Sheet1".'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(host.reads).toHaveLength(2));
  });

  it('renders in the dark theme through renderTaskpane', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const host: WorkbookHost = new FakeHost();
    let mounted: ReturnType<typeof renderTaskpane> | undefined;
    act(() => {
      mounted = renderTaskpane(root, host, { theme: 'dark' });
    });
    expect(await within(root).findByRole('heading', { name: 'Data' })).toBeInTheDocument();
    const css = Array.from(document.styleSheets, (sheet) =>
      Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'),
    ).join('\n');
    expect(css).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    act(() => mounted?.unmount());
  });
});
