// Keyboard and accessibility checks in Chromium: tabbing through the panel with the run bar in view, and axe-core.
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core as its script defines it on the page. */
interface PageAxe {
  run(context: { include: string[][] }, options: RunOptions): Promise<AxeResults>;
}

/** One Tab stop: what has focus, where it is, and whether the run bar covers any of it. */
export interface TabStop {
  readonly name: string;
  /** The stop lies in the run bar itself (which is always in view). */
  readonly inRunBar: boolean;
  /** Pixels of the stop below the run bar's top edge (0: clear of it). */
  readonly covered: number;
  /** Pixels of the stop above the top of the panel's view (0: clear of it). */
  readonly aboveView: number;
}

/** Where the focused element is against the run bar and the panel's view; null once focus left the panel. */
export async function focusedStop(page: Page): Promise<TabStop | null> {
  return page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('[data-testid="taskpane"]');
    const focused = document.activeElement;
    if (panel === null || !(focused instanceof Element) || !panel.contains(focused)) return null;
    const bar = panel.querySelector<HTMLElement>(
      '[role="region"][aria-label="Live preview and run"]',
    );
    const box = focused.getBoundingClientRect();
    const view = panel.getBoundingClientRect();
    const barTop = bar?.getBoundingClientRect().top ?? view.bottom;
    const label =
      focused.getAttribute('aria-label') ??
      (focused.textContent ?? '').trim().slice(0, 60) ??
      focused.tagName;
    return {
      name: `${focused.tagName.toLowerCase()} "${label}"`,
      inRunBar: bar?.contains(focused) === true,
      covered: Math.max(0, Math.round(box.bottom - barTop)),
      aboveView: Math.max(0, Math.round(view.top - box.top)),
    };
  });
}

/**
 * Presses Tab from the panel's first control until focus leaves the panel, recording every stop.
 * Fluent's focus-trap markers (data-tabster-dummy) pass focus on at once and are not stops.
 */
export async function tabThroughPanel(page: Page, limit = 600): Promise<TabStop[]> {
  await page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('[data-testid="taskpane"]');
    panel?.scrollTo(0, 0);
    panel?.querySelector<HTMLElement>('main a, main button, main [tabindex="0"]')?.focus();
  });
  const stops: TabStop[] = [];
  const first = await focusedStop(page);
  if (first !== null) stops.push(first);
  for (let k = 0; k < limit; k++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (stop === null) break;
    stops.push(stop);
  }
  return stops;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** axe-core's serious and critical violations inside the panel, Fluent's focus-trap markers aside. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: PageAxe }).axe;
    const results = await axe.run(
      { include: [['[data-testid="taskpane"]']] },
      { resultTypes: ['violations'] },
    );
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes
          .filter((n) => !n.html.includes('data-tabster-dummy'))
          .map((n) => n.target.join(' ')),
      }))
      .filter((v) => v.targets.length > 0);
  });
}
