/** @jest-environment jsdom */
// Models travel: the panel saves the model as the .json the CLI reads, and opens one a colleague shared.
import './setup-dom';
jest.mock('@fluentui/react-charts', () => jest.requireActual('./charts-stub'));
import { screen } from '@testing-library/react';
import { parseModelJson } from '../../src/core';
import { modelFileName, readText } from '../../src/taskpane/components/ModelFile/useModelFile';
import { FakeHost } from './fake-host';
import { renderApp, shares, user } from './render-app';

const fileInput = () => screen.getByLabelText<HTMLInputElement>('Model file (.json)');

describe('the model as a file', () => {
  it('downloads the current model as JSON that parses back to the same model', async () => {
    await renderApp(new FakeHost());
    let saved: Blob | undefined;
    let name = '';
    URL.createObjectURL = jest.fn((blob: Blob) => ((saved = blob), 'blob:model'));
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      name = this.download;
    });
    await user.click(screen.getByRole('button', { name: 'Download as .json' }));
    expect(name).toBe('Balanced.json');
    const parsed = parseModelJson(await readText(saved!));
    expect(parsed.kind).toBe('ok');
    if (parsed.kind === 'ok') expect(parsed.value.criteria).toHaveLength(5);
    click.mockRestore();
  });

  it('opens a shared model file and applies it', async () => {
    await renderApp(new FakeHost());
    const model = {
      version: 1,
      name: 'Team model',
      revenueColumn: 'ARR',
      criteria: [
        { id: 'arr', column: 'ARR', weight: 3, normalize: { method: 'log-minmax' } },
        {
          id: 'fit',
          column: 'Product fit',
          weight: 1,
          normalize: { method: 'scale', min: 1, max: 5 },
        },
      ],
    };
    await user.upload(
      fileInput(),
      new File([JSON.stringify(model)], 'team.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('Loaded "Team model" from team.json.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Model name' })).toHaveValue('Team model');
    expect(shares()).toEqual([75, 25]);
  });

  it('opens a file that leaves out each criterion’s normalize, with the methods the columns suggest', async () => {
    const host = new FakeHost();
    await renderApp(host);
    const model = {
      version: 1,
      name: 'Lean',
      revenueColumn: 'ARR',
      criteria: [
        { id: 'arr', column: 'ARR', weight: 3 },
        { id: 'relationships', column: 'Relationship', weight: 1 },
      ],
    };
    await user.upload(
      fileInput(),
      new File([JSON.stringify(model)], 'lean.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('Loaded "Lean" from lean.json.')).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'Criterion ARR / current revenue' }),
    ).toHaveTextContent('Amounts, log scale (skewed money)');
    expect(
      screen.getByRole('group', { name: 'Criterion Existing relationships' }),
    ).toHaveTextContent('Rating words (High/Low, AAA, ★★★)');
  });

  it('names the field and the fix when a file has a wrong method', async () => {
    await renderApp(new FakeHost());
    const model = {
      version: 1,
      criteria: [{ id: 'arr', column: 'ARR', weight: 3, normalize: { method: 'log' } }],
    };
    await user.upload(
      fileInput(),
      new File([JSON.stringify(model)], 'typo.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        '"typo.json" was not loaded: The model is not valid: criterion 1 (ARR): normalize.method must be one of minmax, log-minmax, percentile, scale, categorical, recency, rating (found the text "log").',
      ),
    ).toBeInTheDocument();
  });

  it('refuses a file that is not a model, saying what is wrong, and keeps the model', async () => {
    await renderApp(new FakeHost());
    await user.upload(
      fileInput(),
      new File(['{"version": 1, "criteria": []}'], 'bad.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/^"bad.json" was not loaded: /)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Model name' })).toHaveValue('Balanced');
  });

  it('names the file after the model, without characters a file name cannot hold', () => {
    expect(modelFileName('Q3 review: EMEA/APAC')).toBe('Q3 review EMEA APAC.json');
    expect(modelFileName('???')).toBe('model.json');
  });
});
