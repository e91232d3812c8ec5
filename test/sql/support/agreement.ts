// Runs one case both ways, the core on the rows as a workbook gives them and the DuckDB query on the same table.
import { accountsSql, identify, type RunResult, summarySql } from '../../../src/core';
import { type AgreementCase, rawTableOf } from './cases';
import { type Agreement, compareAccounts, compareSummary, emptyAgreement } from './compare';
import { loadTable, queryRows, type ResultRow, type TestDatabase } from './duckdb';

export interface BothWays {
  readonly core: RunResult;
  readonly rows: ResultRow[];
  readonly figures: ResultRow[];
  readonly agreement: Agreement;
}

export async function runBothWays(db: TestDatabase, testCase: AgreementCase): Promise<BothWays> {
  const run = identify(rawTableOf(testCase), { model: testCase.model });
  if (run.kind !== 'ok') throw new Error(run.message);
  const options = {
    dialect: 'duckdb' as const,
    orderColumn: 'kam_row',
    carry: ['kam_row', 'Account'],
  };
  const accounts = accountsSql(testCase.model, options);
  const summary = summarySql(testCase.model, options);
  if (accounts.kind !== 'ok') throw new Error(accounts.message);
  if (summary.kind !== 'ok') throw new Error(summary.message);
  await loadTable(db, 'accounts', testCase.columns, testCase.rows);
  const rows = await queryRows(db, `${accounts.value.trimEnd()} ORDER BY kam_row`);
  const figures = await queryRows(db, summary.value);
  const agreement = emptyAgreement();
  compareAccounts(run.value, rows, agreement);
  compareSummary(run.value, figures, agreement);
  return { core: run.value, rows, figures, agreement };
}
