/** @jest-environment jsdom */
// The panel after a run: each top account's stability beside it, the borderline accounts, each weight's sensitivity.
import './setup-dom';
jest.mock('@fluentui/react-charts', () => jest.requireActual('./charts-stub'));
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { identify as identifyTable, parseModel, type RunResult } from '../../src/core';
import { TierStability } from '../../src/taskpane/components/TierStability/TierStability';
import { FakeHost } from './fake-host';
import { identify, renderApp } from './render-app';

/**
 * ARR minmax over 100..1000 (weight 30), Relationship (weight 20): A scores 100, B (0.6, Medium) 56,
 * C (0.92, Low) 55.2; B keeps its place ahead of C only where Relationship's factor is above 0.96
 * times ARR's: in about 58% of weightings. With the first band 40% of 5 accounts, B is borderline.
 */
const TABLE = {
  sheet: 'Accounts',
  headerRow: 1,
  firstColumn: 1,
  headers: ['Account', 'ARR', 'Relationship'],
  rows: [
    ['A', 1000, 'High'],
    ['B', 640, 'Medium'],
    ['C', 928, 'Low'],
    ['D', 100, 'High'],
    ['E', 400, 'Low'],
  ],
};

function runOf(bands: { name: string; share?: number }[]): RunResult {
  const model = parseModel({
    version: 1,
    idColumn: 'Account',
    revenueColumn: 'ARR',
    criteria: [
      { id: 'arr', column: 'ARR', weight: 30, normalize: { method: 'minmax' } },
      { id: 'rel', column: 'Relationship', weight: 20, normalize: { method: 'rating' } },
    ],
    tiers: { method: 'top-share', bands },
  });
  if (model.kind === 'error') throw new Error(model.message);
  const run = identifyTable(TABLE, { model: model.value });
  if (run.kind === 'error') throw new Error(run.message);
  return run.value;
}

describe('Tier stability in the panel', () => {
  it('shows each top account’s stability beside it, named after the first band', async () => {
    const host = new FakeHost();
    await renderApp(host);
    await identify();
    const top = await screen.findByRole('list', { name: /^Top .+ accounts$/ });
    const items = within(top).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toHaveTextContent(/ · Key in \d+% of weightings/);
    const section = screen.getByRole('region', { name: 'Tier stability' });
    expect(
      within(section).getByText(/^\d+ of \d+ Key accounts keep their tier in ≥ 80% of weightings$/),
    ).toBeInTheDocument();
    expect(
      within(section).getByText('1,000 weightings, each weight moved up to 25% either way'),
    ).toBeInTheDocument();
  });

  it('lists borderline accounts and says what each weight would take, in the model’s own band name', () => {
    const result = runOf([{ name: 'Strategic', share: 0.4 }, { name: 'Other' }]);
    render(
      <FluentProvider theme={webLightTheme}>
        <TierStability result={result} />
      </FluentProvider>,
    );
    const b = result.stability!.shares[1];
    expect(b).toBeGreaterThan(0.45);
    expect(b).toBeLessThan(0.7);
    const listed = screen.getByRole('list', { name: 'Borderline Strategic accounts' });
    expect(
      within(listed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`B · Strategic in ${Math.round(b * 100)}% of weightings · score 56.0`]);
    const sensitivity = within(
      screen.getByRole('list', { name: 'Weight sensitivity' }),
    ).getAllByRole('listitem');
    expect(sensitivity).toHaveLength(2);
    for (const [k, item] of sensitivity.entries()) {
      const s = result.stability!.sensitivity[k];
      expect(item).toHaveTextContent(s.label);
      expect(item).toHaveTextContent(/Strategic accounts change/);
      if (s.up !== null && s.up > 0)
        expect(item).toHaveTextContent(`${Math.round(s.up * 100)}% more`);
    }
  });

  it('shows nothing when the run did not measure stability', () => {
    const result = { ...runOf([{ name: 'Key', share: 0.2 }, { name: 'Rest' }]), stability: null };
    render(
      <FluentProvider theme={webLightTheme}>
        <TierStability result={result} />
      </FluentProvider>,
    );
    expect(screen.queryByRole('region', { name: 'Tier stability' })).toBeNull();
  });
});
