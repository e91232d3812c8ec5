// What the one-click button tells the user, from a real run of the core on small tables computed by hand.
import { parseModel, type Model, type Outcome, type RawTable } from '../../src/core';
import { identifyAndPlan, type Identification } from '../../src/hosts/identify-and-write';
import {
  BUSY_TITLE,
  describeBusy,
  describeFailure,
  describeOutcome,
  describeUnexpected,
  FAILURE_TITLE,
  SUCCESS_TITLE,
} from '../../src/commands/describe-outcome';
import { MAX_LINE, outcomeMessageSchema } from '../../src/commands/outcome-message';
import { SMALL_TABLE, smallModel } from '../support/small-table';

const LAYOUT = { ownedColumns: {}, firstFreeColumn: 4 };

/** DESIGN 3.5's example: revenues 27, 24, 18, 16, 6, 5, 4 (thousands); equal relationships, so ARR decides the ranking. */
const PARETO_TABLE: RawTable = {
  sheet: 'Customers',
  headerRow: 1,
  firstColumn: 1,
  headers: ['Account', 'ARR', 'Relationship'],
  rows: [
    ['Acme', 27000, 'High'],
    ['Globex', 24000, 'High'],
    ['Initech', 18000, 'High'],
    ['Umbrella', 16000, 'High'],
    ['Hooli', 6000, 'High'],
    ['Stark', 5000, 'High'],
    ['Wayne', 4000, 'High'],
  ],
};

function model(overrides: Partial<Record<string, unknown>> = {}): Model {
  const outcome = parseModel({
    version: 1,
    name: 'Balanced',
    idColumn: 'Account',
    revenueColumn: 'ARR',
    criteria: [
      { id: 'arr', column: 'ARR', weight: 30, normalize: { method: 'minmax' } },
      { id: 'rel', column: 'Relationship', weight: 10, normalize: { method: 'rating' } },
    ],
    ...overrides,
  });
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.value;
}

/** The run as the Excel host reports it after writing: live formulas, a chart, and its notes. */
function run(table: RawTable, m: Model, notes: readonly string[] = []): Outcome<Identification> {
  const planned = identifyAndPlan(table, LAYOUT, { model: m });
  if (planned.kind === 'error') return planned;
  const capabilities = { charts: true, liveFormulas: true, tableColumns: true };
  return { kind: 'ok', value: { ...planned.value, notes, capabilities } };
}

describe('describeOutcome after a successful run', () => {
  const message = describeOutcome(run(PARETO_TABLE, model()));

  it('leads with the key accounts and their revenue share, then the 80/20 statement', () => {
    expect(message.kind).toBe('success');
    expect(message.title).toBe(SUCCESS_TITLE);
    // 7 accounts: Key ends at rank floor(0.2 * 7) = 1 (Acme, 27 of 100 = 27%).
    expect(message.lines[0]).toBe('1 key account of 7, bringing 27% of revenue.');
    // Cumulative 27, 51, 69, 85: 4 of 7 accounts (57%) bring 80%.
    expect(message.lines[1]).toBe('57% of accounts bring 80% of revenue.');
  });

  it('gives the tier counts, the model with relative weights, and where the results are', () => {
    expect(message.lines[2]).toBe('Tiers: Key 1, Growth 2, Core 4.');
    expect(message.lines[3]).toBe('Model "Balanced": ARR 75%, Relationship 25%.');
    expect(message.lines[4]).toBe(
      'The results are in the KAM columns beside your data on sheet "Customers"; the "KAM Summary" sheet has the concentration figures as live formulas, tier counts, the model and a Pareto chart.',
    );
  });

  it('passes on what the workbook could not take, counting what does not fit the dialog', () => {
    const one = describeOutcome(run(PARETO_TABLE, model(), ['The Pareto chart was not drawn.']));
    expect(one.lines.at(-1)).toBe('The Pareto chart was not drawn.');
    const many = Array.from({ length: 6 }, (_, i) => `Note ${i + 1}.`);
    const cut = describeOutcome(run(PARETO_TABLE, model(), many));
    expect(outcomeMessageSchema.safeParse(cut).success).toBe(true);
    expect(cut.lines).toHaveLength(8);
    expect(cut.lines.slice(5, 7)).toEqual(['Note 1.', 'Note 2.']);
    expect(cut.lines[7]).toMatch(/^4 more notes: run "Identify key accounts" from the KAM panel/);
  });

  it('says what the figures rest on before the workbook’s notes: rows under a blank row not read', () => {
    const gap = describeOutcome(
      run({ ...PARETO_TABLE, dataBelow: { first: 10, last: 14 } }, model(), ['A host note.']),
    );
    expect(gap.lines.slice(-2)).toEqual([
      'The table ends at row 8, above a blank row; rows 10–14 below it were not read. If they are more accounts of this list, delete the blank rows above them and run again.',
      'A host note.',
    ]);
  });

  it('counts the accounts scored on too little data for a tier', () => {
    const thin = describeOutcome(run(SMALL_TABLE, smallModel({ minCoverage: 0.6 })));
    // D has values for 1/4 of the weight: scored, not tiered; A, B, C split as three accounts.
    expect(thin.lines[2]).toBe(
      'Tiers: Key 1, Growth 0, Core 2; 1 account without enough data for a tier.',
    );
  });

  it('names the first band as the user named it', () => {
    const renamed = model({
      tiers: { method: 'top-share', bands: [{ name: 'Strategic', share: 0.3 }, { name: 'Other' }] },
    });
    // floor(0.3 * 7) = 2: Acme and Globex, 51% of revenue.
    expect(describeOutcome(run(PARETO_TABLE, renamed)).lines[0]).toBe(
      '2 strategic accounts of 7, bringing 51% of revenue.',
    );
  });

  it('becomes a warning that points to the panel when cells could not be read', () => {
    // SMALL_TABLE: D's ARR is "n/a" (unreadable); D is the Key account but has no revenue value.
    const small = describeOutcome(run(SMALL_TABLE, smallModel()));
    expect(small.kind).toBe('warning');
    expect(small.lines[0]).toBe('1 key account of 4, bringing 0% of revenue.');
    expect(small.lines[1]).toBe('67% of accounts bring 80% of revenue.');
    expect(small.lines[small.lines.length - 1]).toMatch(
      /^\d+ data warnings? \(.*\): open the KAM panel to see each cell\.$/,
    );
  });

  it('says so when there is no revenue to measure', () => {
    // Relationships tell the accounts apart (equal scores would all tie into the Key band).
    const zero: RawTable = {
      ...PARETO_TABLE,
      rows: PARETO_TABLE.rows.map((r, i) => [r[0], 0, i === 0 ? 'High' : 'Low']),
    };
    const lines = describeOutcome(run(zero, model())).lines;
    expect(lines[0]).toBe('1 key account of 7.');
    expect(lines[1]).toBe('No revenue recorded, so concentration cannot be measured.');
  });

  it('always fits the dialog schema, even with a very long sheet name', () => {
    const long = describeOutcome(run({ ...PARETO_TABLE, sheet: 'S'.repeat(1000) }, model()));
    expect(outcomeMessageSchema.safeParse(long).success).toBe(true);
    expect(long.lines[4].length).toBe(MAX_LINE);
    expect(long.lines[4].endsWith('…')).toBe(true);
  });
});

describe('describeOutcome after a refusal', () => {
  it('passes the reason on, says the user cells are untouched and what to do', () => {
    const message = describeOutcome({
      kind: 'error',
      code: 'no-table',
      message: 'Select a cell in your account list first.',
    });
    expect(message).toEqual({
      kind: 'error',
      title: FAILURE_TITLE,
      lines: [
        'Select a cell in your account list first.',
        'Your own cells were not changed.',
        'Open the KAM panel to choose the table, the columns and the weights yourself.',
      ],
    });
  });

  it('turns an unexpected exception into the same kind of message', () => {
    expect(describeUnexpected(new Error('GeneralException')).lines[0]).toBe(
      'Excel reported a problem: GeneralException',
    );
    expect(describeUnexpected(undefined).lines[0]).toBe('Excel reported an unexpected problem.');
    expect(describeFailure('   ').lines[0]).toBe('An unknown problem stopped the run.');
  });

  it('answers a second click while a run is going', () => {
    expect(describeBusy()).toMatchObject({ kind: 'warning', title: BUSY_TITLE });
  });
});
