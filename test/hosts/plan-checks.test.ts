// The plan rules both hosts share: a plan that does not add up, the user's own summary sheet, table fit, tier-rule literals.
import type { ConditionalFormatPlan, ResultColumnPlan, WritePlan } from '../../src/core';
import {
  formulaString,
  MAX_FORMULA_STRING,
  planProblem,
  planTableFit,
  writableRules,
  summaryAddressProblem,
  summaryConflict,
  tableFitNotes,
} from '../../src/hosts/plan-checks';

function column(header: string, sheetColumn: number, values: readonly number[]): ResultColumnPlan {
  return { key: 'score', header, column: sheetColumn, numberFormat: '0.0', width: 10, values };
}

function writePlan(overrides: Partial<WritePlan> = {}): WritePlan {
  return {
    sheet: 'Accounts',
    headerRow: 1,
    firstDataRow: 2,
    rowCount: 2,
    columns: [column('KAM Score', 5, [1, 2]), column('KAM Rank', 6, [2, 1])],
    staleColumns: [],
    conditionalFormats: [],
    summary: {
      name: 'KAM Summary',
      cells: [{ address: 'A1', value: 'Key accounts' }],
      columnWidths: {},
      chart: null,
    },
    ...overrides,
  };
}

describe('a plan that does not add up', () => {
  it('finds nothing wrong with a plan whose columns fill every row right below the header', () => {
    expect(planProblem(writePlan())).toBeNull();
  });

  it('names the column that has fewer values than the table has rows', () => {
    const plan = writePlan({ columns: [column('KAM Score', 5, [1])] });
    expect(planProblem(plan)).toBe('column "KAM Score" has 1 values for 2 rows');
  });

  it('refuses a column that is not a sheet column', () => {
    for (const bad of [0, -1, 2.5]) {
      const plan = writePlan({ columns: [column('KAM Score', bad, [1, 2])] });
      expect(planProblem(plan)).toBe('column "KAM Score" has no valid sheet column');
    }
  });

  it('refuses two result columns in the same sheet column', () => {
    const plan = writePlan({
      columns: [column('KAM Score', 5, [1, 2]), column('KAM Rank', 5, [2, 1])],
    });
    expect(planProblem(plan)).toBe('column 5 is written twice');
  });

  it('refuses data that does not start right below the header row', () => {
    expect(planProblem(writePlan({ firstDataRow: 3 }))).toBe(
      'the data must start right below the header row',
    );
  });

  it('checks summary addresses separately: only the Excel host places every cell first', () => {
    const plan = writePlan();
    expect(summaryAddressProblem(plan.summary)).toBeNull();
    const bad = { ...plan.summary, cells: [{ address: 'not a cell', value: 1 }] };
    expect(summaryAddressProblem(bad)).toBe('summary cell "not a cell" is not an A1 address');
    expect(planProblem({ ...plan, summary: bad })).toBeNull();
  });
});

describe('a sheet with the summary’s name', () => {
  it('is no conflict when there is none, or when our marker names it (whatever its case)', () => {
    expect(summaryConflict(null, null, 'add-in')).toBeNull();
    expect(summaryConflict('KAM Summary', 'kam summary', 'tool')).toBeNull();
  });

  it('is the user’s own when our marker is missing or names another sheet', () => {
    for (const marked of [null, 'Old Summary']) {
      expect(summaryConflict('KAM Summary', marked, 'add-in')).toBe(
        'The workbook already has a sheet called "KAM Summary" that this add-in did not create. Rename that sheet, then run again: it will not be overwritten.',
      );
    }
  });

  it('names the host as it calls itself: the file host is a tool', () => {
    expect(summaryConflict('kam summary', null, 'tool')).toContain(
      '"kam summary" that this tool did not create',
    );
  });
});

describe('how a table fits our columns', () => {
  const table = { name: 'Accounts' };
  const span = { left: 1, right: 6 };

  it('takes in result columns right next to the table', () => {
    const fit = planTableFit(table, span, new Set([7, 8]), new Set());
    expect(fit).toEqual({ table, right: 8, stuck: [], outside: [] });
    expect(tableFitNotes(fit)).toEqual([]);
  });

  it('lets trailing columns of ours that are cleared leave the table', () => {
    const fit = planTableFit(table, span, new Set(), new Set([5, 6]));
    expect(fit).toMatchObject({ right: 4, stuck: [], outside: [] });
  });

  it('keeps a cleared column of ours in the table, emptied, when a user column sits right of it', () => {
    const fit = planTableFit(table, span, new Set(), new Set([4]));
    expect(fit).toMatchObject({ right: 6, stuck: [4], outside: [] });
    expect(tableFitNotes(fit)).toEqual([
      'Column D of the table "Accounts" held old results; a column of yours now sits right of it, so it stays in the table, emptied, with its old header. Delete it if you do not need it.',
    ]);
  });

  it('leaves results beside the table when a user column is in between', () => {
    const fit = planTableFit(table, span, new Set([9, 8]), new Set());
    expect(fit).toMatchObject({ right: 6, stuck: [], outside: [8, 9] });
    expect(tableFitNotes(fit)).toEqual([
      'Results in column(s) H, I sit beside the table "Accounts" rather than inside it, because a column of yours is in between.',
    ]);
  });

  it('rewrites our columns in place at the table’s end and never shrinks it past its first column', () => {
    expect(planTableFit(table, span, new Set([5, 6]), new Set())).toMatchObject({ right: 6 });
    const ours = planTableFit(table, { left: 3, right: 4 }, new Set(), new Set([3, 4]));
    expect(ours).toMatchObject({ right: 3, stuck: [3] });
  });
});

describe('a tier name inside a rule formula', () => {
  it('is a string literal whose quotes cannot end it early', () => {
    expect(formulaString('Core')).toBe('"Core"');
    expect(formulaString('Say "Hi"')).toBe('"Say ""Hi"""');
    expect(formulaString('")&HYPERLINK("x')).toBe('""")&HYPERLINK(""x"');
  });

  it('refuses a tier name longer than Excel allows in a formula, and no other rule', () => {
    const tier = (text: string) =>
      ({ kind: 'text-equals', column: 5, text, fill: '#FFFFFF', fontColor: '#000000' }) as const;
    const refusal = (plan: ConditionalFormatPlan): string | null =>
      writableRules([plan]).notes[0] ?? null;
    expect(refusal(tier('x'.repeat(MAX_FORMULA_STRING)))).toBeNull();
    expect(refusal(tier('x'.repeat(MAX_FORMULA_STRING + 1)))).toBe(
      `No colour rule for the tier "${'x'.repeat(40)}…": its name is longer than Excel allows in a rule.`,
    );
    expect(refusal({ kind: 'data-bar', column: 5, color: '#1F6FEB' })).toBeNull();
  });
});
