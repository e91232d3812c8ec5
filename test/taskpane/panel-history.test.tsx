/** @jest-environment jsdom */
// A second "Identify key accounts" in the panel: the results say what changed since the first.
import './setup-dom';
jest.mock('@fluentui/react-charts', () => jest.requireActual('./charts-stub'));
import { screen, within } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { identify, renderApp } from './render-app';

describe('Since last run', () => {
  it('has no card on a first run, and counts who entered and left the first band on the next', async () => {
    const host = new FakeHost();
    await renderApp(host);
    await identify();
    await screen.findByRole('heading', { name: 'Results' });
    const summary = () => screen.getByRole('list', { name: 'Summary' });
    expect(within(summary()).queryByText('Since last run')).not.toBeInTheDocument();
    await identify();
    // The results view stays; the card comes with the second run's results.
    expect(
      await within(summary()).findByRole('listitem', { name: 'Since last run: +0 / −0' }),
    ).toBeInTheDocument();
    expect(
      within(summary()).getByText(
        /^0 entered Key, 0 left it; 0 new, 0 gone \(since \d{4}-\d\d-\d\d\)$/,
      ),
    ).toBeInTheDocument();
  });
});
