// Amounts that state their currency ("$1,200,000", "€ 850.000,00", "¥ 98,000,000"): never added up as one
// currency in silence. Without rates a column holding several is reported once; with the model's rates
// every amount is converted to the base currency, and an amount with no rate is left out, not guessed.
import type { Diagnostic } from '../diagnostics';
import type { Currencies } from '../model/schema';
import { ColumnCauses } from './causes';

interface Seen {
  readonly cell: string;
  readonly row: number;
}

/** "USD in 4 cells, EUR in 3 and JPY in 1": the currencies by how many cells state them, most first. */
function countsText(counts: ReadonlyMap<string, number>): string {
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(
      ([currency, count], k) =>
        `${currency} in ${count}${k === 0 ? (count === 1 ? ' cell' : ' cells') : ''}`,
    );
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
}

/** The rate of each currency the model names, upper-cased, with the base currency at 1. */
function rateTable(currencies: Currencies): Map<string, number> {
  const rates = new Map<string, number>();
  for (const [currency, rate] of Object.entries(currencies.rates))
    rates.set(currency.toUpperCase(), rate);
  rates.set(currencies.base.toUpperCase(), 1);
  return rates;
}

/** One amount in the base currency: NaN when its currency has no rate; as it is without rates or a stated currency. */
export function amountInBase(
  value: number,
  currency: string | undefined,
  currencies: Currencies | undefined,
): number {
  if (currency === undefined || currencies === undefined) return value;
  const rate = rateTable(currencies).get(currency.toUpperCase());
  return rate === undefined ? NaN : value * rate;
}

/** Follows the currencies one column's cells state, converting them when the model gives rates. */
export class ColumnCurrencies {
  private readonly seen = new Map<string, Seen>();
  private readonly counts = new Map<string, number>();
  private readonly converted = new Map<string, number>();
  private readonly rates: Map<string, number> | undefined;
  private readonly causes: ColumnCauses;

  constructor(
    private readonly column: string,
    private readonly currencies: Currencies | undefined,
  ) {
    this.rates = currencies === undefined ? undefined : rateTable(currencies);
    this.causes = new ColumnCauses(column);
  }

  /** The amount in the base currency (the amount itself without rates), or NaN when its currency has no rate. */
  amount(value: number, currency: string, text: string, cell: string, row: number): number {
    const seen = this.seen.get(currency);
    if (seen === undefined) this.seen.set(currency, { cell, row });
    this.counts.set(currency, (this.counts.get(currency) ?? 0) + 1);
    if (this.rates === undefined || this.currencies === undefined) return value;
    const rate = this.rates.get(currency.toUpperCase());
    if (rate === undefined) {
      const base = this.currencies.base;
      this.causes.add(
        {
          code: 'currency-without-rate',
          message: `"${text}" is in ${currency}, which has no rate in the model's currencies; treated as missing. Add "${currency}": what 1 ${currency} is worth in ${base}, to the rates.`,
        },
        'warning',
        currency,
        cell,
        row,
      );
      return NaN;
    }
    if (rate !== 1) this.converted.set(currency, (this.converted.get(currency) ?? 0) + 1);
    return value * rate;
  }

  /** What to tell the user about the column, given how many of its amounts stated no currency. */
  diagnostics(unstated: number): Diagnostic[] {
    const list = this.causes.diagnostics();
    if (this.currencies === undefined) {
      if (this.seen.size < 2) return list;
      const second = [...this.seen.values()][1];
      const none =
        unstated > 0 ? `; ${unstated} ${unstated === 1 ? 'cell states' : 'cells state'} none` : '';
      const stated = [...this.counts.values()].reduce((sum, n) => sum + n, 0);
      list.push({
        cell: second.cell,
        row: second.row,
        column: this.column,
        code: 'mixed-currency',
        severity: 'warning',
        message: `Column "${this.column}" holds amounts in ${this.seen.size} currencies (${countsText(this.counts)}${none}); they are added up as if they were one. Give the model exchange rates to convert them, as in "currencies": {"base": "USD", "rates": {"EUR": 1.08}}.`,
        count: stated,
      });
      return list;
    }
    if (this.converted.size > 0) {
      const first = [...this.seen.values()][0];
      const none =
        unstated > 0 ? ` Cells stating no currency are taken as ${this.currencies.base}.` : '';
      list.push({
        cell: first.cell,
        row: first.row,
        column: this.column,
        code: 'currency-converted',
        severity: 'info',
        message: `Column "${this.column}": amounts in ${countsText(this.converted)} were converted to ${this.currencies.base} at the model's rates.${none}`,
      });
    }
    return list;
  }
}
