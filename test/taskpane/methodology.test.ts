/** @jest-environment jsdom */
// The "How the numbers are computed" page: nothing from the network, and every worked example is what the core computes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  abcClasses,
  abcLetter,
  accountsFor,
  gini,
  hhi,
  identify,
  normalizeColumn,
  type NormalizeSpec,
  parseModel,
  type RawTable,
  tierLabel,
  topShare,
} from '../../src/core';
import { SMALL_TABLE, smallModel } from '../support/small-table';

const html = readFileSync(join(__dirname, '../../assets/methodology.html'), 'utf8');
const page = new DOMParser().parseFromString(html, 'text/html');

function text(id: string): string {
  const element = page.getElementById(id);
  if (element === null) throw new Error(`the page has no #${id}`);
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A table's body as text cells, row by row. */
function rows(id: string): string[][] {
  return [...page.querySelectorAll(`#${id} tbody tr`)].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()),
  );
}

const column = (values: readonly number[], method: NormalizeSpec['method']): number[] =>
  Array.from(normalizeColumn(Float64Array.from(values), { method } as NormalizeSpec, 'higher'));

/** The page's revenue example: seven accounts, in thousands. */
const REVENUE = Float64Array.from([27, 24, 18, 16, 6, 5, 4]);

describe('the methodology page', () => {
  it('loads nothing from anywhere: no scripts, no external styles, images or fonts', () => {
    expect(page.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
    expect(html).not.toMatch(/@import|url\(|https?:\/\//);
    // Every link stays on the page.
    for (const a of page.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^#/);
  });

  it('has a heading per section its contents list', () => {
    for (const a of page.querySelectorAll('nav a')) {
      const target = page.getElementById((a.getAttribute('href') ?? '').slice(1));
      expect(target?.tagName).toBe('H2');
    }
  });

  it('min to max: 100, 300, 200 give 0, 1, 0.5', () => {
    const shown = rows('example-minmax').map((r) => Number(r[2]));
    expect(shown).toEqual(column([100, 300, 200], 'minmax'));
  });

  it('the log scale: 10,000, 100,000, 1,000,000 give 0, 0.5, 1', () => {
    const shown = rows('example-log').map((r) => Number(r[2]));
    const computed = column([10_000, 100_000, 1_000_000], 'log-minmax');
    computed.forEach((v, i) => expect(v).toBeCloseTo(shown[i], 3));
  });

  it('percentile ranks: 10, 20, 20, 40 give 0, 0.5, 0.5, 1', () => {
    const computed = column([10, 20, 20, 40], 'percentile');
    expect(text('example-percentile')).toBe(
      `${computed.slice(0, -1).join(', ')} and ${computed[computed.length - 1]}`,
    );
  });

  it('the score example is the run of the same four accounts, D without enough data by default', () => {
    const run = identify(SMALL_TABLE, { model: smallModel() });
    if (run.kind !== 'ok') throw new Error(run.message);
    const shown = rows('example-score').map((r) => [r[0], Number(/= (\d+)$/.exec(r[5])?.[1])]);
    expect(shown).toEqual(
      run.value.ids.map((id, i) => [id, Number(run.value.pipeline.scores[i].toFixed(9))]),
    );
    const byDefault = identify(SMALL_TABLE, { model: smallModel({ minCoverage: 0.6 }) });
    if (byDefault.kind !== 'ok') throw new Error(byDefault.message);
    expect(byDefault.value.pipeline.coverage[3]).toBe(0.25);
    expect(tierLabel(byDefault.value, 3)).toBe('Not enough data');
    expect(html).toContain('Not enough data');
  });

  it('twelve accounts make Key ranks 1-2, Growth 3-6 and Core 7-12', () => {
    const twelve: RawTable = {
      sheet: 'Accounts',
      headerRow: 1,
      firstColumn: 1,
      headers: ['Account', 'ARR'],
      rows: Array.from({ length: 12 }, (_, i) => [`A${i + 1}`, 1000 * (12 - i)]),
    };
    const model = parseModel({
      version: 1,
      idColumn: 'Account',
      revenueColumn: 'ARR',
      criteria: [{ id: 'arr', column: 'ARR', weight: 1, normalize: { method: 'minmax' } }],
    });
    if (model.kind !== 'ok') throw new Error(model.message);
    const run = identify(twelve, { model: model.value });
    if (run.kind !== 'ok') throw new Error(run.message);
    const [key, growth, core] = run.value.pipeline.tiers.counts;
    expect(text('example-tiers')).toBe(
      `With 12 accounts: Key = ranks 1–${key}, Growth = ranks ${key + 1}–${key + growth}, Core = ranks ${key + growth + 1}–${key + growth + core}.`,
    );
  });

  it('the revenue table: shares, cumulative shares and ABC classes', () => {
    const total = REVENUE.reduce((a, b) => a + b, 0);
    const classes = Array.from(abcClasses(REVENUE), abcLetter);
    let running = 0;
    const expected = Array.from(REVENUE, (x, i) => {
      running += x;
      return [
        String(i + 1),
        String(x),
        `${Math.round((100 * x) / total)}%`,
        `${Math.round((100 * running) / total)}%`,
        classes[i],
      ];
    });
    expect(rows('example-revenue')).toEqual(expected);
  });

  it('top 20% share, accounts for 80%, Gini and HHI are the core’s', () => {
    expect(text('example-top-share')).toBe(`${(topShare(REVENUE, 0.2) * 100).toFixed(1)}%`);
    const for80 = accountsFor(REVENUE, 0.8);
    expect(text('example-accounts-for')).toBe(
      `${for80.count} accounts, ${(for80.share * 100).toFixed(1)}% of them`,
    );
    expect(text('example-gini')).toBe(gini(REVENUE).toFixed(2));
    expect(text('example-hhi')).toBe(Math.round(hhi(REVENUE)).toLocaleString('en-US'));
  });
});
