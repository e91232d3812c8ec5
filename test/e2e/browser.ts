// Chromium for the end-to-end tests: Debian's browser driven by playwright-core, and the preview page's landmarks.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { E2E_URL_VARIABLE } from './setup/state';

/** Debian's chromium (apt-get install chromium); Playwright's own browser downloads are not available here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUTPUT = join(__dirname, '..', '..', 'test-output');
export const SCREENSHOTS = join(OUTPUT, 'screenshots');

/** The flags DEVELOPERS.md gives for this machine: no sandbox (containers), no GPU, no background traffic. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Headless, and with a fresh profile: Playwright's launch() makes a new temporary user-data-dir each time. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    );
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export function previewUrl(): string {
  const base = process.env[E2E_URL_VARIABLE];
  if (base === undefined)
    throw new Error(
      `${E2E_URL_VARIABLE} is not set: run the e2e tests through jest.e2e.config.js (npm run test:e2e).`,
    );
  return new URL('preview.html', base).toString();
}

/** A page at taskpane-beside-sheet size, with the page's errors collected (a test fails on any). */
export async function openPreview(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({
    viewport: { width: 1600, height: 900 },
    acceptDownloads: true,
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // React's development warnings (e.g. a chart library's missing keys) are not failures of the page.
    if (message.type() === 'error' && !message.text().startsWith('Warning:'))
      errors.push(message.text());
  });
  await page.goto(previewUrl());
  return { page, errors };
}

/**
 * The preview in Chromium for one test file: launched and opened (the panel read) before its tests,
 * closed after them; an error on the page fails the test that caused it. `ready` gets the page (and
 * may open another workbook first).
 */
export function previewSession(
  ready: (page: Page) => void | Promise<void>,
  timeout = 60_000,
): void {
  let browser: Browser | undefined;
  let errors: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    const opened = await openPreview(browser);
    errors = opened.errors;
    await waitForPanel(opened.page);
    await ready(opened.page);
  }, timeout);
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });
}

export const panel = (page: Page): Locator => page.getByTestId('taskpane');
export const sheetCell = (page: Page, address: string): Locator =>
  page.locator(`td[data-cell="${address}"]`);
export const identifyButton = (page: Page): Locator =>
  panel(page).getByRole('button', { name: 'Identify key accounts' });
export const whatIf = (page: Page): Locator =>
  panel(page).getByRole('group', { name: 'What-if preview' });

/** Waits until the panel has read the table (the Data section is there). */
export async function waitForPanel(page: Page): Promise<void> {
  await panel(page).getByRole('heading', { name: 'Data' }).waitFor({ timeout: 30_000 });
}

/** Reads "Identified in N ms" from the toolbar once it shows. */
export async function identifiedIn(page: Page, timeout = 30_000): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /Identified in \d+ ms/ });
  await status.waitFor({ timeout });
  const text = (await status.textContent()) ?? '';
  const match = /Identified in (\d+) ms/.exec(text);
  if (match === null) throw new Error(`Unexpected timing text: ${text}`);
  return Number(match[1]);
}

/** Scrolls the panel (it scrolls on its own, like Excel's task pane) to its top, as a user first sees it. */
export async function scrollPanelToTop(page: Page): Promise<void> {
  await panel(page).evaluate((el) => el.scrollTo(0, 0));
}

/** Scrolls the sheet view so that a column is at its left edge (to show the result columns beside the data). */
export async function scrollSheetTo(page: Page, column: string): Promise<void> {
  await page.evaluate((letters) => {
    const heading = [...document.querySelectorAll<HTMLElement>('th[scope="col"]')].find(
      (th) => th.textContent === letters,
    );
    const region = heading?.closest<HTMLElement>('[role="region"]');
    const rowHeadings = document.querySelector<HTMLElement>('th[scope="row"]')?.offsetWidth ?? 0;
    if (heading !== undefined && region !== null && region !== undefined)
      region.scrollLeft = heading.offsetLeft - rowHeadings;
  }, column);
  // Chromium repaints the sticky header row a few frames after a horizontal scroll: a screenshot
  // taken at once shows the header cells that came into view blank.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 0;
        const next = (): void => (++frames >= 5 ? resolve() : void requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
  );
}

export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await target.screenshot({ path });
  return path;
}

/** The CSS background colour of a cell as "#rrggbb" (computed style, i.e. what is painted). */
export async function backgroundOf(cell: Locator): Promise<string> {
  const rgb = await cell.evaluate((el) => getComputedStyle(el).backgroundColor);
  const parts = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb);
  if (parts === null) return rgb;
  return `#${parts
    .slice(1, 4)
    .map((p) => Number(p).toString(16).padStart(2, '0'))
    .join('')}`;
}
