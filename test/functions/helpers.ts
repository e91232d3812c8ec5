// Shared fixtures for the KAM.* function tests: a workbook's saved settings, saved runs, sample tables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibrationFrom, type Model, type RawCell, type RawTable } from '../../src/core';
import { type Identification, identifyAndPlan } from '../../src/hosts/identify-and-write';
import { FunctionError } from '../../src/functions/errors';
import { useWorkbookState } from '../../src/functions/state';
import { settingsStore } from '../../src/hosts/excel/settings';
import { WorkbookState } from '../../src/hosts/state';
import { parseCsv } from '../../src/hosts/file/csv-read';
import { STATE_KEYS } from '../../src/hosts/state';

/** Document settings holding `values` under their keys, as Office.context.document.settings holds them. */
export function settingsOf(values: ReadonlyMap<string, unknown>) {
  const store = new Map(values);
  return {
    get: (name: string): unknown => (store.has(name) ? store.get(name) : null),
    set: (name: string, value: unknown): void => void store.set(name, value),
    remove: (name: string): void => void store.delete(name),
    saveAsync: (callback: (result: { status: string }) => void): void =>
      callback({ status: 'succeeded' }),
  };
}

/**
 * The KAM functions read the Excel host's own store over these document settings (text values
 * under our keys), with no state sheet of the CLI's to fall back on.
 */
export function useSettings(values: Partial<Record<keyof typeof STATE_KEYS, unknown>>): void {
  const stored = new Map<string, unknown>();
  for (const [key, value] of Object.entries(values))
    stored.set(STATE_KEYS[key as keyof typeof STATE_KEYS], value);
  const settings = settingsOf(stored);
  const noSheet = async () => ({ kind: 'ok' as const, value: null });
  useWorkbookState(new WorkbookState(settingsStore(() => settings, noSheet)));
}

/** Runs "Identify key accounts" on the table (saved model, or the default preset) and saves its state as the host does. */
export function runAndSave(table: RawTable, model?: Model): Identification {
  const run = identifyAndPlan(
    table,
    { ownedColumns: {}, firstFreeColumn: table.headers.length + 1 },
    { model },
  );
  if (run.kind === 'error') throw new Error(run.message);
  useSettings({
    model: JSON.stringify(run.value.result.model),
    calibration: JSON.stringify(calibrationFrom(run.value.result)),
  });
  return run.value;
}

/** A table as a range argument: header row first, then the data rows. */
export function rangeOf(table: RawTable): RawCell[][] {
  return [[...table.headers], ...table.rows.map((row) => [...row])];
}

/** The error a function throws or rejects with (the stand-in for CustomFunctions.Error outside Excel). */
export async function errorOf(call: () => unknown): Promise<FunctionError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof FunctionError) return error;
    throw error;
  }
  throw new Error('expected the function to fail with #VALUE! or #N/A');
}

/** A range argument of one column. */
export const column = (...cells: RawCell[]): RawCell[][] => cells.map((cell) => [cell]);

/**
 * The messy sample: decimal commas, currency text, "52,1k", star ratings, credit grades, blanks.
 * Read as the file host reads a ";" CSV: with a decimal comma.
 */
export function messyTable(): RawTable {
  const text = readFileSync(join(__dirname, '../../examples/accounts-messy.csv'), 'utf8');
  const [headers, ...rows] = parseCsv(text).rows.filter((row) => row.some((cell) => cell !== ''));
  return {
    sheet: 'Accounts',
    headerRow: 1,
    firstColumn: 1,
    headers,
    rows,
    numberLocale: 'decimal-comma',
  };
}

/** A hand-made table with numbers, text numbers, ratings, errors and blanks, and one of our result columns. */
export const MIXED_TABLE: RawTable = {
  sheet: 'Accounts',
  headerRow: 1,
  firstColumn: 1,
  headers: [
    'Account',
    'Region',
    'ARR',
    'Revenue potential',
    'Product fit',
    'Relationship',
    'Credit rating',
    'Cost to serve',
    'KAM Score',
  ],
  rows: [
    ['Acme', 'EMEA', 120000, '$450k', 4, 'High', 'AA', 12000, 88],
    ['Globex', 'APAC', 80000, 300000, 5, 'Medium', 'BBB+', 9000, 70],
    ['Initech', 'Americas', '$12k', 50000, 2, 'Low', 'B', 15000, 20],
    ['Umbrella', 'EMEA', 250000, '1.2m', 3, 'Strong', 'A-', 30000, 75],
    ['Hooli', 'Americas', null, 90000, 4, 'Weak', null, 5000, 40],
    ['Stark', 'EMEA', 60000, '#N/A', 5, 'High', 'AAA', 8000, 66],
    ['Wayne', 'APAC', '(1,200)', 20000, 1, 'Poor', 'CCC', 22000, 5],
    ['Tyrell', 'EMEA', 95000, 110000, 3, 'Good', 'BB+', '', 44],
    ['Cyberdyne', 'Americas', 40000, 75000, true, 'Yes', 'Baa2', 11000, 33],
    ['Soylent', 'APAC', 95000, 95000, 3, 'Medium', 'A', 10000, 50],
    ['Blank', '', null, null, null, null, null, null, null],
    ['Wonka', 'EMEA', 300000, 800000, 5, 'Excellent', 'AA+', 40000, 99],
  ],
};

/** The run's score as a cell: "" where the run gave none. */
export const cellOfScore = (x: number): number | string => (Number.isNaN(x) ? '' : x);
