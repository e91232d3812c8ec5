// Field-by-field comparison of the SQL's results with the core's run: numbers to 1e-9, text exactly.
import {
  abcLetter,
  buildReport,
  quadrantName,
  type RunResult,
  tierLabel,
  tierRevenueShare,
} from '../../../src/core';
import type { ResultRow } from './duckdb';

export const TOLERANCE = 1e-9;

export interface Agreement {
  accounts: number;
  fields: number;
  mismatches: string[];
}

export function emptyAgreement(): Agreement {
  return { accounts: 0, fields: 0, mismatches: [] };
}

/**
 * Equal within 1e-9, both missing, or both NaN-free. Sums of money are compared relatively (1e-9 of
 * the amount): summing 30 revenues of 1e7 in another order moves the last bits of a 3e8 total.
 */
function sameNumber(core: number | null, sql: unknown, relative = false): boolean {
  const expected = core === null || !Number.isFinite(core) ? null : core;
  if (expected === null || sql === null) return expected === null && sql === null;
  const scale = relative ? Math.max(1, Math.abs(expected)) : 1;
  return typeof sql === 'number' && Math.abs(sql - expected) <= TOLERANCE * scale;
}

function check(
  agreement: Agreement,
  where: string,
  ok: boolean,
  core: unknown,
  sql: unknown,
): void {
  agreement.fields++;
  if (!ok) agreement.mismatches.push(`${where}: core ${String(core)}, SQL ${String(sql)}`);
}

/** Every result column of every account; `rows` in input order. */
export function compareAccounts(
  result: RunResult,
  rows: readonly ResultRow[],
  into: Agreement,
): void {
  const p = result.pipeline;
  if (rows.length !== result.ids.length)
    into.mismatches.push(`row count: core ${result.ids.length}, SQL ${rows.length}`);
  rows.forEach((row, i) => {
    into.accounts++;
    const at = `account ${i}`;
    const num = (field: string, core: number) =>
      check(into, `${at} ${field}`, sameNumber(core, row[field]), core, row[field]);
    const text = (field: string, core: string | null) =>
      check(into, `${at} ${field}`, (row[field] ?? null) === core, core, row[field]);
    num('kam_score', p.scores[i]);
    check(into, `${at} kam_rank`, (row.kam_rank ?? 0) === p.ranks[i], p.ranks[i], row.kam_rank);
    text('kam_tier', tierLabel(result, i));
    num('kam_coverage', p.coverage[i]);
    num('kam_revenue_share', p.concentration.revenueShare[i]);
    num('kam_cumulative_share', p.concentration.cumulativeShare[i]);
    text('kam_abc', abcLetter(p.concentration.abc[i]));
    text('kam_quadrant', quadrantName(p.quadrant[i]));
  });
}

/** Every figure of the summary query against the core's report. */
export function compareSummary(
  result: RunResult,
  rows: readonly ResultRow[],
  into: Agreement,
): void {
  const report = buildReport(result);
  const c = report.concentration;
  const p = result.pipeline;
  const figure = (name: string, tier: string | null = null): unknown =>
    rows.find((r) => r.kam_figure === name && (r.kam_tier ?? null) === tier)?.kam_value ?? null;
  const expected: [string, number | null][] = [
    ['accounts', result.ids.length],
    ['scored', p.scored],
    ['not_enough_data', p.notEnoughData],
    ['revenue_accounts', c.accounts],
    ['total_revenue', c.totalRevenue],
    ['negative_revenue', p.concentration.negativeCount],
    ['top20_share', c.top20Share],
    ['accounts_for_80', c.accountsFor80],
    ['accounts_for_80_share', c.accountsFor80Share],
    ['gini', c.gini],
    ['hhi', c.hhi],
  ];
  for (const [name, value] of expected) {
    const relative = name === 'total_revenue';
    check(into, `summary ${name}`, sameNumber(value, figure(name), relative), value, figure(name));
  }
  p.tiers.names.forEach((name, j) => {
    const count = figure('tier_accounts', name);
    check(
      into,
      `summary tier ${name}`,
      sameNumber(p.tiers.counts[j], count),
      p.tiers.counts[j],
      count,
    );
    const share = tierRevenueShare(p.tiers.tierIndex, p.concentration, j);
    const sqlShare = figure('tier_revenue_share', name);
    check(into, `summary tier share ${name}`, sameNumber(share, sqlShare), share, sqlShare);
  });
}
