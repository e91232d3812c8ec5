// Column detection: account names, revenue, criterion candidates, duplicates and our own result columns.
import { detectColumns, findColumn, type RawCell } from '../../src/core';
import { ACCOUNT_ROWS, ACCOUNTS, accountsWith, candidate, tableOf } from './detection-fixtures';

describe('detecting the columns of a typical account list', () => {
  const detection = detectColumns(ACCOUNTS);

  it('finds the account names and takes ARR as the revenue', () => {
    expect(detection.id).toMatchObject({ index: 0, header: 'Account', confidence: 1 });
    expect(detection.revenue).toMatchObject({ index: 2, header: 'ARR', confidence: 1 });
  });

  it('reads every criterion column as its criterion, with the normalisation its values call for', () => {
    const found = detection.candidates.map((c) => [c.header, c.kind, c.normalize, c.direction]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['ARR', 'arr', { method: 'log-minmax' }, 'higher'],
        ['Revenue potential', 'revenue-potential', { method: 'log-minmax' }, 'higher'],
        ['Product fit (1-5)', 'product-fit', { method: 'scale', min: 1, max: 5 }, 'higher'],
        ['Relationship', 'relationships', { method: 'rating', min: 1, max: 5 }, 'higher'],
        ['Credit rating', 'solvency', { method: 'rating', min: 1, max: 5 }, 'higher'],
        ['Shared vision', 'shared-vision', { method: 'rating', min: 1, max: 5 }, 'higher'],
        ['Cost to serve', 'cost-to-serve', { method: 'log-minmax' }, 'lower'],
      ]),
    );
    expect(detection.candidates).toHaveLength(7);
  });

  it('does not offer Region, free-text notes or the account names as criteria', () => {
    for (const header of ['Region', 'Notes', 'Account'])
      expect(candidate(detection, header)).toBeUndefined();
  });

  it('explains each match in words and is sure of exact headers with fitting values', () => {
    expect(candidate(detection, 'Credit rating')?.reason).toBe(
      "header 'Credit rating' matches solvency; values are credit ratings",
    );
    expect(candidate(detection, 'Relationship')?.reason).toContain(
      'rating words (High, Medium, Low)',
    );
    expect(detection.candidates.every((c) => c.confidence === 1 && c.filled === 1)).toBe(true);
  });

  it('reports no problems with a clean list', () => {
    expect(detection.diagnostics).toEqual([]);
  });
});

describe('header variants', () => {
  it.each([
    ['account name'],
    ['CUSTOMER'],
    ['  Client  '],
    ['Company'],
    ['Organisation'],
    ['Organization'],
    ['Name'],
  ])('"%s" names the accounts', (header) => {
    const detection = detectColumns(
      tableOf(
        [header, 'ARR'],
        [
          ['Acme', 10],
          ['Globex', 20],
        ],
      ),
    );
    expect(detection.id).toMatchObject({ index: 0, confidence: 1 });
  });

  it.each([
    ['Total Revenue (USD)'],
    ['revenue'],
    ['Sales (EUR)'],
    ['Revenue 2024'],
    ['Bookings'],
    ['ARR'],
  ])('"%s", what the customer pays, is the revenue column', (header) => {
    const detection = detectColumns(
      tableOf(
        ['Account', header],
        [
          ['Acme', '$1.2m'],
          ['Globex', 800_000],
          ['Initech', '95k'],
        ],
      ),
    );
    expect(detection.revenue?.header).toBe(header);
    expect(detection.revenue?.basis).toBe('paid');
    expect(detection.revenue?.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it.each([['Annual Revenue (USD)'], ['Turnover'], ['Umsatz']])(
    '"%s", the company’s own size, is the revenue column only when nothing paid is there, and says so',
    (header) => {
      const detection = detectColumns(
        tableOf(
          ['Account', header],
          [
            ['Acme', '$1.2m'],
            ['Globex', 800_000],
          ],
        ),
      );
      expect(detection.revenue).toMatchObject({ header, basis: 'size', confidence: 0.6 });
      expect(detection.revenue?.reason).toMatch(/company's own size, not what it pays you/);
    },
  );

  it('prefers what the customer pays to the company’s size, and is not sure beyond doubt (a HubSpot export)', () => {
    const detection = detectColumns(
      tableOf(
        ['Company name', 'Annual Revenue', 'Total Revenue'],
        [
          ['Acme', 5_200_000_000, 2_230_000],
          ['Globex', 410_000_000, 1_890_000],
          ['Initech', 95_000_000, null],
        ],
      ),
    );
    expect(detection.revenue).toMatchObject({ header: 'Total Revenue', basis: 'paid' });
    expect(detection.revenue?.confidence).toBe(0.7);
    expect(detection.revenue?.reason).toMatch(
      /preferred to 'Annual Revenue' \(the company's own size\)/,
    );
    expect(detection.candidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ header: 'Annual Revenue', kind: 'revenue-potential' }),
        expect.objectContaining({ header: 'Total Revenue', kind: 'arr' }),
      ]),
    );
  });

  it.each([
    ['Product fit (1-5)', 3, 'product-fit'],
    ['Relationship (High/Medium/Low)', 'High', 'relationships'],
    ['Shared vision (Yes/No)', 'No', 'shared-vision'],
    ['RELATIONSHIP  SCORE', 4, 'relationships'],
    ['Cost-to-serve', 1200, 'cost-to-serve'],
    ['Margin %', 0.3, 'margin'],
    ['Growth potential', 50_000, 'revenue-potential'],
    ['S&P credit rating', 'BBB', 'solvency'],
  ])('"%s" is read as its criterion', (header, value, kind) => {
    const detection = detectColumns(
      tableOf(
        ['Account', header],
        [
          ['Acme', value],
          ['Globex', value],
        ],
      ),
    );
    expect(detection.candidates[0]?.kind).toBe(kind);
  });

  it('makes the revenue column the ARR criterion when its header names current revenue', () => {
    const detection = detectColumns(
      tableOf(
        ['Customer', 'Total Revenue (USD)'],
        [
          ['Acme', 1_000],
          ['Globex', 20_000],
        ],
      ),
    );
    expect(detection.candidates).toEqual([
      expect.objectContaining({
        header: 'Total Revenue (USD)',
        kind: 'arr',
        normalize: { method: 'log-minmax' },
      }),
    ]);
  });

  it('prefers an account name over an account code', () => {
    const detection = detectColumns(
      tableOf(
        ['Account ID', 'Account name', 'ARR'],
        [
          [101, 'Acme', 10],
          [102, 'Globex', 20],
        ],
      ),
    );
    expect(detection.id?.header).toBe('Account name');
  });

  it('falls back to the first column of mostly different texts, with lower confidence', () => {
    const detection = detectColumns(
      tableOf(
        ['Segment', 'Title', 'ARR'],
        ACCOUNT_ROWS.map((r) => [r[1], r[0], r[2]]),
      ),
    );
    expect(detection.id).toMatchObject({ header: 'Title', confidence: 0.5 });
  });
});

describe('the revenue column', () => {
  it('is absent when no header names revenue', () => {
    expect(
      detectColumns(accountsWith(['Account', 'Product fit (1-5)', 'Relationship'])).revenue,
    ).toBeNull();
  });

  it('is never a potential, a forecast or a target', () => {
    const detection = detectColumns(
      accountsWith(['Account', 'Revenue potential', 'Product fit (1-5)']),
    );
    expect(detection.revenue).toBeNull();
    expect(candidate(detection, 'Revenue potential')?.kind).toBe('revenue-potential');
    const forecast = detectColumns(
      tableOf(
        ['Account', 'Revenue forecast', 'Sales target', 'Revenue'],
        [
          ['Acme', 1, 2, 3],
          ['Globex', 4, 5, 6],
        ],
      ),
    );
    expect(forecast.revenue?.header).toBe('Revenue');
  });

  it('must hold numbers: a "Sales rep" column of names is not revenue', () => {
    const detection = detectColumns(
      tableOf(
        ['Account', 'Sales rep'],
        [
          ['Acme', 'Jo'],
          ['Globex', 'Sam'],
        ],
      ),
    );
    expect(detection.revenue).toBeNull();
  });

  it('is judged on a sample, reading a million-row list at most once per column', () => {
    const rows: RawCell[][] = [];
    for (let i = 0; i < 1_000_000; i++)
      rows.push([`Account ${i}`, (i % 997) * 1000, (i % 5) + 1, i % 3 === 0 ? 'High' : 'Low']);
    // How often detection reads a row (how fast that is, is the bench's business): a sample of each
    // column, and a whole label column once to know its labels; never a pass per row.
    let reads = 0;
    const watched = new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const table = tableOf(['Account', 'Revenue', 'Product fit', 'Relationship'], watched);
    const detection = detectColumns(table);
    expect(reads).toBeLessThanOrEqual(table.headers.length * rows.length + 10_000);
    expect(detection.revenue?.header).toBe('Revenue');
    expect(detection.candidates.map((c) => c.kind).sort()).toEqual([
      'arr',
      'product-fit',
      'relationships',
    ]);
  });
});

describe('account names', () => {
  it('reports a repeated account at the cell of the later one', () => {
    const table = tableOf(
      ['Account', 'ARR'],
      [
        ['Acme', 1],
        ['Globex', 2],
        ['acme ', 3],
        ['Initech', 4],
        ['Globex', 5],
      ],
    );
    const duplicates = detectColumns(table).diagnostics.filter((d) => d.code === 'duplicate-id');
    expect(duplicates.map((d) => [d.cell, d.row, d.column])).toEqual([
      ['A4', 4, 'Account'],
      ['A6', 6, 'Account'],
    ]);
    expect(duplicates[0].message).toContain('row 2');
  });

  it('reports an empty account name at its cell', () => {
    const table = {
      ...tableOf(
        ['Region', 'Account', 'ARR'],
        [
          ['EMEA', 'Acme', 1],
          ['AMER', null, 2],
        ],
      ),
      headerRow: 3,
      firstColumn: 2,
    };
    const missing = detectColumns(table).diagnostics.filter((d) => d.code === 'missing-id');
    expect(missing.map((d) => d.cell)).toEqual(['C5']);
  });

  it('reports a name repeated 499 times once, with the count and the first repeats', () => {
    const rows: RawCell[][] = Array.from({ length: 500 }, (_, i) => ['Acme', i]);
    const duplicates = detectColumns(tableOf(['Account', 'ARR'], rows)).diagnostics.filter(
      (d) => d.code === 'duplicate-id',
    );
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({ cell: 'A3', count: 499 });
    expect(duplicates[0].message).toMatch(/^"Acme" also appears on row 2; .* \(499 cells: A3, A4/);
  });
});

describe('results of an earlier run', () => {
  it('are never inputs: "KAM Score" and every "KAM ..." column are skipped', () => {
    const table = tableOf(
      ['Account', 'ARR', 'KAM Score', 'kam revenue share', 'Product fit'],
      [
        ['Acme', 10, 80, 0.4, 3],
        ['Globex', 20, 60, 0.6, 4],
      ],
    );
    const detection = detectColumns(table);
    expect(detection.candidates.map((c) => c.header).sort()).toEqual(['ARR', 'Product fit']);
  });

  it('skips the headers the caller names, however they are spaced or cased', () => {
    const table = tableOf(
      ['Account', 'ARR', 'Product fit', 'Relationship'],
      [
        ['Acme', 10, 3, 'High'],
        ['Globex', 20, 4, 'Low'],
      ],
    );
    const detection = detectColumns(table, { ignoreHeaders: ['product FIT'] });
    expect(detection.candidates.map((c) => c.header).sort()).toEqual(['ARR', 'Relationship']);
  });
});

describe('findColumn', () => {
  const headers = ['Account', 'Product fit (1-5)', 'ARR'];

  it('finds a model column by header, ignoring case and spaces', () => {
    expect(findColumn(headers, 'product FIT(1-5)')).toBe(1);
    expect(findColumn(headers, ' arr ')).toBe(2);
  });

  it('answers -1 for a column the table lacks', () => {
    expect(findColumn(headers, 'Revenue')).toBe(-1);
  });
});

describe('the fallback for account names', () => {
  it('is never a column of rating words or a column named after a criterion', () => {
    const table = tableOf(
      ['ARR', 'Relationship', 'Notes'],
      [
        [10, 'High', 'renewal due'],
        [20, 'Low', 'new CFO'],
      ],
    );
    expect(detectColumns(table).id).toMatchObject({ header: 'Notes', confidence: 0.5 });
    const named = tableOf(
      ['ARR', 'Shared vision'],
      [
        [10, 'Aligned'],
        [20, 'Not aligned'],
      ],
    );
    expect(detectColumns(named).id).toBeNull();
  });
});
