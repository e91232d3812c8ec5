// The row filter (DESIGN 3.3): rows left out get no result and are in no figure, and are counted.
import {
  buildReport,
  calibrationFrom,
  identify,
  parseModel,
  planWrite,
  type RawTable,
  scoreRow,
  scoreTable,
} from '../../src/core';
import { csvFixture } from '../support/csv-fixture';
import { writtenValues } from '../support/plan-values';

const salesforce = (): RawTable => csvFixture('salesforce-accounts.csv');

const CUSTOMERS = { Type: ['Customer - Direct', 'customer-channel ', 'CUSTOMER - CHANNEL'] };

describe('a filter on the Salesforce export’s Type', () => {
  const table = salesforce();
  const run = identify(table, { filter: CUSTOMERS });
  if (run.kind !== 'ok') throw new Error(run.message);
  const result = run.value;
  const report = buildReport(result);

  it('keeps the 35 customers (22 direct, 13 channel), whatever the case and spacing of the values', () => {
    expect(result.ids).toHaveLength(35);
    expect(result.leftOut).toBe(25);
    expect(report.source).toMatchObject({ rows: 60, leftOut: 25 });
    expect(report.accounts.map((a) => a.id)).toContain('Woodgrove Bank');
    expect(report.accounts.map((a) => a.id)).not.toContain('Blue Heron Analytics'); // a prospect
  });

  it('keeps each account at its own sheet row, and saves the filter in the model', () => {
    const woodgrove = report.accounts.find((a) => a.id === 'Woodgrove Bank');
    expect(woodgrove?.row).toBe(table.rows.findIndex((r) => r[0] === 'Woodgrove Bank') + 2);
    expect(result.model.filter).toEqual(CUSTOMERS);
  });

  it('measures concentration on the customers alone', () => {
    const kept = table.rows.filter((r) => /^Customer - (Direct|Channel)$/.test(String(r[2])));
    const total = kept.reduce((sum, r) => sum + (r[5] === null ? 0 : Number(r[5])), 0);
    expect(report.concentration.totalRevenue).toBe(total);
    expect(report.concentration.accounts).toBe(kept.filter((r) => r[5] !== null).length);
  });

  it('writes blank result cells on the rows it left out, and says so on the summary sheet', () => {
    const plan = planWrite(result, { ownedColumns: {}, firstFreeColumn: 13 });
    expect(plan.rowCount).toBe(60);
    const score = { values: writtenValues(plan.columns.find((c) => c.key === 'score')) };
    const prospect = table.rows.findIndex((r) => r[2] === 'Prospect');
    expect(score?.values[prospect]).toBeNull();
    expect(score?.values.filter((v) => v !== null).length).toBeGreaterThan(25);
    const cells = plan.summary.cells.map((c) => String(c.value));
    expect(cells).toContain(
      'Accounts are the rows where Type is Customer - Direct or customer-channel  or CUSTOMER - CHANNEL: 25 rows were left out by the filter.',
    );
    // Figures over the whole revenue column would count the rows left out: values, not formulas.
    expect(plan.summary.cells.some((c) => c.kamFormula?.startsWith('=KAM.') === true)).toBe(false);
  });

  it('gives the rows it left out no score in KAM.SCORES and KAM.SCORE either', () => {
    const scores = scoreTable(table, result.model);
    if (scores.kind !== 'ok') throw new Error(scores.message);
    const prospect = table.rows.findIndex((r) => r[2] === 'Prospect');
    expect(scores.value[prospect]).toBeNaN();
    const calibration = calibrationFrom(result);
    const row = scoreRow(result.model, calibration, table.rows[prospect]);
    expect(row).toMatchObject({ kind: 'ok', value: { kept: false, tier: null } });
    const woodgrove = table.rows.findIndex((r) => r[0] === 'Woodgrove Bank');
    const kept = scoreRow(result.model, calibration, table.rows[woodgrove]);
    const i = result.ids.indexOf('Woodgrove Bank');
    expect(kept.kind === 'ok' && kept.value.score).toBe(result.pipeline.scores[i]);
  });
});

describe('the filter’s edges', () => {
  const table = salesforce();

  it('refuses a filter on a column the table does not have, naming it', () => {
    expect(identify(table, { filter: { Segment: ['Enterprise'] } })).toMatchObject({
      kind: 'error',
      code: 'model-column-missing',
      message: expect.stringMatching(/^The row filter reads the column "Segment"/),
    });
  });

  it('says so when no row is kept', () => {
    expect(identify(table, { filter: { Type: ['Reseller'] } })).toMatchObject({
      kind: 'error',
      code: 'empty-table',
      message: expect.stringMatching(/is kept by the filter \(Type is Reseller\)/),
    });
  });

  it('combines the model’s filter with the request’s: every condition holds', () => {
    const model = parseModel({
      version: 1,
      criteria: [{ id: 'rating', column: 'Rating', weight: 1, normalize: { method: 'rating' } }],
      filter: { Type: ['Customer - Direct', 'Customer - Channel'] },
    });
    if (model.kind !== 'ok') throw new Error(model.message);
    const run = identify(table, { model: model.value, filter: { Active: ['Yes'] } });
    if (run.kind !== 'ok') throw new Error(run.message);
    expect(run.value.ids).toHaveLength(30); // 35 customers, 5 of them inactive
    expect(run.value.model.filter).toEqual({
      Type: ['Customer - Direct', 'Customer - Channel'],
      Active: ['Yes'],
    });
  });
});
