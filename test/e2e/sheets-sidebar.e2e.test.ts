// The Google Sheets sidebar in Chromium: the sidebar's own bundle (as inlined into sidebar.html) at a
// Sheets sidebar's 300 px, talking through google.script.run (shimmed over the file host) to the sample.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSheets } from '../../scripts/build-sheets';
import { launchChromium, screenshot } from './browser';
import { serveDirectory, type StaticServer } from './setup/static-server';

let browser: Browser;
let page: Page;
let served: StaticServer;
let folder: string;
const errors: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kam-sheets-e2e-'));
  await buildSheets({
    out: join(folder, 'sheets'),
    preview: true,
    previewOut: join(folder, 'preview'),
  });
  served = await serveDirectory(join(folder, 'preview'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Warning:'))
      errors.push(message.text());
  });
  await page.goto(new URL('index.html', served.url).toString());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  served?.server.closeAllConnections();
  await new Promise<void>((resolve) => (served ? served.server.close(() => resolve()) : resolve()));
  rmSync(folder, { recursive: true, force: true });
});

afterEach(() => {
  expect(errors.splice(0)).toEqual([]);
});

const sidebar = (target: Page) =>
  target.getByRole('complementary', { name: 'Key accounts sidebar' });

describe('the Google Sheets sidebar (preview over the file host)', () => {
  it('reads the sample through google.script.run and shows the panel in 300 px', async () => {
    await sidebar(page).getByRole('heading', { name: 'Data' }).waitFor({ timeout: 30_000 });
    const data = sidebar(page).getByRole('region', { name: 'Data' });
    await expect(data.getByText('60 accounts in sheet "Accounts"').count()).resolves.toBe(1);
    const box = await sidebar(page).boundingBox();
    expect(box?.width).toBe(300);
    await screenshot(sidebar(page), 'sheets-sidebar-setup');
  });

  it('"Identify key accounts" writes through the server calls and shows the results', async () => {
    await sidebar(page).getByRole('button', { name: 'Identify key accounts' }).click();
    await sidebar(page)
      .getByRole('listitem', { name: /^Key accounts: 12$/ })
      .waitFor({ timeout: 30_000 });
    await sidebar(page)
      .locator('#root')
      .evaluate((el) => el.scrollTo(0, 0));
    await screenshot(sidebar(page), 'sheets-sidebar-results');
  });
});
