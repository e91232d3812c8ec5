// The KAM_* custom functions of Google Sheets: each a thin wrapper over the shared bodies in
// functions/kam.ts, reading the saved state synchronously. Their JSDoc becomes the top-level
// declarations build-sheets.js writes (Sheets reads @customfunction, @param and @return from there).
import * as kam from '../functions/kam';
import { sheetsError } from '../functions/errors';
import { functionRange, latestRunIn, savedStateIn, SerialDates } from '../hosts/sheets';
import type { SavedState } from '../hosts/state';
import { appsScriptServices } from './services';

function savedState(): SavedState {
  return savedStateIn(() => appsScriptServices().PropertiesService.getDocumentProperties());
}

/** A range argument: one cell arrives bare, dates as Dates (read in the spreadsheet's time zone). */
function range(value: unknown): unknown[][] {
  const { SpreadsheetApp: app, Utilities } = appsScriptServices();
  return functionRange(
    value,
    new SerialDates(Utilities, () => app.getActiveSpreadsheet().getSpreadsheetTimeZone()),
  );
}

/** An optional number argument: an empty argument or cell arrives as "" in Sheets. */
function optional(value: unknown): number | undefined {
  return value === '' || value === null || value === undefined ? undefined : (value as number);
}

function run<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw sheetsError(error);
  }
}

/**
 * Key-account score (0 to 100) of one account: the model saved in this spreadsheet applied to one row of the table's input columns, on the scale of the last "Identify key accounts" run.
 * @param {A7:I7} row One account's row of the table's input columns, first to last. Leave out the KAM result columns.
 * @return The score from 0 to 100; blank when the row has no value for any weighted criterion.
 * @customfunction
 */
export function KAM_SCORE(row: unknown): number | string {
  return run(() => kam.score(savedState(), range(row)));
}

/**
 * Key-account scores of a whole table in one formula (the fast way): the saved model applied to the table, header row included. One score per account row.
 * @param {A1:I41} table The account table with its header row, without the KAM result columns. Enter the formula on the first account row, beside the table.
 * @return One score (0 to 100) per account row, in table order.
 * @customfunction
 */
export function KAM_SCORES(table: unknown): (number | string)[][] {
  return run(() => kam.scores(savedState(), range(table)));
}

/**
 * Tier of one account (Key, Growth, Core or the saved model's own tiers), by the score cut-offs of the last "Identify key accounts" run.
 * @param {A7:I7} row One account's row of the table's input columns, first to last. Leave out the KAM result columns.
 * @return The tier name; blank when the row has no score.
 * @customfunction
 */
export function KAM_TIER(row: unknown): string {
  return run(() => kam.tier(savedState(), range(row)));
}

/**
 * Tier stability of one account: the share of 1,000 weightings (each weight moved up to 25% either way) under which the last "Identify key accounts" run kept the account in its tier (0.94 = 94%).
 * @param {A7:I7} row One account's row of the table's input columns, first to last, as for KAM_SCORE; the account is found by its name.
 * @return The share from 0 to 1; blank when the run gave the account no tier.
 * @customfunction
 */
export function KAM_STABILITY(row: unknown): number | string {
  return run(() =>
    kam.stability(
      savedState(),
      latestRunIn(() => appsScriptServices().PropertiesService.getDocumentProperties()),
      range(row),
    ),
  );
}

/**
 * Why an account scores what it does: each criterion and the points it adds to the score, largest first. Two columns.
 * @param {A7:I7} row One account's row of the table's input columns, first to last. Leave out the KAM result columns.
 * @return Rows of criterion and points, largest first.
 * @customfunction
 */
export function KAM_EXPLAIN(row: unknown): (number | string)[][] {
  return run(() => kam.explain(savedState(), range(row)));
}

/**
 * Share of total revenue brought by the largest accounts: the top 20% by default (0.61 = 61%). Negative revenue counts as 0.
 * @param {C2:C41} revenues The revenue or ARR column. Text such as $12k is read; blanks and other text are skipped.
 * @param {0.2} p Optional share of accounts, from 0 to 1. Default 0.2, the top 20% of accounts.
 * @return The share of revenue, from 0 to 1.
 * @customfunction
 */
export function KAM_TOPSHARE(revenues: unknown, p?: unknown): number {
  return run(() => kam.topShare(savedState(), range(revenues), optional(p)));
}

/**
 * Share of accounts that bring 80% of revenue (the 80/20 rule): the fewest, largest accounts that reach it, divided by the number of accounts.
 * @param {C2:C41} revenues The revenue or ARR column. Text such as $12k is read; blanks and other text are skipped.
 * @param {0.8} q Optional share of revenue to reach, from 0 to 1. Default 0.8.
 * @return The share of accounts, from 0 to 1.
 * @customfunction
 */
export function KAM_ACCOUNTSHARE(revenues: unknown, q?: unknown): number {
  return run(() => kam.accountShare(savedState(), range(revenues), optional(q)));
}

/**
 * ABC class of each account by revenue: A for the largest accounts bringing the first 80% of revenue, B up to 95%, C for the rest. Shaped like the input.
 * @param {C2:C41} revenues The revenue or ARR column. Text such as $12k is read; blanks and other text get no class.
 * @param {0.8} a Optional cumulative revenue share that ends class A, from 0 to 1. Default 0.8.
 * @param {0.95} b Optional cumulative revenue share that ends class B, above a. Default 0.95.
 * @return "A", "B" or "C" per cell, in input order.
 * @customfunction
 */
export function KAM_ABC(revenues: unknown, a?: unknown, b?: unknown): string[][] {
  return run(() => kam.abc(savedState(), range(revenues), optional(a), optional(b)));
}

/**
 * Pareto curve: each account's cumulative share of revenue when accounts are sorted from largest to smallest, in input order. Shaped like the input.
 * @param {C2:C41} revenues The revenue or ARR column. Text such as $12k is read; blanks and other text are skipped.
 * @return Per account, the share of revenue of all accounts down to it.
 * @customfunction
 */
export function KAM_PARETO(revenues: unknown): (number | string)[][] {
  return run(() => kam.pareto(savedState(), range(revenues)));
}

/**
 * Gini coefficient of revenue: 0 when every account brings the same revenue, close to 1 when one account brings nearly all of it.
 * @param {C2:C41} revenues The revenue or ARR column. Text such as $12k is read; blanks and other text are skipped.
 * @return The Gini coefficient, from 0 to 1.
 * @customfunction
 */
export function KAM_GINI(revenues: unknown): number {
  return run(() => kam.gini(savedState(), range(revenues)));
}

/**
 * Herfindahl-Hirschman index of revenue: the sum of the squared revenue shares times 10,000 (one account alone gives 10,000).
 * @param {C2:C41} revenues The revenue or ARR column. Text such as $12k is read; blanks and other text are skipped.
 * @return The index, from near 0 (spread out) to 10,000 (one account).
 * @customfunction
 */
export function KAM_HHI(revenues: unknown): number {
  return run(() => kam.hhi(savedState(), range(revenues)));
}

/**
 * Rescales values to 0-1 the way the scoring does, over the values present. Shaped like the input.
 * @param {D2:D41} values The values to rescale. Blanks and text that is not a number stay blank.
 * @param {"minmax"} method Optional: minmax (default), log-minmax, percentile, scale or scale:LOW:HIGH, rating or rating:LOW:HIGH.
 * @return Values from 0 to 1; blank where a value is missing.
 * @customfunction
 */
export function KAM_NORMALIZE(values: unknown, method?: unknown): (number | string)[][] {
  return run(() =>
    kam.normalize(
      range(values),
      method === '' || method === undefined ? undefined : String(method),
    ),
  );
}

/**
 * Weighted score from 0 to 100 of normalised values (0 to 1) and relative weights: 100 x sum(weight x value) / sum(weight), over the values present.
 * @param {D7:F7} values One account's normalised values, 0 to 1 (e.g. from KAM_NORMALIZE). Blank values are left out.
 * @param {D1:F1} weights One relative weight per value, 0 or more, in the same order.
 * @return The score from 0 to 100; blank when no value is present.
 * @customfunction
 */
export function KAM_WEIGHTED(values: unknown, weights: unknown): number | string {
  return run(() => kam.weighted(savedState(), range(values), range(weights)));
}
