// What a sales-ops user gets from a Salesforce "Accounts" report and a HubSpot "Companies" export
// (issue: right key accounts on real CRM exports), checked against the fixtures' hand-worked expectations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildReport,
  detectColumns,
  identify,
  type NormalizeSpec,
  parseModel,
  type RawTable,
  spreadLabels,
} from '../../src/core';
import { accountMath, tierLabel } from '../../src/core/run/report';
import { csvFixture } from '../support/csv-fixture';

interface Expected {
  expectations: Record<
    string,
    { accounts?: string[]; columns?: string[]; [k: string]: unknown }
  > & {
    ordinals: Record<string, { order: string[]; outside?: string[] }>;
  };
}
const expected = (name: string): Expected['expectations'] =>
  (
    JSON.parse(
      readFileSync(
        join(__dirname, '../fixtures/csv', name.replace('.csv', '.expect.json')),
        'utf8',
      ),
    ) as Expected
  ).expectations;

function run(table: RawTable, request: Parameters<typeof identify>[1] = {}) {
  const outcome = identify(table, request);
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.value;
}

/** The labels of a map from best to worst. */
function order(spec: NormalizeSpec): string[] {
  if (spec.method !== 'categorical') throw new Error(`${spec.method} is not a label map`);
  return Object.entries(spec.map)
    .sort((a, b) => b[1] - a[1])
    .map(([label]) => label);
}

describe('a Salesforce Accounts report', () => {
  const file = 'salesforce-accounts.csv';
  const table = csvFixture(file);
  const want = expected(file);
  const detection = detectColumns(table);
  const custom = (header: string) =>
    detection.candidates.find((c) => c.kind === 'custom' && c.header === header);

  it('offers Rating, Customer Priority, SLA and Active, and never the name, owner or record date', () => {
    for (const header of ['Rating', 'Customer Priority', 'SLA', 'Active'])
      expect(custom(header)).toBeDefined();
    const offered = detection.candidates.map((c) => c.header);
    for (const header of want.notScored.columns ?? []) expect(offered).not.toContain(header);
  });

  it('reads the picklists in their order: Hot > Warm > Cold, Platinum > Gold > Silver > Bronze', () => {
    expect(order(custom('Rating')!.normalize)).toEqual(want.ordinals.Rating.order);
    expect(order(custom('SLA')!.normalize)).toEqual(want.ordinals.SLA.order);
  });

  it('says once per column which label sets have no known order', () => {
    const industry = detection.notes.filter((n) => n.column === 'Industry');
    expect(industry).toHaveLength(1);
    expect(industry[0].message).toMatch(/^Industry has 27 labels with no known order/);
  });

  describe('with the default preset', () => {
    const result = run(table);
    const report = buildReport(result);
    const tierOf = (id: string) => tierLabel(result, result.ids.indexOf(id));

    it('scores on at least Rating, Customer Priority and SLA besides the company size', () => {
      const columns = result.model.criteria.map((c) => c.column);
      expect(columns).toEqual(expect.arrayContaining(['Rating', 'Customer Priority', 'SLA']));
      expect(columns.length).toBeGreaterThanOrEqual(3);
      expect(columns.length).toBeLessThanOrEqual(5);
    });

    it('puts the five clear key accounts in Key', () => {
      for (const id of want.clearKeyAccounts.accounts ?? []) expect(tierOf(id)).toBe('Key');
    });

    it('gives the Hot prospects without revenue no tier: "Not enough data"', () => {
      for (const id of want.hotProspectsWithoutRevenue.accounts ?? []) {
        expect(tierOf(id)).toBe('Not enough data');
        const account = report.accounts.find((a) => a.id === id)!;
        expect(account.rank).toBeNull();
        expect(account.drivers).toMatch(/; no value for .*Annual Revenue/);
      }
    });

    it('puts no inactive customer in Key', () => {
      for (const id of want.inactiveCustomers.accounts ?? []) expect(tierOf(id)).not.toBe('Key');
    });

    it('says that the revenue column measures the company’s size, not what it pays', () => {
      expect(result.diagnostics.map((d) => d.code)).toContain('revenue-is-size');
      expect(result.revenueColumn.header).toBe('Annual Revenue');
    });
  });

  it('keeps only the 35 customers under a filter on Type', () => {
    const result = run(table, { filter: { Type: ['Customer - Direct', 'Customer - Channel'] } });
    expect([...result.ids].sort()).toEqual([...(want.customerFilter.accounts ?? [])].sort());
    expect(result.leftOut).toBe(25);
  });
});

describe('a HubSpot Companies export', () => {
  const file = 'hubspot-companies.csv';
  const table = csvFixture(file);
  const want = expected(file);
  const detection = detectColumns(table);

  it('takes Total Revenue (what the customer pays) for the 80/20 view, with its real confidence', () => {
    expect(detection.revenue?.header).toBe(want.concentrationColumn.use);
    expect(detection.revenue?.confidence).toBeLessThan(1);
    expect(detection.revenue?.reason).toContain("preferred to 'Annual Revenue'");
  });

  it('never offers identifiers or contact details, nor the record’s create date', () => {
    const offered = detection.candidates.map((c) => c.header);
    for (const header of [...(want.notScored.columns ?? []), 'Create Date'])
      expect(offered).not.toContain(header);
    expect(offered).toEqual(
      expect.arrayContaining(['HubSpot Score', 'Number of Associated Deals', 'Last Activity Date']),
    );
  });

  it('reads Lifecycle Stage in HubSpot’s funnel order, leaving Other out', () => {
    const stage = detection.candidates.find((c) => c.header === 'Lifecycle Stage')!;
    const { order: funnel, outside } = want.ordinals['Lifecycle Stage'];
    expect(order(stage.normalize)).toEqual([...funnel].reverse());
    for (const label of outside ?? []) expect(order(stage.normalize)).not.toContain(label);
  });

  it('gives the hot leads without revenue no Key tier', () => {
    const result = run(table);
    for (const id of want.hotLeadsWithoutRevenue.accounts ?? [])
      expect(tierLabel(result, result.ids.indexOf(id))).not.toBe('Key');
  });

  it('over the customers, 12 accounts bring 80% of the 16,368,000 Total Revenue', () => {
    const result = run(table, { filter: { 'Lifecycle Stage': ['Customer', 'Evangelist'] } });
    const c = result.pipeline.concentration;
    expect(result.ids).toHaveLength(34);
    expect(c.totalRevenue).toBe(16368000);
    expect(c.accountsFor80).toBe(12);
  });
});

describe('property: reversing a picklist’s order reverses its contributions', () => {
  const table = csvFixture('salesforce-accounts.csv');
  const model = (ordered: string[]) => {
    const outcome = parseModel({
      version: 1,
      revenueColumn: 'Annual Revenue',
      minCoverage: 0,
      criteria: [
        { id: 'size', column: 'Annual Revenue', weight: 2, normalize: { method: 'log-minmax' } },
        {
          id: 'sla',
          column: 'SLA',
          weight: 1,
          normalize: { method: 'categorical', map: spreadLabels(ordered) },
        },
      ],
    });
    if (outcome.kind !== 'ok') throw new Error(outcome.message);
    return outcome.value;
  };
  const levels = ['Platinum', 'Gold', 'Silver', 'Bronze'];
  const forward = run(table, { model: model(levels) });
  const backward = run(table, { model: model([...levels].reverse()) });
  const sla = (result: typeof forward, i: number) => accountMath(result, i)[1];

  it('each account’s SLA points become the rest of what SLA could give it', () => {
    for (let i = 0; i < forward.ids.length; i++) {
      const a = sla(forward, i);
      const b = sla(backward, i);
      if (Number.isNaN(a.normalized)) {
        expect(b.normalized).toBeNaN();
        continue;
      }
      expect(b.normalized).toBeCloseTo(1 - a.normalized, 4);
      expect(b.weightShare).toBe(a.weightShare);
      expect(b.points).toBeCloseTo(a.weightShare * 100 - a.points, 2);
    }
  });

  it('so two accounts’ SLA points swap their order', () => {
    for (let i = 0; i < forward.ids.length; i++)
      for (let j = 0; j < forward.ids.length; j++) {
        const before = sla(forward, i).normalized - sla(forward, j).normalized;
        const after = sla(backward, i).normalized - sla(backward, j).normalized;
        if (Math.abs(before) > 1e-9) expect(Math.sign(after)).toBe(-Math.sign(before));
      }
  });
});
