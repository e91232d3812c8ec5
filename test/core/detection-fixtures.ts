// Account lists as finance users keep them, for the column-detection and preset tests.
import {
  type ColumnDetection,
  type CriterionCandidate,
  detectColumns,
  type RawCell,
  type RawTable,
} from '../../src/core';

export function tableOf(
  headers: readonly string[],
  rows: readonly (readonly RawCell[])[],
  sheet = 'Accounts',
): RawTable {
  return { sheet, headerRow: 1, firstColumn: 1, headers, rows };
}

/** The list of DESIGN 1: Account, Region, ARR, Revenue potential, Product fit (1-5), Relationship, ... */
export const ACCOUNT_HEADERS = [
  'Account',
  'Region',
  'ARR',
  'Revenue potential',
  'Product fit (1-5)',
  'Relationship',
  'Credit rating',
  'Shared vision',
  'Cost to serve',
  'Notes',
] as const;

export const ACCOUNT_ROWS: readonly (readonly RawCell[])[] = [
  [
    'Acme Corp',
    'EMEA',
    1_200_000,
    2_500_000,
    5,
    'High',
    'AA',
    'Yes',
    42_000,
    'Renewal due in March',
  ],
  ['Globex', 'AMER', 860_000, 900_000, 4, 'Medium', 'A+', 'Yes', 35_000, 'New CFO'],
  ['Initech', 'APAC', 45_000, 600_000, 3, 'Low', 'BBB', 'No', 12_000, ''],
  ['Umbrella', 'EMEA', 2_400_000, 2_600_000, 4, 'High', 'A', 'Yes', 120_000, 'Strategic partner'],
  ['Hooli', 'AMER', '$310,000', '450k', 2, 'Medium', 'BB+', 'No', 18_000, 'Price sensitive'],
  ['Vandelay', 'EMEA', 95_000, 150_000, 3, 'Low', 'BBB-', 'No', 9_000, null],
  ['Soylent', 'APAC', 530_000, 1_800_000, 5, 'High', 'AA-', 'Yes', 25_000, 'Pilot in Japan'],
  [
    'Stark',
    'AMER',
    3_900_000,
    4_000_000,
    4,
    'Medium',
    'AAA',
    'Yes',
    260_000,
    'Board-level sponsor',
  ],
  ['Wayne', 'AMER', 2_100_000, 2_000_000, 3, 'Medium', 'AA+', 'No', 180_000, 'Multi-year deal'],
  ['Tyrell', 'APAC', 12_000, 300_000, 1, 'Low', 'B', 'No', 6_000, 'Churn risk'],
  ['Cyberdyne', 'EMEA', 760_000, 1_100_000, 4, 'High', 'BBB+', 'Yes', 40_000, 'Expanding to US'],
  ['Oscorp', 'AMER', 150_000, 700_000, 2, 'Low', 'BB', 'No', 14_000, 'Late payer'],
];

export const ACCOUNTS: RawTable = tableOf(ACCOUNT_HEADERS, ACCOUNT_ROWS);

/** The same accounts with only the listed columns, in that order. */
export function accountsWith(headers: readonly string[]): RawTable {
  const indexes = headers.map((h) =>
    ACCOUNT_HEADERS.indexOf(h as (typeof ACCOUNT_HEADERS)[number]),
  );
  if (indexes.includes(-1)) throw new Error(`Not a fixture header: ${headers.join(', ')}`);
  return tableOf(
    headers,
    ACCOUNT_ROWS.map((row) => indexes.map((i) => row[i])),
  );
}

/** The twelve accounts' names and ARR with one extra column of the given values (cycled). */
export function withColumn(header: string, values: readonly RawCell[]): ColumnDetection {
  const rows = ACCOUNT_ROWS.map((row, i) => [row[0], row[2], values[i % values.length]]);
  return detectColumns(tableOf(['Account', 'ARR', header], rows));
}

export function candidate(
  detection: ColumnDetection,
  header: string,
): CriterionCandidate | undefined {
  return detection.candidates.find((c) => c.header === header);
}
