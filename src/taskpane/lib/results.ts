// What the results view shows of a run: the summary figures, the top key accounts with their "why", the warnings.
import {
  paretoStatement,
  type RunResult,
  tierRevenueShare,
  accountDrivers,
  accountMath,
  cellAddress,
  type CriterionMath,
  sheetRowOf,
  type Diagnostic,
  describeFilter,
} from '../../core';

export interface ResultSummary {
  /** Name of the first tier ("Key" by default). */
  readonly keyTier: string;
  readonly keyAccounts: number;
  readonly accounts: number;
  /** Share of total revenue the first tier brings (NaN without revenue). */
  readonly keyRevenueShare: number;
  readonly paretoStatement: string;
  /** Share of accounts that bring 80% of revenue (NaN without revenue). */
  readonly accountsFor80Share: number;
  readonly top20Share: number;
  readonly gini: number;
  readonly hhi: number;
  readonly tiers: readonly { readonly name: string; readonly count: number }[];
  /** Accounts scored on too little of the criteria weight for a tier, and the minimum they miss. */
  readonly notEnoughData: number;
  readonly minCoverage: number;
  /** "Accounts are the rows where Type is Customer: 25 rows left out by the filter.", or null without a filter. */
  readonly filtered: string | null;
}

export interface TopAccount {
  readonly rank: number;
  readonly id: string;
  readonly score: number;
  readonly revenueShare: number;
  /** "ARR 32, Relationship 21, Product fit 12", and what was missing. */
  readonly drivers: string;
  /** Each criterion's cell, 0-1 value, weight used and points: the "show the math" table. */
  readonly math: readonly CriterionMath[];
  /** 1-based sheet row, for the link to the account. */
  readonly row: number;
  /** Share of perturbed weightings keeping its tier; null when the run did not measure it. */
  readonly stability: number | null;
}

export interface LinkedDiagnostic {
  readonly diagnostic: Diagnostic;
  /** The cell the warning is about: its own, or the account's name cell for warnings about a row. */
  readonly cell: string;
}

export function resultSummary(result: RunResult): ResultSummary {
  const p = result.pipeline;
  const c = p.concentration;
  return {
    keyTier: p.tiers.names[0],
    keyAccounts: p.tiers.counts[0],
    accounts: result.ids.length,
    keyRevenueShare: tierRevenueShare(p.tiers.tierIndex, c, 0),
    paretoStatement: paretoStatement(c),
    accountsFor80Share: c.accountsFor80Share,
    top20Share: c.top20Share,
    gini: c.gini,
    hhi: c.hhi,
    tiers: p.tiers.names.map((name, k) => ({ name, count: p.tiers.counts[k] })),
    notEnoughData: p.notEnoughData,
    minCoverage: result.model.minCoverage,
    filtered:
      result.model.filter === undefined
        ? null
        : `Accounts are the rows where ${describeFilter(result.model.filter)}: ${result.leftOut} ${result.leftOut === 1 ? 'row was' : 'rows were'} left out by the filter.`,
  };
}

/** The first tier's accounts, best first, at most `limit` of them. */
export function topKeyAccounts(result: RunResult, limit = 10): TopAccount[] {
  const p = result.pipeline;
  const top: TopAccount[] = [];
  for (let k = 0; k < p.scored && top.length < limit; k++) {
    const i = p.order[k];
    if (p.tiers.tierIndex[i] !== 0) continue;
    top.push({
      rank: p.ranks[i],
      id: result.ids[i],
      score: p.scores[i],
      revenueShare: p.concentration.revenueShare[i],
      drivers: accountDrivers(result, i),
      math: accountMath(result, i),
      row: sheetRowOf(result.table, i),
      stability: result.stability === null ? null : result.stability.shares[i],
    });
  }
  return top;
}

/** Warnings worth a link: each with its cell, or the account's name cell when it is about a row. */
export function linkedDiagnostics(result: RunResult, limit = 30): LinkedDiagnostic[] {
  const idColumn =
    result.idColumn === null
      ? result.table.firstColumn
      : result.table.firstColumn + result.idColumn.index;
  return result.diagnostics.slice(0, limit).map((diagnostic) => ({
    diagnostic,
    cell:
      diagnostic.cell !== ''
        ? diagnostic.cell
        : diagnostic.row > 0
          ? cellAddress(diagnostic.row, idColumn)
          : '',
  }));
}
