// The DuckDB SQL gives the core's numbers: random tables with missing values and ties, every
// normalisation, missing-data policy and tier method, compared field by field to 1e-9.
import fc from 'fast-check';
import { runBothWays } from './support/agreement';
import { agreementCases } from './support/cases';
import { type Agreement, emptyAgreement } from './support/compare';
import { openDatabase, type TestDatabase } from './support/duckdb';

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

describe('the DuckDB query agrees with the core on every field', () => {
  it('for random tables with missing values, ties, every method and policy', async () => {
    await fc.assert(
      fc.asyncProperty(agreementCases, async (testCase) => {
        const { agreement } = await runBothWays(db, testCase);
        total.accounts += agreement.accounts;
        total.fields += agreement.fields;
        total.mismatches.push(...agreement.mismatches);
        expect(agreement.mismatches.slice(0, 5)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
