// Reading the preview's sheet view from a test: find a column by its header, read cells and their colours.
import type { Page } from 'playwright-core';
import { backgroundOf, sheetCell } from './browser';

/** The column letters of the header cell with this text on the given row, or null. */
export async function columnOf(
  page: Page,
  headerRow: number,
  header: string,
): Promise<string | null> {
  return page.evaluate(
    ({ row, text }) => {
      const cells = [...document.querySelectorAll<HTMLElement>('td[data-cell]')];
      const hit = cells.find(
        (td) =>
          td.dataset.cell?.replace(/^[A-Z]+/, '') === String(row) &&
          td.textContent?.trim() === text,
      );
      return hit?.dataset.cell?.replace(/\d+$/, '') ?? null;
    },
    { row: headerRow, text: header },
  );
}

export async function cellText(page: Page, address: string): Promise<string> {
  return ((await sheetCell(page, address).textContent()) ?? '').trim();
}

/** Text and painted background ("#rrggbb") of a cell. */
export async function paintedCell(
  page: Page,
  address: string,
): Promise<{ text: string; background: string }> {
  const cell = sheetCell(page, address);
  return { text: ((await cell.textContent()) ?? '').trim(), background: await backgroundOf(cell) };
}
