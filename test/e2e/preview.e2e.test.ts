// The preview end to end in Chromium: the sample, the live what-if, Identify, the colours, a cell link, theme, download, Clear.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { SHARE_BAR_COLOR, TIER_STYLES } from '../../src/core';
import {
  backgroundOf,
  identifiedIn,
  identifyButton,
  OUTPUT,
  panel,
  previewSession,
  screenshot,
  scrollPanelToTop,
  scrollSheetTo,
  sheetCell,
  whatIf,
} from './browser';
import { cellText, columnOf, paintedCell } from './sheet';

/** The sample's layout: a title, a blank row, the header on row 3, 60 accounts on rows 4-63. */
const HEADER_ROW = 3;
const FIRST_ROW = 4;
const LAST_ROW = 63;
const TIER_FILL: Readonly<Record<string, string>> = {
  Key: TIER_STYLES[0].fill.toLowerCase(),
  Growth: TIER_STYLES[1].fill.toLowerCase(),
  Core: TIER_STYLES[2].fill.toLowerCase(),
};

/** Mean of the red, green and blue channels of "#rrggbb": below 80 is a dark background. */
const brightness = (hex: string): number =>
  [1, 3, 5].reduce((sum, i) => sum + parseInt(hex.slice(i, i + 2), 16), 0) / 3;
const sheetRegion = (target: Page) => target.getByRole('region', { name: /^Sheet / });

let page: Page;
previewSession((opened) => {
  page = opened;
});

describe('the browser preview on the bundled sample', () => {
  it('opens accounts.xlsx and shows the detected account and revenue columns in the panel', async () => {
    await expect(page.getByLabel('Open workbook').textContent()).resolves.toBe('accounts.xlsx');
    expect(await cellText(page, 'A4')).toBe('Northwind Traders');
    const data = panel(page).getByRole('region', { name: 'Data' });
    await expect(data.getByText('60 accounts in sheet "Accounts"').count()).resolves.toBe(1);
    const choice = (label: string) => data.getByRole('combobox', { name: label });
    await expect(choice('Account names').textContent()).resolves.toBe('Account');
    await expect(choice('Revenue (for the 80/20 view)').textContent()).resolves.toBe('ARR');
    await expect(data.getByText(/^Detected, \d+% sure$/).count()).resolves.toBeGreaterThanOrEqual(
      2,
    );
    await screenshot(panel(page), 'panel-light-setup');
    await screenshot(page, 'preview-light-setup');
  });

  it('the dark theme switch turns the page and the panel dark, and back', async () => {
    const themeSwitch = page.getByRole('switch', { name: 'Dark theme' });
    await themeSwitch.check();
    expect(brightness(await backgroundOf(panel(page).locator('main').first()))).toBeLessThan(80);
    expect(brightness(await backgroundOf(sheetRegion(page)))).toBeLessThan(80);
    await screenshot(panel(page), 'panel-dark-setup');
    await themeSwitch.uncheck();
    expect(brightness(await backgroundOf(panel(page).locator('main').first()))).toBeGreaterThan(
      200,
    );
  });

  it('moving a weight updates the live what-if numbers before anything is written', async () => {
    const before = await whatIf(page).textContent();
    const weight = panel(page).getByRole('spinbutton', {
      name: 'Weight of Product fit, as a number',
    });
    const original = await weight.inputValue();
    await weight.fill('200');
    await weight.press('Enter');
    await page.waitForFunction(
      (old) =>
        document.querySelector('[role="group"][aria-label="What-if preview"]')?.textContent !== old,
      before,
    );
    expect(await whatIf(page).textContent()).not.toBe(before);
    // Nothing is written by the what-if: the sheet still has no result column.
    expect(await columnOf(page, HEADER_ROW, 'KAM Tier')).toBeNull();
    await weight.fill(original);
    await weight.press('Enter');
    await page.waitForFunction(
      (old) =>
        document.querySelector('[role="group"][aria-label="What-if preview"]')?.textContent === old,
      before,
    );
  });

  it('"Identify key accounts" writes the tiers beside the data, in the tier colours Excel shows', async () => {
    await identifyButton(page).click();
    const ms = await identifiedIn(page);
    expect(ms).toBeGreaterThan(0);
    const tier = await columnOf(page, HEADER_ROW, 'KAM Tier');
    const score = await columnOf(page, HEADER_ROW, 'KAM Score');
    const share = await columnOf(page, HEADER_ROW, 'KAM Revenue Share');
    expect([tier, score, share]).not.toContain(null);
    const counts: Record<string, number> = {};
    // The rows in view (the view renders only those): every tier cell is filled with its tier's colour.
    for (let row = FIRST_ROW; row < FIRST_ROW + 25; row++) {
      const { text, background } = await paintedCell(page, `${tier}${row}`);
      expect(Object.keys(TIER_FILL)).toContain(text);
      expect(background).toBe(TIER_FILL[text]);
      counts[text] = (counts[text] ?? 0) + 1;
    }
    expect(Object.keys(counts).length).toBeGreaterThanOrEqual(2);
    // The score's colour scale: the best score in view is greener than the worst.
    const scores = await Promise.all(
      Array.from({ length: 25 }, async (_, i) => ({
        value: Number(await cellText(page, `${score}${FIRST_ROW + i}`)),
        fill: await backgroundOf(sheetCell(page, `${score}${FIRST_ROW + i}`)),
      })),
    );
    const best = scores.reduce((a, b) => (b.value > a.value ? b : a));
    const worst = scores.reduce((a, b) => (b.value < a.value ? b : a));
    const green = (hex: string): number =>
      parseInt(hex.slice(3, 5), 16) - parseInt(hex.slice(1, 3), 16);
    expect(green(best.fill)).toBeGreaterThan(green(worst.fill));
    expect(scores.every((s) => s.fill !== '#000000' && s.fill.startsWith('#'))).toBe(true);
    // Revenue share: a data bar in the plan's colour.
    const bar = sheetCell(page, `${share}${FIRST_ROW}`).locator('span').first();
    expect(await backgroundOf(bar)).toBe(SHARE_BAR_COLOR.toLowerCase());
    // The panel shows the results, and the workbook has its summary sheet.
    await expect(
      panel(page)
        .getByRole('listitem', { name: /^Key accounts: 12$/ })
        .count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('tab', { name: 'KAM Summary' }).count()).resolves.toBe(1);
    await scrollPanelToTop(page);
    await screenshot(panel(page), 'panel-light-results');
    await scrollSheetTo(page, 'F');
    await screenshot(page, 'preview-light-results');
  });

  it("a warning's cell link scrolls the sheet view to that cell and highlights it", async () => {
    const link = panel(page)
      .getByRole('button', { name: /^Go to cell [A-Z]+\d+:/ })
      .first();
    const address = ((await link.textContent()) ?? '').trim();
    await link.click();
    await page
      .locator(`td[data-cell="${address}"][aria-selected="true"]`)
      .waitFor({ timeout: 5_000 });
    expect(await sheetCell(page, address).isVisible()).toBe(true);
  });

  it('the results in the dark theme', async () => {
    await page.getByRole('switch', { name: 'Dark theme' }).check();
    expect(brightness(await backgroundOf(panel(page).locator('main').first()))).toBeLessThan(80);
    await sheetRegion(page).evaluate((el) => el.scrollTo(0, 0));
    await scrollPanelToTop(page);
    await scrollSheetTo(page, 'F');
    await screenshot(panel(page), 'panel-dark-results');
    await screenshot(page, 'preview-dark-results');
  });

  it('"Download .xlsx" saves the workbook with the result columns', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('accounts-kam.xlsx');
    const path = join(OUTPUT, 'e2e-download.xlsx');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const sheet = workbook.getWorksheet('Accounts');
    const headers = (sheet?.getRow(HEADER_ROW).values as unknown[]).filter(
      (v) => typeof v === 'string',
    );
    expect(headers).toEqual(expect.arrayContaining(['Account', 'ARR', 'KAM Score', 'KAM Tier']));
    expect(workbook.getWorksheet('KAM Summary')).toBeDefined();
    expect(sheet?.rowCount).toBe(LAST_ROW);
  });

  it('"Clear results" removes the result columns, their colours and the summary sheet', async () => {
    const tier = await columnOf(page, HEADER_ROW, 'KAM Tier');
    await panel(page).getByRole('button', { name: 'Clear results' }).click();
    await page
      .getByRole('dialog', { name: 'Clear the results?' })
      .getByRole('button', { name: 'Clear results' })
      .click();
    await page.waitForFunction(
      (address) => (document.querySelector(`td[data-cell="${address}"]`)?.textContent ?? '') === '',
      `${tier}${HEADER_ROW}`,
    );
    expect(await columnOf(page, HEADER_ROW, 'KAM Score')).toBeNull();
    const { text, background } = await paintedCell(page, `${tier}${FIRST_ROW}`);
    expect(text).toBe('');
    expect(Object.values(TIER_FILL)).not.toContain(background);
    await expect(page.getByRole('tab', { name: 'KAM Summary' }).count()).resolves.toBe(0);
    // The user's data is as it was.
    expect(await cellText(page, 'A4')).toBe('Northwind Traders');
    await panel(page).getByRole('heading', { name: 'Data' }).waitFor();
    await scrollPanelToTop(page);
    await screenshot(panel(page), 'panel-dark-cleared');
  });
});
