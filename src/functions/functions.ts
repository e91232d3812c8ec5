// The KAM.* custom functions of Excel: each reads the workbook's saved state (asynchronously: it may
// come from the CLI's hidden sheet) and runs its body in kam.ts. Their JSDoc is their metadata:
// custom-functions-metadata generates functions.json from it (ranges typed unknown[][] become matrix
// parameters; spills are written Array<Array<...>> because the generator cannot read type aliases
// or parenthesised element types).
import * as kam from './kam';
import { savedLatestRun, savedState } from './state';

/**
 * Key-account score (0 to 100) of one account: the model saved in this workbook applied to one row of the table's input columns with the last "Identify key accounts" run's scale; the run's score while the data is unchanged.
 * @customfunction SCORE
 * @param row One account's row of the table's input columns, first to last (e.g. A7:I7). Leave out the KAM result columns.
 * @returns The score from 0 to 100; blank when the row has no value for any weighted criterion.
 */
export async function score(row: unknown[][]): Promise<number | string> {
  return kam.score(await savedState(), row);
}

/**
 * Key-account scores of a whole table in one formula (the fast way): the model saved in this workbook applied to the table, header row included. Spills one score per account row.
 * @customfunction SCORES
 * @param table The account table with its header row (e.g. A1:I41), without the KAM result columns. Enter the formula on the first account row, beside the table.
 * @returns One score (0 to 100) per account row, in table order; blank for an account without a score.
 */
export async function scores(table: unknown[][]): Promise<Array<Array<number | string>>> {
  return kam.scores(await savedState(), table);
}

/**
 * Tier of one account (Key, Growth, Core or the saved model's own tiers), by the score cut-offs of the last "Identify key accounts" run.
 * @customfunction TIER
 * @param row One account's row of the table's input columns, first to last (e.g. A7:I7). Leave out the KAM result columns.
 * @returns The tier name; blank when the row has no score.
 */
export async function tier(row: unknown[][]): Promise<string> {
  return kam.tier(await savedState(), row);
}

/**
 * Tier stability of one account: the share of 1,000 weightings (each weight moved up to 25% either way) under which the last "Identify key accounts" run kept the account in its tier (0.94 = 94%).
 * @customfunction STABILITY
 * @param row One account's row of the table's input columns, first to last (e.g. A7:I7), as for KAM.SCORE; the account is found by its name.
 * @returns The share from 0 to 1; blank when the run gave the account no tier.
 */
export async function stability(row: unknown[][]): Promise<number | string> {
  return kam.stability(await savedState(), await savedLatestRun(), row);
}

/**
 * Why an account scores what it does: each criterion and the points it adds to the score, largest first. The points add up to KAM.SCORE. Spills two columns.
 * @customfunction EXPLAIN
 * @param row One account's row of the table's input columns, first to last (e.g. A7:I7). Leave out the KAM result columns.
 * @returns Rows of criterion and points, largest first; criteria without a value are left out.
 */
export async function explain(row: unknown[][]): Promise<Array<Array<number | string>>> {
  return kam.explain(await savedState(), row);
}

/**
 * Share of total revenue brought by the largest accounts: the top 20% by default (0.61 = 61%). Negative revenue counts as 0.
 * @customfunction TOPSHARE
 * @param revenues The revenue or ARR column (e.g. C2:C41). Text such as $12k is read; blanks and other text are skipped.
 * @param [p] Share of accounts, from 0 to 1. Default 0.2, the top 20% of accounts.
 * @returns The share of revenue, from 0 to 1.
 */
export async function topShare(revenues: unknown[][], p?: number): Promise<number> {
  return kam.topShare(await savedState(), revenues, p);
}

/**
 * Share of accounts that bring 80% of revenue (the 80/20 rule): the fewest, largest accounts that reach it, divided by the number of accounts.
 * @customfunction ACCOUNTSHARE
 * @param revenues The revenue or ARR column (e.g. C2:C41). Text such as $12k is read; blanks and other text are skipped.
 * @param [q] Share of revenue to reach, from 0 to 1. Default 0.8, 80% of revenue.
 * @returns The share of accounts, from 0 to 1 (0.2 = 20% of accounts).
 */
export async function accountShare(revenues: unknown[][], q?: number): Promise<number> {
  return kam.accountShare(await savedState(), revenues, q);
}

/**
 * ABC class of each account by revenue: A for the largest accounts bringing the first 80% of revenue (the one crossing 80% included), B up to 95%, C for the rest. Spills like the input.
 * @customfunction ABC
 * @param revenues The revenue or ARR column (e.g. C2:C41). Text such as $12k is read; blanks and other text get no class.
 * @param [a] Cumulative revenue share that ends class A, from 0 to 1. Default 0.8.
 * @param [b] Cumulative revenue share that ends class B, from 0 to 1, above a. Default 0.95.
 * @returns "A", "B" or "C" per cell, in input order; blank where there is no revenue figure.
 */
export async function abc(revenues: unknown[][], a?: number, b?: number): Promise<string[][]> {
  return kam.abc(await savedState(), revenues, a, b);
}

/**
 * Pareto curve: each account's cumulative share of revenue when accounts are sorted from largest to smallest, returned in input order. Spills like the input.
 * @customfunction PARETO
 * @param revenues The revenue or ARR column (e.g. C2:C41). Text such as $12k is read; blanks and other text are skipped.
 * @returns Per account, the share of revenue of all accounts down to it (the largest account's own share first, 1 for the smallest); blank where there is no revenue figure.
 */
export async function pareto(revenues: unknown[][]): Promise<Array<Array<number | string>>> {
  return kam.pareto(await savedState(), revenues);
}

/**
 * Gini coefficient of revenue: 0 when every account brings the same revenue, close to 1 when one account brings nearly all of it.
 * @customfunction GINI
 * @param revenues The revenue or ARR column (e.g. C2:C41). Text such as $12k is read; blanks and other text are skipped.
 * @returns The Gini coefficient, from 0 to 1.
 */
export async function gini(revenues: unknown[][]): Promise<number> {
  return kam.gini(await savedState(), revenues);
}

/**
 * Herfindahl-Hirschman index of revenue: the sum of the squared revenue shares times 10,000 (shares of 30%, 30%, 20%, 20% give 2,600; one account alone gives 10,000).
 * @customfunction HHI
 * @param revenues The revenue or ARR column (e.g. C2:C41). Text such as $12k is read; blanks and other text are skipped.
 * @returns The index, from near 0 (spread out) to 10,000 (one account).
 */
export async function hhi(revenues: unknown[][]): Promise<number> {
  return kam.hhi(await savedState(), revenues);
}

/**
 * Rescales values to 0-1 the way the scoring does, over the values present. Spills like the input.
 * @customfunction NORMALIZE
 * @param values The values to rescale (e.g. D2:D41). Blanks and text that is not a number stay blank.
 * @param [method] minmax (default), log-minmax (for money), percentile, scale (1 to 5) or scale:LOW:HIGH, rating (High/Medium/Low, Yes/No, credit ratings; numbers 1 to 5) or rating:LOW:HIGH.
 * @returns Values from 0 to 1; blank where a value is missing.
 */
export function normalize(values: unknown[][], method?: string): Array<Array<number | string>> {
  return kam.normalize(values, method);
}

/**
 * Weighted score from 0 to 100 of normalised values (0 to 1) and relative weights: 100 x sum(weight x value) / sum(weight), over the values present.
 * @customfunction WEIGHTED
 * @param values One account's normalised values, 0 to 1 (e.g. from KAM.NORMALIZE). Blank values are left out and the other weights count more.
 * @param weights One relative weight per value, 0 or more, in the same order (e.g. 30, 25, 20). They need not add up to 100.
 * @returns The score from 0 to 100; blank when no value is present.
 */
export async function weighted(
  values: unknown[][],
  weights: unknown[][],
): Promise<number | string> {
  return kam.weighted(await savedState(), values, weights);
}

/** Every KAM function by its id in functions.json (the names after @customfunction). */
export const KAM_FUNCTIONS = {
  SCORE: score,
  SCORES: scores,
  TIER: tier,
  STABILITY: stability,
  EXPLAIN: explain,
  TOPSHARE: topShare,
  ACCOUNTSHARE: accountShare,
  ABC: abc,
  PARETO: pareto,
  GINI: gini,
  HHI: hhi,
  NORMALIZE: normalize,
  WEIGHTED: weighted,
} as const;

// No registration here: custom-functions-metadata-plugin appends one
// `CustomFunctions.associate(id, function)` per @customfunction at build time (the metadata test
// checks those bindings); binding them here too made Excel log [DuplicatedName] for each.
