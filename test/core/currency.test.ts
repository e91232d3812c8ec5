// Amounts in several currencies (DESIGN 3.1): read with their currency, reported once when they meet
// without rates, converted at the model's rates when it gives them, and never converted by guess.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildReport,
  extractColumn,
  identify,
  parseModel,
  parseNumberCell,
  planWrite,
  type RawTable,
} from '../../src/core';
import { csvFixture } from '../support/csv-fixture';

const FIXTURE = 'mixed-currencies.csv';
const expectations = JSON.parse(
  readFileSync(join(__dirname, '../fixtures/csv/mixed-currencies.expect.json'), 'utf8'),
) as {
  cells: Record<string, string>;
  expectations: {
    parsed: Record<string, { amount: number | null; currency: string | null }>;
    mixedCurrencies: { currencies: string[] };
  };
};

const ARR = 2; // column C

function arr(table: RawTable, rates?: Record<string, number>): ReturnType<typeof extractColumn> {
  const currencies = rates === undefined ? undefined : { base: 'USD', rates };
  return extractColumn(table, ARR, { kind: 'number' }, currencies);
}

const byCode = <D extends { code: string }>(list: readonly D[], code: string): D[] =>
  list.filter((d) => d.code === code);

describe('each cell of the mixed-currency fixture', () => {
  it.each(Object.entries(expectations.expectations.parsed))(
    '%s reads as the worked-out amount and currency',
    (cell, expected) => {
      const parsed = parseNumberCell(
        expectations.cells[cell] === '' ? null : expectations.cells[cell],
      );
      if (expected.amount === null) {
        expect(parsed.kind === 'value' || parsed.kind === 'value-with-warning').toBe(false);
        return;
      }
      expect(parsed).toMatchObject({ value: expected.amount });
      const currency = 'currency' in parsed ? parsed.currency : undefined;
      expect(currency ?? null).toBe(expected.currency);
    },
  );

  it('says that "EUR 500.000" was read as thousands, the usual reading with a euro amount', () => {
    const parsed = parseNumberCell('EUR 500.000');
    expect(parsed).toMatchObject({ kind: 'value-with-warning', value: 500000, currency: 'EUR' });
    // Without a currency written with a decimal comma, "500.000" stays five hundred.
    expect(parseNumberCell('USD 500.000')).toMatchObject({ kind: 'value', value: 500 });
  });
});

describe('a column holding several currencies, without rates', () => {
  const column = arr(csvFixture(FIXTURE));
  const [mixed, ...others] = byCode(column.diagnostics, 'mixed-currency');

  it('is reported once, listing each currency with its count', () => {
    expect(others).toHaveLength(0);
    expect(mixed.severity).toBe('warning');
    for (const currency of expectations.expectations.mixedCurrencies.currencies)
      expect(mixed.message).toContain(currency);
    expect(mixed.message).toContain(
      '(USD in 3 cells, EUR in 3, JPY in 1, GBP in 1 and CHF in 1; 1 cell states none)',
    );
    expect(mixed.count).toBe(9);
    expect(mixed.cell).toBe('C3'); // where the second currency first appears
  });

  it('keeps the amounts as read, so the run goes on', () => {
    expect(column.values[0]).toBe(1200000);
    expect(column.values[1]).toBe(850000);
  });

  it('is not reported for one currency alongside amounts that state none', () => {
    const table: RawTable = {
      sheet: 'S',
      headerRow: 1,
      firstColumn: 1,
      headers: ['Account', 'Region', 'ARR'],
      rows: [
        ['A', 'x', '€ 1.000'],
        ['B', 'x', 2000],
        ['C', 'x', 'EUR 3.000'],
      ],
    };
    expect(byCode(arr(table).diagnostics, 'mixed-currency')).toEqual([]);
    expect([...arr(table).values]).toEqual([1000, 2000, 3000]);
  });
});

describe('a column holding several currencies, with the model’s rates', () => {
  const rates = { EUR: 1.08, JPY: 0.0067, GBP: 1.27, CHF: 1.13 };
  const column = arr(csvFixture(FIXTURE), rates);

  it('converts every amount to the base currency and says so once', () => {
    expect(column.values[1]).toBeCloseTo(850000 * 1.08, 6);
    expect(column.values[2]).toBeCloseTo(98e6 * 0.0067, 6);
    expect(column.values[5]).toBeCloseTo(640000.5 * 1.27, 6);
    expect(column.values[0]).toBe(1200000); // already USD
    expect(column.values[11]).toBe(950000); // states none: taken as the base
    expect(byCode(column.diagnostics, 'mixed-currency')).toEqual([]);
    const [converted] = byCode(column.diagnostics, 'currency-converted');
    expect(converted.message).toContain('converted to USD');
    expect(converted.message).toContain('taken as USD');
  });

  it('leaves out an amount whose currency has no rate, once per currency, never unconverted', () => {
    const partial = arr(csvFixture(FIXTURE), { EUR: 1.08 });
    expect(partial.values[2]).toBeNaN(); // ¥
    const missingRates = byCode(partial.diagnostics, 'currency-without-rate');
    expect(missingRates.map((d) => d.cell)).toEqual(['C4', 'C7', 'C11']); // JPY, GBP, CHF
    expect(missingRates[0].message).toContain('Add "JPY"');
  });

  it('matches rate names whatever their case', () => {
    const lower = arr(csvFixture(FIXTURE), { eur: 1.08, jpy: 0.0067, gbp: 1.27, chf: 1.13 });
    expect([...lower.values]).toEqual([...column.values]);
  });
});

describe('a run on the mixed-currency sheet', () => {
  const table = csvFixture(FIXTURE);
  const model = (currencies?: object) =>
    parseModel({
      version: 1,
      revenueColumn: 'ARR',
      minCoverage: 0,
      criteria: [{ id: 'arr', column: 'ARR', weight: 1, normalize: { method: 'log-minmax' } }],
      ...(currencies === undefined ? {} : { currencies }),
    });

  it('without rates, shows the warning on the summary sheet', () => {
    const m = model();
    if (m.kind !== 'ok') throw new Error(m.message);
    const run = identify(table, { model: m.value });
    if (run.kind !== 'ok') throw new Error(run.message);
    const report = buildReport(run.value);
    expect(byCode(report.diagnostics, 'mixed-currency')).toHaveLength(1);
    const plan = planWrite(run.value, { ownedColumns: {}, firstFreeColumn: 5 });
    const texts = plan.summary.cells.map((c) => String(c.value));
    expect(texts.some((t) => t.includes('added up as if they were one'))).toBe(true);
  });

  it('with rates, ranks the converted amounts: ¥98M is less than $1.2M', () => {
    const m = model({ base: 'USD', rates: { EUR: 1.08, JPY: 0.0067, GBP: 1.27, CHF: 1.13 } });
    if (m.kind !== 'ok') throw new Error(m.message);
    const run = identify(table, { model: m.value });
    if (run.kind !== 'ok') throw new Error(run.message);
    const report = buildReport(run.value);
    const revenue = (id: string) => report.accounts.find((a) => a.id === id)!.revenue!;
    expect(revenue('Litware Systems')).toBeLessThan(revenue('Northwind Traders'));
    expect(report.model.currencies?.base).toBe('USD');
  });

  it('refuses a rate that is not above 0', () => {
    expect(model({ base: 'USD', rates: { EUR: 0 } }).kind).toBe('error');
  });
});
