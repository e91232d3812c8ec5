// Files the user brings: the messy CSV dropped on the page shows its data problems; a wrong file is refused in words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Workbook } from 'exceljs';
import {
  identifiedIn,
  identifyButton,
  panel,
  previewSession,
  screenshot,
  waitForPanel,
} from './browser';
import { cellText } from './sheet';

const MESSY = join(__dirname, '..', '..', 'examples', 'accounts-messy.csv');

let page: Page;
previewSession((opened) => {
  page = opened;
});

/** Drops a file on the sheet view the way a browser does: dragenter, dragover, drop, with a DataTransfer holding it. */
async function dropFile(target: Page, name: string, text: string, type: string): Promise<void> {
  await target.getByRole('region', { name: /^Workbook/ }).evaluate(
    (element, file) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: file.type }));
      for (const kind of ['dragenter', 'dragover', 'drop'])
        element.dispatchEvent(
          new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    },
    { name, text, type },
  );
}

describe("opening the user's own files in the preview", () => {
  it('a dropped CSV (the messy sample) is read, and its unreadable cells are listed with their addresses', async () => {
    await dropFile(page, 'accounts-messy.csv', readFileSync(MESSY, 'utf8'), 'text/csv');
    await page
      .getByLabel('Open workbook')
      .filter({ hasText: 'accounts-messy.csv' })
      .waitFor({ timeout: 30_000 });
    await waitForPanel(page);
    expect(await cellText(page, 'A2')).toBe('Northwind Traders');
    const quality = panel(page).getByRole('group', { name: 'Data quality' });
    await expect(
      quality.getByText(/cells? could not be read/).count(),
    ).resolves.toBeGreaterThanOrEqual(1);
    // Each problem names its cell, as a link: "n/a" in Revenue potential, and an unknown rating word.
    await expect(
      quality.getByRole('button', { name: /^Go to cell D14: Could not read "n\/a"/ }).count(),
    ).resolves.toBe(1);
    await expect(
      quality.getByRole('button', { name: /^Go to cell F25: "Mediumish" is not a rating/ }).count(),
    ).resolves.toBe(1);
    await quality.scrollIntoViewIfNeeded();
    await screenshot(panel(page), 'panel-light-messy');
  });

  it('a file that is not a workbook is refused with a sentence, not a stack trace, and the open workbook stays', async () => {
    await page
      .getByLabel('Open a workbook (.xlsx or .csv)')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    const alert = page.getByText(/Could not open "notes.txt": .*not an \.xlsx or \.csv file/);
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).not.toMatch(/\bat\s+\S+\s*\(|Error:/);
    await expect(page.getByLabel('Open workbook').textContent()).resolves.toBe(
      'accounts-messy.csv',
    );
  });

  it('bytes that are not a spreadsheet, named .xlsx, are refused in words too', async () => {
    await page.getByLabel('Open a workbook (.xlsx or .csv)').setInputFiles({
      name: 'broken.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('not a zip file at all'),
    });
    const alert = page.getByText(/Could not open "broken.xlsx":/);
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).not.toMatch(/\bat\s+\S+\s*\(/);
  });

  it('a blank row inside the list: the run answers for the rows above it and says, with the figures, which rows it did not read', async () => {
    const book = new Workbook();
    await book.xlsx.readFile(join(__dirname, '..', '..', 'examples', 'accounts.xlsx'));
    book.worksheets[0].spliceRows(20, 0, []);
    await page.getByLabel('Open a workbook (.xlsx or .csv)').setInputFiles({
      name: 'accounts-gap.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await page
      .getByLabel('Open workbook')
      .filter({ hasText: 'accounts-gap.xlsx' })
      .waitFor({ timeout: 30_000 });
    await waitForPanel(page);
    await identifyButton(page).click();
    await identifiedIn(page);
    const notice = panel(page)
      .getByText(/^The table ends at row 19, above a blank row; rows 21–64 below it were not read/)
      .first();
    await notice.waitFor();
    await notice.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(panel(page), 'panel-data-below-table');
  });
});
