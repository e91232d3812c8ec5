// Revenue concentration (DESIGN 3.5) as SQL: the descending Lorenz walk, shares, ABC by tie groups, the 80/20 figures.
import type { Model } from '../model/schema';
import { type Cte, cte, select } from './cte';
import { type DialectRules, doubleLiteral } from './dialect';

/** Shares this little below a threshold reach it (as concentration.ts's SHARE_TOLERANCE). */
const SHARE_TOLERANCE = 1e-12;

export const revenueColumns = {
  revenue: 'kam__revenue',
  counted: 'kam__counted',
  position: 'kam__position',
  cumulative: 'kam__cumulative',
  groupBefore: 'kam__group_before',
  total: 'kam__total',
  accounts: 'kam__revenue_accounts',
};

/**
 * The revenue as concentration counts it: finite values only (NaN and ±Infinity are missing),
 * negatives as 0. The raw value is kept to count the negatives the summary reports.
 */
export function revenueValueColumns(rules: DialectRules, raw: string): string[] {
  const finite = `${raw} - ${raw} = 0`;
  return [
    `CASE WHEN ${finite} THEN ${raw} END AS ${revenueColumns.revenue}`,
    `CASE WHEN ${finite} THEN CASE WHEN ${raw} < 0 THEN ${doubleLiteral(rules, 0)} ELSE ${raw} END END AS ${revenueColumns.counted}`,
  ];
}

/**
 * The walk down the revenues, largest first, equal revenues in row order (`order`): position and
 * cumulative revenue (ROWS frame: each account its own point on the Lorenz curve), then the
 * cumulative revenue before each tie group (the smallest "before" among equal revenues), which
 * decides the group's ABC class. Accounts without revenue sit in their own partition, out of the walk.
 */
export function concentrationCtes(rules: DialectRules, source: string, order: string): Cte[] {
  const { counted, position, cumulative, groupBefore, total, accounts } = revenueColumns;
  const walk = `PARTITION BY CASE WHEN ${counted} IS NULL THEN 1 ELSE 0 END ORDER BY ${counted} DESC, ${order}`;
  return [
    cte(
      'kam_revenue_walk',
      select(
        [
          's.*',
          `ROW_NUMBER() OVER (${walk}) AS ${position}`,
          `SUM(${counted}) OVER (${walk} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ${cumulative}`,
        ],
        `${source} s`,
      ),
    ),
    cte(
      'kam_revenue_before',
      select(
        [
          'w.*',
          `COALESCE(LAG(${cumulative}) OVER (${walk}), ${doubleLiteral(rules, 0)}) AS kam__before`,
        ],
        'kam_revenue_walk w',
      ),
    ),
    cte(
      'kam_revenue_groups',
      select(
        ['b.*', `MIN(kam__before) OVER (PARTITION BY ${counted}) AS ${groupBefore}`],
        'kam_revenue_before b',
      ),
    ),
    cte(
      'kam_revenue_total',
      select(
        [
          `COALESCE(MAX(${cumulative}), ${doubleLiteral(rules, 0)}) AS ${total}`,
          `COUNT(${counted}) AS ${accounts}`,
        ],
        'kam_revenue_walk',
      ),
    ),
  ];
}

/** Per account: revenue share, cumulative share (NULL without revenue), ABC class by tie group. */
export function accountShareColumns(rules: DialectRules, model: Model): string[] {
  const { counted, cumulative, groupBefore, total } = revenueColumns;
  const before = rules.safeDivide(groupBefore, total);
  const a = doubleLiteral(rules, model.abc.a - SHARE_TOLERANCE);
  const b = doubleLiteral(rules, model.abc.b - SHARE_TOLERANCE);
  return [
    `${rules.safeDivide(counted, total)} AS kam__revenue_share`,
    `${rules.safeDivide(cumulative, total)} AS kam__cumulative_share`,
    // With no revenue at all every account brings nothing: class C.
    `CASE WHEN ${counted} IS NULL THEN NULL WHEN NOT ${total} > 0 THEN 'C' WHEN ${before} < ${a} THEN 'A' WHEN ${before} < ${b} THEN 'B' ELSE 'C' END AS kam__abc`,
  ];
}
