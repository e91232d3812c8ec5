// A four-account table whose scores, tiers and concentration are computed by hand (see comments).
import { type Model, parseModel, type RawTable } from '../../src/core';

/**
 * Account | ARR | Relationship, header on sheet row 3.
 * ARR minmax over 100, 300, 200 -> A 0, B 1, C 0.5, D missing ("n/a").
 * Weights ARR 3, Relationship 1. Scores (reweight): A (0 + 1)/4 = 25, B (3 + 0)/4 = 75,
 * C (1.5 + 0.5)/4 = 50, D 1/1 = 100 with coverage 1/4.
 */
export const SMALL_TABLE: RawTable = {
  sheet: 'Accounts',
  headerRow: 3,
  firstColumn: 1,
  headers: ['Account', 'ARR', 'Relationship'],
  rows: [
    ['A', 100, 'High'],
    ['B', 300, 'Low'],
    ['C', 200, 'Medium'],
    ['D', 'n/a', 'High'],
  ],
};

/**
 * The model of the hand computation. Its minimum coverage is 0, so D (coverage 1/4) is ranked as
 * computed above; the minimum-coverage tests pass the default 0.6 instead.
 */
export function smallModel(overrides: Readonly<Record<string, unknown>> = {}): Model {
  const outcome = parseModel({
    version: 1,
    name: 'Small',
    idColumn: 'Account',
    revenueColumn: 'arr',
    minCoverage: 0,
    criteria: [
      { id: 'arr', column: 'ARR', weight: 3, normalize: { method: 'minmax' } },
      {
        id: 'rel',
        column: 'relationship',
        weight: 1,
        normalize: { method: 'categorical', map: { High: 1, Medium: 0.5, Low: 0 } },
      },
    ],
    ...overrides,
  });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.value;
}
