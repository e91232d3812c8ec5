/** @jest-environment jsdom */
// The setup side of the taskpane against a fake workbook: detection, remapping, live what-if, shares, presets, models.
import './setup-dom';
jest.mock('@fluentui/react-charts', () => jest.requireActual('./charts-stub'));
import { screen, waitFor, within } from '@testing-library/react';
import { parseModel } from '../../src/core';
import { FakeHost } from './fake-host';
import {
  choose,
  criterion,
  identify,
  preview,
  renderApp,
  setWeight,
  shares,
  user,
} from './render-app';

describe('Data', () => {
  it('shows the detected table and its id and revenue columns with the detection confidence', async () => {
    await renderApp(new FakeHost());
    expect(
      screen.getByText('12 accounts in table "AccountTable" on sheet "Accounts" (rows 2–13).'),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Account names' })).toHaveTextContent('Account');
    expect(
      screen.getByRole('combobox', { name: 'Revenue (for the 80/20 view)' }),
    ).toHaveTextContent('ARR');
    expect(screen.getAllByText('Detected, 100% sure').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText("header 'Account' names the accounts")).toBeInTheDocument();
  });

  it('lets the user remap the revenue column, and the 80/20 statement follows it', async () => {
    await renderApp(new FakeHost());
    const before = within(preview()).getByText(/of accounts bring 80% of revenue/).textContent;
    await choose('Revenue (for the 80/20 view)', 'Revenue potential');
    expect(
      screen.getByRole('combobox', { name: 'Revenue (for the 80/20 view)' }),
    ).toHaveTextContent('Revenue potential');
    await waitFor(() =>
      expect(within(preview()).getByText(/of accounts bring 80% of revenue/).textContent).not.toBe(
        before,
      ),
    );
  });

  it('keeps only the account and revenue columns: each criterion chooses its own in its card', async () => {
    await renderApp(new FakeHost());
    const data = screen.getByRole('region', { name: 'Data' });
    expect(within(data).getByRole('combobox', { name: 'Account names' })).toBeInTheDocument();
    expect(
      within(data).getByRole('combobox', { name: 'Revenue (for the 80/20 view)' }),
    ).toBeInTheDocument();
    expect(within(data).queryByRole('combobox', { name: /Product fit/ })).not.toBeInTheDocument();
    expect(
      within(data).getByText("Each criterion's column is chosen in its card under Criteria."),
    ).toBeInTheDocument();
  });

  it('counts unreadable cells by column and links each problem to its cell', async () => {
    const host = new FakeHost();
    await renderApp(host);
    const quality = screen.getByRole('group', { name: 'Data quality' });
    expect(within(quality).getByText(/1 cell could not be read/)).toBeInTheDocument();
    await user.click(within(quality).getByRole('button', { name: /^Go to cell C6/ }));
    expect(host.selected).toEqual([{ sheet: 'Accounts', address: 'C6' }]);
  });
});

describe('Criteria and the live what-if', () => {
  it('updates the tier counts and the Key revenue share as weights move, writing nothing', async () => {
    const host = new FakeHost();
    await renderApp(host);
    expect(within(preview()).getByLabelText('Growth: 4 accounts')).toBeInTheDocument();
    const keyShare = within(preview()).getByText(/^Key accounts bring/).textContent;
    // Product fit alone: three accounts tie on 4 and three on 3, and ties join the band above.
    for (const label of [
      'ARR / current revenue',
      'Revenue potential',
      'Existing relationships',
      'Solvency',
    ])
      setWeight(label, 0);
    await waitFor(() =>
      expect(within(preview()).getByLabelText('Growth: 6 accounts')).toBeInTheDocument(),
    );
    expect(within(preview()).getByLabelText('Core: 4 accounts')).toBeInTheDocument();
    expect(within(preview()).getByText(/^Key accounts bring/).textContent).not.toBe(keyShare);
    // The 80/20 statement is about revenue alone: weights do not move it.
    expect(within(preview()).getByText('45% of accounts bring 80% of revenue')).toBeInTheDocument();
    expect([host.applied.length, host.saved.length, host.cleared.length]).toEqual([0, 0, 0]);
  });

  it('shows weight shares as whole percentages that always add up to 100', async () => {
    await renderApp(new FakeHost());
    expect(shares()).toEqual([28, 22, 22, 17, 11]);
    setWeight('ARR / current revenue', 1);
    setWeight('Revenue potential', 1);
    setWeight('Product fit', 1);
    setWeight('Existing relationships', 0);
    setWeight('Solvency', 0);
    expect(shares()).toEqual([34, 33, 33, 0, 0]);
    await user.click(screen.getByRole('checkbox', { name: 'Cost to serve' }));
    expect(shares().reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('chooses a criterion’s column in its card, and the checklist says which column it reads', async () => {
    await renderApp(new FakeHost());
    const card = criterion('Product fit');
    const picker = within(card).getByRole('combobox', { name: 'Column of Product fit' });
    expect(picker).toHaveTextContent('Product fit');
    expect(within(card).getByText(/^Detected, \d+% sure$/)).toBeInTheDocument();
    const row = () =>
      screen.getByRole('checkbox', { name: 'Product fit' }).closest('div')?.parentElement;
    expect(row()).toHaveTextContent('Column: Product fit');
    await choose('Column of Product fit', 'Cost to serve', card);
    expect(
      within(criterion('Product fit')).getByRole('combobox', { name: 'Column of Product fit' }),
    ).toHaveTextContent('Cost to serve');
    // The user chose it: no detection confidence for it any more.
    expect(within(criterion('Product fit')).queryByText(/^Detected, /)).not.toBeInTheDocument();
    expect(row()).toHaveTextContent('Column: Cost to serve');
  });

  it('asks for the column of a ticked criterion the table has none for, and runs once it has one', async () => {
    await renderApp(new FakeHost());
    const row = () =>
      screen.getByRole('checkbox', { name: 'Shared vision' }).closest('div')?.parentElement;
    expect(row()).toHaveTextContent('No matching column found');
    await user.click(screen.getByRole('checkbox', { name: 'Shared vision' }));
    expect(row()).toHaveTextContent('No column chosen yet: choose one in its card below');
    const card = criterion('Shared vision');
    expect(
      within(card).getByRole('combobox', { name: 'Column of Shared vision' }),
    ).toHaveAccessibleDescription('Choose a column');
    expect(screen.getByRole('button', { name: 'Identify key accounts' })).toBeDisabled();
    await choose('Column of Shared vision', 'Relationship', card);
    expect(row()).toHaveTextContent('Column: Relationship');
    expect(screen.getByRole('button', { name: 'Identify key accounts' })).toBeEnabled();
  });

  it('warns with 2 or 6 criteria but still runs', async () => {
    const host = new FakeHost();
    await renderApp(host);
    expect(screen.queryByText(/criteria are picked/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Cost to serve' }));
    expect(
      screen.getByText(/^6 criteria are picked\. Key-account practice scores on 3 to 5 criteria/),
    ).toBeInTheDocument();
    for (const name of [
      'Cost to serve',
      'Solvency',
      'Existing relationships',
      'Revenue potential',
    ]) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    expect(screen.getByText(/^2 criteria are picked/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Identify key accounts' })).toBeEnabled();
    await identify();
    await screen.findByRole('heading', { name: 'Results' });
    expect(host.applied).toHaveLength(1);
    expect(host.saved[0].criteria.map((c) => c.id)).toEqual(['arr', 'product-fit']);
  });

  it('changes the weights when a preset is chosen', async () => {
    await renderApp(new FakeHost());
    expect(
      within(criterion('ARR / current revenue')).getByText('28% of the score'),
    ).toBeInTheDocument();
    await choose('Preset', 'Revenue first');
    expect(
      within(criterion('ARR / current revenue')).getByText('47% of the score'),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Cost to serve' })).toBeChecked();
  });

  it('prefills an editable label map from the rating vocabulary', async () => {
    await renderApp(new FakeHost());
    await choose('Normalisation', 'Custom labels', criterion('Existing relationships'));
    const card = criterion('Existing relationships');
    expect(
      within(card).getByRole('spinbutton', { name: 'Existing relationships: value of High' }),
    ).toHaveValue('1.00');
    expect(
      within(card).getByRole('spinbutton', { name: 'Existing relationships: value of Medium' }),
    ).toHaveValue('0.50');
    expect(
      within(card).getByRole('spinbutton', { name: 'Existing relationships: value of Low' }),
    ).toHaveValue('0.00');
  });
});

describe('Models', () => {
  it('saves the model under the name typed', async () => {
    const host = new FakeHost();
    await renderApp(host);
    const name = screen.getByRole('textbox', { name: 'Model name' });
    await user.clear(name);
    await user.click(name);
    await user.paste('Q3 review');
    await user.click(screen.getByRole('button', { name: 'Save model' }));
    await screen.findByText('Saved "Q3 review" in this workbook.');
    expect(host.saved.map((m) => m.name)).toEqual(['Q3 review']);
    await choose('Saved models', 'Q3 review');
  });

  it('loads a named model from the workbook', async () => {
    const saved = parseModel({
      version: 1,
      name: 'Fit only',
      revenueColumn: 'ARR',
      criteria: [
        {
          id: 'product-fit',
          column: 'Product fit',
          weight: 1,
          normalize: { method: 'scale', min: 1, max: 5 },
        },
        {
          id: 'cost-to-serve',
          column: 'Cost to serve',
          weight: 1,
          direction: 'lower',
          normalize: { method: 'minmax' },
        },
        { id: 'arr', column: 'ARR', weight: 2, normalize: { method: 'log-minmax' } },
      ],
    });
    if (saved.kind !== 'ok') throw new Error(saved.message);
    await renderApp(new FakeHost(undefined, { library: [saved.value] }));
    await choose('Saved models', 'Fit only');
    expect(shares()).toEqual([25, 25, 50]);
    expect(screen.getByRole('textbox', { name: 'Model name' })).toHaveValue('Fit only');
  });
});
