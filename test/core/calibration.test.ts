// One row scored later with the run's frozen statistics gives exactly the run's score and tier.
import fc from 'fast-check';
import {
  calibrationFrom,
  calibrationSchema,
  scoreRow,
  tierFor,
  identify,
  tierName,
} from '../../src/core';
import {
  accountTables,
  firstMethod,
  fourCriteriaModel,
  INPUT_WIDTH,
  missingPolicy,
  secondMethod,
} from '../support/random-accounts';
import { SMALL_TABLE, smallModel } from '../support/small-table';

describe('calibration', () => {
  it('scores every row of the run exactly as the run did, whatever the methods and missing policy', () => {
    fc.assert(
      fc.property(
        accountTables({ resultColumn: true }),
        firstMethod,
        secondMethod,
        missingPolicy,
        (table, first, second, missing) => {
          const m = fourCriteriaModel([first, second], missing);
          const outcome = identify(table, { model: m });
          if (outcome.kind !== 'ok') return false;
          const calibration = calibrationFrom(outcome.value);
          return table.rows.every((row, i) => {
            const scored = scoreRow(m, calibration, row.slice(0, INPUT_WIDTH));
            if (scored.kind !== 'ok') return false;
            const expected = outcome.value.pipeline.scores[i];
            const same = Number.isNaN(expected)
              ? Number.isNaN(scored.value.score)
              : scored.value.score === expected;
            return same && scored.value.tier === tierName(outcome.value, i);
          });
        },
      ),
    );
  });

  it('survives a JSON round trip through its schema (it is stored in the workbook)', () => {
    const outcome = identify(SMALL_TABLE, { model: smallModel() });
    if (outcome.kind !== 'ok') throw new Error(outcome.message);
    const calibration = calibrationFrom(outcome.value);
    const parsed = calibrationSchema.safeParse(JSON.parse(JSON.stringify(calibration)));
    expect(parsed.success).toBe(true);
    expect(calibration.headers).toEqual(['Account', 'ARR', 'Relationship']);
    expect(calibration.stats).toEqual([{ kind: 'range', min: 100, max: 300 }, { kind: 'fixed' }]);
  });

  it('clips a new value beyond the run’s range instead of scoring above 100', () => {
    const outcome = identify(SMALL_TABLE, { model: smallModel() });
    if (outcome.kind !== 'ok') throw new Error(outcome.message);
    const scored = scoreRow(smallModel(), calibrationFrom(outcome.value), ['New', 10_000, 'High']);
    expect(scored).toMatchObject({ kind: 'ok', value: { score: 100, tier: 'Key' } });
  });

  it('refuses a row of the wrong width, saying which columns it expects', () => {
    const outcome = identify(SMALL_TABLE, { model: smallModel() });
    if (outcome.kind !== 'ok') throw new Error(outcome.message);
    const scored = scoreRow(smallModel(), calibrationFrom(outcome.value), ['A', 100]);
    expect(scored).toMatchObject({ kind: 'error', code: 'row-shape' });
    if (scored.kind === 'error')
      expect(scored.message).toMatch(/3 input columns \(Account to Relationship\)/);
  });

  it('puts a score on a tier floor into that tier, below all floors into the last tier', () => {
    const calibration = {
      version: 1 as const,
      model: '',
      numberLocale: null,
      labels: [],
      headers: ['A'],
      stats: [],
      tierFloors: [80, null, 10],
      tierNames: ['Key', 'Growth', 'Core'],
      accounts: 3,
    };
    expect(tierFor(calibration, 80)).toBe('Key');
    expect(tierFor(calibration, 79.9)).toBe('Core');
    expect(tierFor(calibration, NaN)).toBeNull();
  });

  it('refuses to score rows for a model saved after the run (weights, columns or tiers changed)', () => {
    const outcome = identify(SMALL_TABLE, { model: smallModel() });
    if (outcome.kind !== 'ok') throw new Error(outcome.message);
    const calibration = calibrationFrom(outcome.value);
    const reweighted = {
      ...smallModel(),
      criteria: smallModel().criteria.map((c, k) => ({ ...c, weight: k === 0 ? 9 : 1 })),
    };
    const renamed = {
      ...smallModel(),
      tiers: { method: 'top-n' as const, bands: [{ name: 'Top', count: 1 }, { name: 'Rest' }] },
    };
    for (const changed of [reweighted, renamed]) {
      expect(scoreRow(changed, calibration, ['A', 100, 'High'])).toMatchObject({
        kind: 'error',
        code: 'calibration-mismatch',
      });
    }
    expect(scoreRow(smallModel(), calibration, ['A', 100, 'High']).kind).toBe('ok');
  });

  it('gives a thresholds model its cut-offs as tier floors, so a new score between them lands right', () => {
    const model = {
      ...smallModel(),
      tiers: {
        method: 'thresholds' as const,
        bands: [{ name: 'Key', min: 70 }, { name: 'Growth', min: 40 }, { name: 'Core' }],
      },
    };
    const outcome = identify(SMALL_TABLE, { model: model });
    if (outcome.kind !== 'ok') throw new Error(outcome.message);
    const calibration = calibrationFrom(outcome.value);
    expect(calibration.tierFloors).toEqual([70, 40, null]);
    // ARR 233.3 -> (233.3 - 100) / 200 = 2/3 on ARR, Low relationship: 100 * 3 * (2/3) / 4 = 50.
    const scored = scoreRow(model, calibration, ['New', 100 + 200 * (2 / 3), 'Low']);
    expect(scored).toMatchObject({
      kind: 'ok',
      value: { score: expect.closeTo(50, 9), tier: 'Growth' },
    });
  });

  it('reads text numbers with the run’s number locale', () => {
    const table = {
      ...SMALL_TABLE,
      numberLocale: 'decimal-comma' as const,
      rows: SMALL_TABLE.rows.map((r, i) => (i === 0 ? ['A', '100,0', 'High'] : r)),
    };
    const outcome = identify(table, { model: smallModel() });
    if (outcome.kind !== 'ok') throw new Error(outcome.message);
    const calibration = calibrationFrom(outcome.value);
    expect(calibration.numberLocale).toBe('decimal-comma');
    const scored = scoreRow(smallModel(), calibration, ['A', '1.000,0', 'High']);
    // 1.000,0 is 1000 in a decimal-comma workbook: above the run's maximum (300), so ARR counts 1.
    expect(scored).toMatchObject({ kind: 'ok', value: { score: 100 } });
  });
});
