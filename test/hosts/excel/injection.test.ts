// Text never becomes a formula: account names, tier names and driver texts that start with =, +, - or @ stay text.
import { parseModel, type Model, columnLetters } from '../../../src/core';
import { identifyAndPlan } from '../../../src/hosts/identify-and-write';
import { fakeExcel, type FakeWorkbook } from './fake';
import { ACCOUNT_ROWS, cellOf, fakeBook, hostOver, ok } from './fixtures';

const HOSTILE: Model = ok(
  parseModel({
    version: 1,
    name: 'Hostile',
    idColumn: 'Account',
    revenueColumn: 'ARR',
    criteria: [
      {
        id: 'arr',
        column: 'ARR',
        weight: 50,
        label: "=cmd|' /C calc'!A0",
        normalize: { method: 'log-minmax' },
      },
      {
        id: 'fit',
        column: 'Product fit',
        weight: 50,
        label: '+fit',
        normalize: { method: 'scale', min: 1, max: 5 },
      },
    ],
    tiers: {
      method: 'top-share',
      bands: [{ name: '=Key', share: 0.3 }, { name: '+Growth "A"', share: 0.3 }, { name: '-Core' }],
    },
  }),
);

async function applyHostile(book: FakeWorkbook) {
  const host = hostOver(book);
  const read = ok(await host.readTable());
  const { plan } = ok(identifyAndPlan(read.table, read.layout, { model: HOSTILE }));
  book.journal.length = 0;
  ok(await host.apply(plan));
  return { host, plan };
}

function book(apiMinor = 16): FakeWorkbook {
  return fakeBook({
    sheets: [{ name: 'Accounts', rows: ACCOUNT_ROWS }],
    active: { sheet: 'Accounts', cell: 'A2' },
    apiMinor,
  });
}

describe('injection-safe writes', () => {
  it('the fake Excel really turns such text into a formula when nothing protects it (so these tests can fail)', async () => {
    const plain = book();
    await fakeExcel(plain).run(async (context) => {
      context.workbook.worksheets.getItem('Accounts').getRange('K1:K2').values = [
        ['=HYPERLINK("x")'],
        ['-x'],
      ];
      await context.sync();
    });
    expect(cellOf(plain, 'Accounts', 'K1').formula).toBe('=HYPERLINK("x")');
    expect(cellOf(plain, 'Accounts', 'K2').formula).toBe('=-x');
  });

  it.each([
    ['with typed values (ExcelApi 1.16)', 16],
    ['with the text format alone (before ExcelApi 1.16)', 15],
  ])(
    'keeps tier names and driver texts as text in the result columns, %s',
    async (_label, apiMinor) => {
      const fake = book(apiMinor);
      const { plan } = await applyHostile(fake);
      const texts = plan.columns.filter((c) =>
        c.values.some((v) => typeof v === 'string' && /^[=+\-@]/.test(v)),
      );
      expect(texts.map((c) => c.key).sort()).toEqual(['drivers', 'tier']);
      for (const column of plan.columns) {
        column.values.forEach((value, i) => {
          if (typeof value !== 'string') return;
          const cell = cellOf(
            fake,
            'Accounts',
            `${columnLetters(column.column)}${plan.firstDataRow + i}`,
          );
          expect(cell).toEqual({ value, formula: null, numberFormat: '@' });
        });
      }
      const typed = fake.journal.some((e) => e.action === 'valuesAsJson');
      expect(typed).toBe(apiMinor >= 16);
    },
  );

  it('sets the text format on every cell before its value arrives, once per column', async () => {
    const fake = book();
    await applyHostile(fake);
    const writes = fake.journal.filter(
      (e) =>
        e.sheet === 'Accounts' &&
        (e.action === 'values' || e.action === 'valuesAsJson') &&
        e.box !== null &&
        e.box.top > 1,
    );
    expect(writes.length).toBeGreaterThan(0);
    const formats = fake.journal.filter(
      (e) =>
        e.sheet === 'Accounts' && e.action === 'numberFormat' && e.box !== null && e.box.top > 1,
    );
    for (const write of writes) {
      const box = write.box!;
      for (let column = box.left; column <= box.right; column++) {
        const format = formats.find(
          (e) =>
            e.box!.left <= column &&
            column <= e.box!.right &&
            e.box!.top <= box.top &&
            box.bottom <= e.box!.bottom,
        );
        expect(format).toBeDefined();
        expect(fake.journal.indexOf(format!)).toBeLessThan(fake.journal.indexOf(write));
        expect(format!.batch).toBeLessThanOrEqual(write.batch);
      }
    }
    // One format per result column (a single value over all its rows), not one per cell or chunk.
    expect(formats.every((e) => e.box!.left === e.box!.right)).toBe(true);
    expect(new Set(formats.map((e) => e.box!.left)).size).toBe(formats.length);
  });

  it('gives "@" to the text cells alone when a number column holds text', async () => {
    const fake = book(12);
    const host = hostOver(fake);
    const read = ok(await host.readTable());
    const { plan } = ok(identifyAndPlan(read.table, read.layout, { model: HOSTILE }));
    const columns = plan.columns.map((c) =>
      c.key === 'score' ? { ...c, values: ['=1+1', ...c.values.slice(1)] } : c,
    );
    ok(await host.apply({ ...plan, columns }));
    const score = plan.columns.find((c) => c.key === 'score')!;
    const at = (row: number) =>
      cellOf(fake, 'Accounts', `${columnLetters(score.column)}${plan.firstDataRow + row}`);
    expect(at(0)).toEqual({ value: '=1+1', formula: null, numberFormat: '@' });
    expect(at(1).numberFormat).toBe(score.numberFormat);
    expect(typeof at(1).value).toBe('number');
  });

  it('keeps account names that look like formulas as text on the summary sheet', async () => {
    for (const apiMinor of [16, 12]) {
      const fake = book(apiMinor);
      const { plan } = await applyHostile(fake);
      const names = plan.summary.cells.filter(
        (c) =>
          typeof c.value === 'string' && /^[=+\-@]/.test(c.value) && c.kamFormula === undefined,
      );
      expect(names.map((c) => c.value)).toEqual(
        expect.arrayContaining([
          '=HYPERLINK("http://example.com","Click")',
          '+Plus Corp',
          '-x',
          '@x',
        ]),
      );
      for (const c of names)
        expect(cellOf(fake, 'KAM Summary', c.address)).toMatchObject({
          value: c.value,
          formula: null,
        });
    }
  });

  it('quotes tier names inside rule formulas by doubling quotes, never concatenating them raw', async () => {
    const fake = book();
    const { plan } = await applyHostile(fake);
    const tier = columnLetters(plan.columns.find((c) => c.key === 'tier')?.column ?? 0);
    const formulas = fake.rules
      .filter((r) => r.type === 'Custom')
      .map((r) => (r.settings.custom as { rule: { formula: string } }).rule.formula);
    expect(formulas).toEqual([
      `=$${tier}2="=Key"`,
      `=$${tier}2="+Growth ""A"""`,
      `=$${tier}2="-Core"`,
    ]);
  });

  it('leaves out a tier rule Excel cannot hold (a name over 255 characters) and says so', async () => {
    const fake = book();
    const host = hostOver(fake);
    const read = ok(await host.readTable());
    const long = {
      ...HOSTILE,
      tiers: {
        method: 'top-share' as const,
        bands: [{ name: 'K'.repeat(300), share: 0.5 }, { name: 'Rest' }],
      },
    };
    const { plan } = ok(identifyAndPlan(read.table, read.layout, { model: long }));
    const applied = ok(await host.apply(plan));
    expect(fake.rules.filter((r) => r.type === 'Custom')).toHaveLength(1);
    expect(applied.notes.join('\n')).toMatch(/longer than Excel allows/);
  });
});
