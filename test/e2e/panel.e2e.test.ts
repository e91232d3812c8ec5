// The panel by keyboard in Chromium: where a run lands, focus never under the run bar, Clear's confirmation, the quadrant's axes, axe-core.
import type { Page } from 'playwright-core';
import { identifiedIn, identifyButton, panel, previewSession, screenshot } from './browser';
import { seriousViolations, tabThroughPanel } from './keyboard';
import { columnOf } from './sheet';

const HEADER_ROW = 3;
const QUADRANT = 'Portfolio quadrant: score against current revenue';

let page: Page;
previewSession((opened) => {
  page = opened;
});

/** The top of an element against the top of the panel's scrolling view, in pixels. */
async function offsetInPanel(selector: string): Promise<number> {
  return page.evaluate((css) => {
    const view = document.querySelector('[data-testid="taskpane"]');
    const target = view?.querySelector(css);
    if (view === null || view === undefined || target === null || target === undefined) return NaN;
    return target.getBoundingClientRect().top - view.getBoundingClientRect().top;
  }, selector);
}

describe('the panel by keyboard', () => {
  it('setup: axe-core finds nothing serious, and no Tab stop lands under the run bar', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    const stops = await tabThroughPanel(page);
    // Data, criteria cards, rules, the run bar: the whole panel.
    expect(stops.length).toBeGreaterThan(60);
    expect(stops.some((s) => s.inRunBar)).toBe(true);
    const hidden = stops.filter((s) => !s.inRunBar && (s.covered > 0 || s.aboveView > 0));
    expect(hidden).toEqual([]);
  });

  it('Identify lands on the top of Results, focus on their heading, the cards in view', async () => {
    // Scrolled down first, as a user who just set the weights would be.
    await panel(page).evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await identifyButton(page).focus();
    await page.keyboard.press('Enter');
    await identifiedIn(page);
    const heading = panel(page).getByRole('heading', { name: 'Results' });
    await page.waitForFunction(() => document.activeElement?.id === 'kam-results-heading');
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(Math.abs(await offsetInPanel('#kam-results-heading'))).toBeLessThanOrEqual(2);
    const cards = panel(page).getByRole('list', { name: 'Summary' });
    expect(await cards.isVisible()).toBe(true);
    expect(await offsetInPanel('[role="list"][aria-label="Summary"]')).toBeLessThan(120);
    await screenshot(panel(page), 'panel-after-identify');
  });

  it('results: axe-core finds nothing serious, and no Tab stop lands under the run bar', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    const stops = await tabThroughPanel(page);
    // The cards are text; the stops are the charts, each top account's math, the warnings' links, Clear.
    const names = stops.map((s) => s.name);
    expect(names).toContain('button "Clear results"');
    expect(names.filter((n) => n === 'button "Show the math"').length).toBeGreaterThan(5);
    expect(names.filter((n) => n.startsWith('circle ')).length).toBe(1);
    const hidden = stops.filter((s) => !s.inRunBar && (s.covered > 0 || s.aboveView > 0));
    expect(hidden).toEqual([]);
  });

  it('the quadrant chart: revenue from 0, both boundaries, the quadrants named, dots by keyboard', async () => {
    const chart = panel(page).getByRole('group', { name: QUADRANT });
    const revenueTicks = await chart.locator('[data-axis="revenue"] text').allTextContents();
    expect(revenueTicks[0]).toBe('0');
    expect(revenueTicks.filter((t) => t.startsWith('-') || t.startsWith('−'))).toEqual([]);
    expect(await chart.locator('[data-axis="score"] text').allTextContents()).toEqual([
      '0',
      '25',
      '50',
      '75',
      '100',
    ]);
    // The zero line sits at the bottom of the plot: no tick below it.
    const zeroY = await chart
      .locator('[data-axis="revenue"] line')
      .first()
      .evaluate((l) => Number(l.getAttribute('y1')));
    const allY = await chart
      .locator('[data-axis="revenue"] line')
      .evaluateAll((ls) => ls.map((l) => Number(l.getAttribute('y1'))));
    expect(Math.max(...allY)).toBe(zeroY);
    expect(await chart.locator('[data-boundary="score"] line').count()).toBe(1);
    expect(await chart.locator('[data-boundary="revenue"] line').count()).toBe(1);
    expect(
      (await chart.locator('[data-quadrant]').allTextContents()).map((t) =>
        t.replace(/ \(\d+\)$/, ''),
      ),
    ).toEqual(['Key account', 'Key development', 'Maintenance', 'Opportunistic']);
    // One tab stop reaches the dots; the arrow keys walk them, each named by its account.
    const dots = chart.getByRole('listitem');
    await dots.first().focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(first).toMatch(
      /^.+: score [\d.]+, revenue [\d,]+, (Key account|Key development|Maintenance|Opportunistic)$/,
    );
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(second).not.toBe(first);
    expect(await panel(page).getByTestId('quadrant-readout').textContent()).toBe(second);
    await screenshot(chart.locator('xpath=ancestor::figure'), 'panel-quadrant');
  });

  it('Clear results asks first; "Keep them" keeps everything', async () => {
    await panel(page).getByRole('button', { name: 'Clear results' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear the results?' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'preview-clear-dialog');
    await dialog.getByRole('button', { name: 'Keep them' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await columnOf(page, HEADER_ROW, 'KAM Score')).not.toBeNull();
    expect(await panel(page).getByRole('heading', { name: 'Results' }).count()).toBe(1);
  });

  it('once confirmed, clears: the setup with its message in view and focused, no timing, no download', async () => {
    await panel(page).getByRole('button', { name: 'Clear results' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear the results?' });
    await dialog.getByRole('button', { name: 'Clear results' }).click();
    const message = panel(page).getByText(
      'The result columns, their formatting and the summary sheet were removed.',
    );
    await message.waitFor();
    await page.waitForFunction(
      () => document.activeElement?.textContent?.includes('were removed') === true,
    );
    const top = await message.evaluate((el) => {
      const view = document.querySelector('[data-testid="taskpane"]');
      return el.getBoundingClientRect().top - (view?.getBoundingClientRect().top ?? 0);
    });
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    expect(await columnOf(page, HEADER_ROW, 'KAM Score')).toBeNull();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /Identified in/ })
        .count(),
    ).resolves.toBe(0);
    const download = page.getByRole('button', { name: 'Download .xlsx' });
    expect(await download.getAttribute('aria-disabled')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(panel(page), 'panel-cleared');
  });
});
