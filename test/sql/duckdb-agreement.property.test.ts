// The DuckDB SQL gives the core's numbers: random tables with missing values and ties, every
// normalisation, missing-data policy and tier method, compared field by field to 1e-9.
import fc from 'fast-check';
import { accountsSql, identify, summarySql } from '../../src/core';
import { type AgreementCase, agreementCases, rawTableOf } from './support/cases';
import { type Agreement, compareAccounts, compareSummary, emptyAgreement } from './support/compare';
import { loadTable, openDatabase, queryRows, type TestDatabase } from './support/duckdb';

/** Runs kept modest: each creates a table and runs two queries (about 30 ms); CI has two cores. */
const RUNS = 150;

let db: TestDatabase;
const total: Agreement = emptyAgreement();

beforeAll(async () => {
  db = await openDatabase();
});
afterAll(() => {
  db.close();
  // The figures the issue asks for: KAM_AGREEMENT=1 npx jest test/sql prints them.
  if (process.env.KAM_AGREEMENT)
    process.stdout.write(
      `DuckDB agreement: ${total.accounts} accounts, ${total.fields} fields compared, ${total.mismatches.length} mismatches\n`,
    );
});

async function agreementOf(testCase: AgreementCase): Promise<Agreement> {
  const run = identify(rawTableOf(testCase), { model: testCase.model });
  if (run.kind !== 'ok') throw new Error(run.message);
  const options = {
    dialect: 'duckdb' as const,
    orderColumn: 'kam_row',
    carry: ['kam_row', 'Account'],
  };
  const accounts = accountsSql(testCase.model, options);
  const summary = summarySql(testCase.model, options);
  if (accounts.kind !== 'ok' || summary.kind !== 'ok') throw new Error('no SQL for the model');
  await loadTable(db, 'accounts', testCase.columns, testCase.rows);
  const rows = await queryRows(db, `${accounts.value.replace(/\n$/, '')} ORDER BY kam_row`);
  const figures = await queryRows(db, summary.value);
  const agreement = emptyAgreement();
  compareAccounts(run.value, rows, agreement);
  compareSummary(run.value, figures, agreement);
  return agreement;
}

describe('the DuckDB query agrees with the core on every field', () => {
  it('for random tables with missing values, ties, every method and policy', async () => {
    await fc.assert(
      fc.asyncProperty(agreementCases, async (testCase) => {
        const agreement = await agreementOf(testCase);
        total.accounts += agreement.accounts;
        total.fields += agreement.fields;
        total.mismatches.push(...agreement.mismatches);
        expect(agreement.mismatches.slice(0, 5)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
