// The fake Excel and Office namespaces (office-addin-mock objects) over a FakeWorkbook, for createExcelHost in tests.
import { OfficeMockObject } from './office-addin-mock';
import type { ExcelRunner, OfficeGlobals } from '../../../../src/hosts/excel';
import { FakeContext } from './context';
import type { FakeWorkbook } from './model';
import { workbookProxy } from './workbook';

export { FakeWorkbook, FakeSheet, FakeOfficeError, type Box, type Scalar } from './model';
export { NOT_LOADED, NOT_SYNCED, PAYLOAD_LIMIT } from './context';

function minor(version: string | undefined): number {
  const m = /^1\.(\d+)$/.exec(version ?? '1.1');
  return m !== null ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

/** `Excel` with run(): each run gets a fresh context; like Office.js, pending operations are synced when the batch ends. */
export function fakeExcel(book: FakeWorkbook): ExcelRunner {
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const fake = new FakeContext(book);
    const context = new OfficeMockObject({});
    Object.assign(context, { workbook: workbookProxy(fake), sync: () => fake.sync() });
    const result = await batch(context as unknown as Excel.RequestContext);
    if (fake.hasPending()) await fake.sync();
    return result;
  };
  return new OfficeMockObject({ run }) as unknown as ExcelRunner;
}

/** `Office` with document settings (saveAsync keeps what was set) and requirement-set checks. */
export function fakeOffice(book: FakeWorkbook): OfficeGlobals {
  const settings = {
    get: (name: string): unknown => book.settings.get(name) ?? null,
    set: (name: string, value: unknown): void => void book.settings.set(name, value),
    remove: (name: string): void => void book.settings.delete(name),
    saveAsync: (
      callback: (result: { status: string; error?: { message: string } }) => void,
    ): void => {
      if (book.failSave) {
        callback({ status: 'failed', error: { message: 'The workbook is read-only.' } });
        return;
      }
      book.savedSettings.clear();
      for (const [k, v] of book.settings) book.savedSettings.set(k, v);
      callback({ status: 'succeeded' });
    },
  };
  const requirements = {
    isSetSupported: (name: string, version?: string): boolean =>
      name === 'ExcelApi' && minor(version) <= book.apiMinor,
  };
  return new OfficeMockObject({
    context: { document: { settings }, requirements },
  }) as unknown as OfficeGlobals;
}
