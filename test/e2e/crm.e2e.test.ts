// A Salesforce export opened in the preview, as a sales-ops user would: the picklists are criteria,
// a label set with no known order waits for the user's values, and each top account shows its math.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { identifyButton, panel, previewSession, screenshot, waitForPanel } from './browser';

const SALESFORCE = join(__dirname, '..', 'fixtures', 'csv', 'salesforce-accounts.csv');

let page: Page;
previewSession(async (opened) => {
  page = opened;
  await page.getByLabel('Open a workbook (.xlsx or .csv)').setInputFiles({
    name: 'salesforce-accounts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(readFileSync(SALESFORCE, 'utf8')),
  });
  await page
    .getByLabel('Open workbook')
    .filter({ hasText: 'salesforce-accounts.csv' })
    .waitFor({ timeout: 30_000 });
  await waitForPanel(page);
}, 90_000);

const criteria = () => panel(page).getByRole('region', { name: 'Criteria' });

describe('a Salesforce Accounts export in the panel', () => {
  it('picks Rating, Customer Priority and SLA besides the company size', async () => {
    for (const name of ['Rating', 'Customer Priority', 'SLA'])
      await criteria()
        .getByRole('group', { name: `Criterion ${name}` })
        .waitFor();
  });

  it('lists Industry as labels with no known order, and holds the run until they have values', async () => {
    const others = criteria().getByRole('group', { name: 'Other columns you can score' });
    await others.getByRole('checkbox', { name: 'Industry' }).check();
    const card = criteria().getByRole('group', { name: 'Criterion Industry' });
    await card.getByText(/Industry does not count until its labels have values/).waitFor();
    await expect(identifyButton(page).isDisabled()).resolves.toBe(true);
    // The panel as the user sees it: the card's top, its warning and the first labels, and the held run.
    await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(panel(page), 'panel-unordered-labels');
    const retail = card.getByRole('spinbutton', { name: 'Industry: value of Retail' });
    await expect(retail.inputValue()).resolves.toBe('');
    await retail.fill('1');
    await retail.press('Enter');
    await expect(identifyButton(page).isEnabled()).resolves.toBe(true);
    await others.getByRole('checkbox', { name: 'Industry' }).uncheck();
  });

  it('runs, and shows a top account’s math: cell, 0-1 value, weight used, points', async () => {
    await identifyButton(page).click();
    const top = panel(page).getByRole('list', { name: 'Top Key accounts' });
    await top.waitFor({ timeout: 30_000 });
    const first = top.getByRole('listitem').first();
    await expect(first.textContent()).resolves.toContain('Woodgrove Bank');
    await first.getByRole('button', { name: 'Show the math' }).click();
    const table = first.getByRole('table', { name: 'How Woodgrove Bank scores' });
    await table.getByRole('cell', { name: 'Hot' }).waitFor();
    await table.scrollIntoViewIfNeeded();
    await screenshot(first, 'panel-show-the-math');
  });
});
