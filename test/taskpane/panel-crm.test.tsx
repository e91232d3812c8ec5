/** @jest-environment jsdom */
// The panel on what CRM exports hold: columns beyond the catalogue, labels with no known order, a
// filter on the rows that are accounts, and a model renamed once the user changes a preset.
import './setup-dom';
jest.mock('@fluentui/react-charts', () => jest.requireActual('./charts-stub'));
import { screen, waitFor, within } from '@testing-library/react';
import { ACCOUNTS, FakeHost } from './fake-host';
import { choose, criterion, identify, renderApp, setWeight, user } from './render-app';

const identifyButton = () => screen.getByRole('button', { name: 'Identify key accounts' });

describe('columns beyond the catalogue', () => {
  it('offers Region, whose labels have no known order, and waits for their values before it counts', async () => {
    const host = new FakeHost();
    await renderApp(host);
    const others = screen.getByRole('group', { name: 'Other columns you can score' });
    expect(
      within(others).getByText('labels with no known order: give each a value to score it'),
    ).toBeInTheDocument();
    await user.click(within(others).getByRole('checkbox', { name: 'Region' }));
    const card = criterion('Region');
    // Never a guessed order: every label is empty and the criterion blocks the run until valued.
    for (const label of ['EMEA', 'Americas', 'APAC'])
      expect(
        within(card).getByRole('spinbutton', { name: `Region: value of ${label}` }),
      ).toHaveValue('');
    expect(
      within(card).getByText(/Region does not count until its labels have values/),
    ).toBeInTheDocument();
    expect(identifyButton()).toBeDisabled();
    expect(screen.getByText(/^Give the labels of Region a value from 0 to 1/)).toBeInTheDocument();

    const emea = within(card).getByRole('spinbutton', { name: 'Region: value of EMEA' });
    await user.type(emea, '1');
    await user.tab();
    await waitFor(() => expect(identifyButton()).toBeEnabled());
    await identify();
    await screen.findByRole('heading', { name: 'Results' });
    const region = host.saved[0].criteria.find((c) => c.column === 'Region');
    expect(region?.normalize).toEqual({ method: 'categorical', map: { EMEA: 1 } });
  });

  it('drops a column again when it is unticked', async () => {
    await renderApp(new FakeHost());
    const others = screen.getByRole('group', { name: 'Other columns you can score' });
    const region = within(others).getByRole('checkbox', { name: 'Region' });
    await user.click(region);
    expect(criterion('Region')).toBeInTheDocument();
    await user.click(region);
    expect(screen.queryByRole('group', { name: 'Criterion Region' })).not.toBeInTheDocument();
  });
});

describe('the model name', () => {
  it('becomes "Custom (from Balanced)" once the preset is changed, and stays the user’s own after that', async () => {
    await renderApp(new FakeHost());
    const name = screen.getByRole('textbox', { name: 'Model name' });
    expect(name).toHaveValue('Balanced');
    setWeight('Product fit', 3);
    await waitFor(() => expect(name).toHaveValue('Custom (from Balanced)'));
    setWeight('Product fit', 4);
    expect(name).toHaveValue('Custom (from Balanced)');
  });
});

describe('Only accounts where…', () => {
  it('leaves out the rows whose Region is unticked, says how many, and runs on the rest', async () => {
    const host = new FakeHost();
    await renderApp(host);
    const filter = screen.getByRole('group', { name: 'Only accounts where' });
    await choose('Filter on a column', 'Region', filter);
    const apac = within(filter).getByRole('checkbox', { name: 'APAC (3)' });
    expect(apac).toBeChecked();
    expect(within(filter).getByText('All 12 rows are accounts.')).toBeInTheDocument();
    await user.click(apac);
    expect(
      within(filter).getByText(
        '3 of 12 rows left out by the filter: they get no score and are in no figure.',
      ),
    ).toBeInTheDocument();
    await identify();
    await screen.findByRole('heading', { name: 'Results' });
    expect(host.saved[0].filter).toEqual({ Region: ['EMEA', 'Americas'] });
    expect(
      screen.getByText(
        'Accounts are the rows where Region is EMEA or Americas: 3 rows were left out by the filter.',
      ),
    ).toBeInTheDocument();
  });

  it('will not run with every value of a condition unticked, and a removed condition keeps every row', async () => {
    await renderApp(new FakeHost());
    const filter = screen.getByRole('group', { name: 'Only accounts where' });
    await choose('Filter on a column', 'Region', filter);
    for (const name of ['EMEA (5)', 'Americas (4)', 'APAC (3)'])
      await user.click(within(filter).getByRole('checkbox', { name }));
    expect(within(filter).getByText(/^Tick at least one value/)).toBeInTheDocument();
    expect(identifyButton()).toBeDisabled();
    await user.click(
      within(filter).getByRole('button', { name: 'Remove the condition on Region' }),
    );
    expect(within(filter).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(identifyButton()).toBeEnabled();
  });
});

describe('what the figures rest on', () => {
  it('says above the warnings that rows below a blank row were not read', async () => {
    const host = new FakeHost({
      ...ACCOUNTS,
      tableName: undefined,
      dataBelow: { first: 16, last: 40 },
    });
    await renderApp(host);
    await identify();
    await screen.findByRole('heading', { name: 'Results' });
    const notice = screen.getAllByText(
      'The table ends at row 13, above a blank row; rows 16–40 below it were not read. If they are more accounts of this list, delete the blank rows above them and run again.',
    );
    // Once as a notice with the figures, once among the linked warnings.
    expect(notice).toHaveLength(2);
  });
});
