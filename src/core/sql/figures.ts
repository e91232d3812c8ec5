// The summary query's figures (DESIGN 3.5, 4.2): one row per figure, tier counts and tier revenue shares per tier.
import type { Model } from '../model/schema';
import { NOT_ENOUGH_DATA } from '../score/tiers';
import { type Cte, cte, select } from './cte';
import { type DialectRules, doubleLiteral } from './dialect';
import { rankColumns } from './ranking';
import { revenueColumns } from './concentration';

/** The names of the summary's figures, in the order of its rows. */
export const SUMMARY_FIGURES = [
  'accounts',
  'scored',
  'not_enough_data',
  'revenue_accounts',
  'total_revenue',
  'negative_revenue',
  'top20_share',
  'accounts_for_80',
  'accounts_for_80_share',
  'gini',
  'hhi',
] as const;
export type SummaryFigure = (typeof SUMMARY_FIGURES)[number];

/** Per tier (kam_tier names it): how many accounts, and their share of revenue. */
export const TIER_FIGURES = ['tier_accounts', 'tier_revenue_share'] as const;

const ACCOUNTS_FOR = 0.8;
const TOP_SHARE = 0.2;
const SHARE_TOLERANCE = 1e-12;

/** One pass over the accounts gathering what every figure needs. */
export function figuresCte(rules: DialectRules, model: Model, source: string): Cte {
  const { counted, position, cumulative, total, accounts } = revenueColumns;
  const n = `CAST(${accounts} AS ${rules.doubleType})`;
  const whole = `FLOOR(${doubleLiteral(rules, TOP_SHARE)} * ${n})`;
  const tiers = model.tiers.bands.flatMap((_, j) => [
    `COUNT(CASE WHEN ${rankColumns.tier} = ${j} THEN 1 END) AS kam__tier_accounts${j}`,
    `SUM(CASE WHEN ${rankColumns.tier} = ${j} THEN kam__revenue_share END) AS kam__tier_share${j}`,
  ]);
  return cte(
    'kam_figures',
    select(
      [
        'COUNT(*) AS kam__rows',
        `COUNT(${rankColumns.rank}) AS kam__scored`,
        `COUNT(CASE WHEN kam__score IS NOT NULL AND ${rankColumns.rank} IS NULL THEN 1 END) AS kam__not_enough_data`,
        `MAX(${accounts}) AS kam__n`,
        `MAX(${total}) AS kam__s`,
        `COUNT(CASE WHEN ${revenueColumns.revenue} < 0 THEN 1 END) AS kam__negative`,
        `MAX(CASE WHEN ${position} = ${whole} THEN ${cumulative} END) AS kam__top_cumulative`,
        `MAX(CASE WHEN ${position} = ${whole} + 1 THEN ${counted} END) AS kam__top_next`,
        `MIN(CASE WHEN kam__cumulative_share >= ${doubleLiteral(rules, ACCOUNTS_FOR - SHARE_TOLERANCE)} THEN ${position} END) AS kam__for80`,
        // Gini on the descending walk: position j weighs n + 1 - 2j (the ascending formula reversed).
        `SUM(CAST(${accounts} + 1 - 2 * ${position} AS ${rules.doubleType}) * ${counted}) AS kam__gini_sum`,
        'SUM(kam__revenue_share * kam__revenue_share) AS kam__share_squares',
        ...tiers,
      ],
      source,
    ),
  );
}

/** The figures as rows (kam_figure, kam_tier, kam_value), in a fixed order. */
export function figureRows(rules: DialectRules, model: Model): string {
  const d = (x: number) => doubleLiteral(rules, x);
  const n = `CAST(kam__n AS ${rules.doubleType})`;
  const k = `${d(TOP_SHARE)} * ${n}`;
  const value: Readonly<Record<SummaryFigure, string>> = {
    accounts: 'kam__rows',
    scored: 'kam__scored',
    not_enough_data: 'kam__not_enough_data',
    revenue_accounts: 'kam__n',
    total_revenue: 'kam__s',
    negative_revenue: 'kam__negative',
    // Linear interpolation on the Lorenz curve: c_floor(k) plus part of the next account's revenue.
    top20_share: `CASE WHEN NOT kam__s > 0 THEN NULL WHEN FLOOR(${k}) >= ${n} THEN ${d(1)} ELSE COALESCE(${rules.safeDivide('kam__top_cumulative', 'kam__s')}, ${d(0)}) + (${k} - FLOOR(${k})) * (kam__top_next / kam__s) END`,
    accounts_for_80: `CASE WHEN kam__s > 0 THEN kam__for80 ELSE 0 END`,
    accounts_for_80_share: `CASE WHEN kam__s > 0 THEN ${rules.safeDivide(`CAST(kam__for80 AS ${rules.doubleType})`, n)} END`,
    gini: `CASE WHEN kam__n >= 2 AND kam__s > 0 THEN GREATEST(${d(0)}, kam__gini_sum / (${n} * kam__s)) END`,
    hhi: `CASE WHEN kam__s > 0 THEN kam__share_squares * ${d(10_000)} END`,
  };
  const noTier = `CAST(NULL AS ${rules.stringType})`;
  const row = (at: number, figure: string, tier: string, expr: string): string =>
    `SELECT ${at} AS kam_row, ${rules.stringLiteral(figure)} AS kam_figure, ${tier} AS kam_tier, CAST(${expr} AS ${rules.doubleType}) AS kam_value FROM kam_figures`;
  const rows = SUMMARY_FIGURES.map((figure, i) => row(i + 1, figure, noTier, value[figure]));
  const bands = [...model.tiers.bands.map((b) => b.name)];
  bands.forEach((name, j) => {
    const tier = rules.stringLiteral(name);
    rows.push(row(rows.length + 1, TIER_FIGURES[0], tier, `kam__tier_accounts${j}`));
    rows.push(
      row(
        rows.length + 1,
        TIER_FIGURES[1],
        tier,
        `CASE WHEN kam__s > 0 THEN COALESCE(kam__tier_share${j}, ${d(0)}) END`,
      ),
    );
  });
  rows.push(
    row(
      rows.length + 1,
      TIER_FIGURES[0],
      rules.stringLiteral(NOT_ENOUGH_DATA),
      'kam__not_enough_data',
    ),
  );
  return `SELECT kam_figure, kam_tier, kam_value FROM (\n  ${rows.join('\n  UNION ALL ')}\n) kam_rows ORDER BY kam_row`;
}

/** The summary query's rows read back: every figure (null where undefined) and each tier's count and revenue share. */
export interface SummaryFigures {
  readonly figures: Readonly<Record<SummaryFigure, number | null>>;
  readonly tiers: readonly {
    readonly name: string;
    readonly accounts: number;
    readonly revenueShare: number | null;
  }[];
}

/** A row of the summary query: kam_figure, kam_tier, kam_value. */
export type FigureRow = Readonly<Record<string, unknown>>;

const numberOrNull = (x: unknown): number | null =>
  typeof x === 'number' && Number.isFinite(x) ? x : null;

export function summaryFiguresOf(rows: readonly FigureRow[], model: Model): SummaryFigures {
  const value = (figure: string, tier: string | null = null): number | null =>
    numberOrNull(
      rows.find((r) => r.kam_figure === figure && (r.kam_tier ?? null) === tier)?.kam_value,
    );
  const figures = Object.fromEntries(SUMMARY_FIGURES.map((f) => [f, value(f)])) as Record<
    SummaryFigure,
    number | null
  >;
  const tiers = model.tiers.bands.map((band) => ({
    name: band.name,
    accounts: value(TIER_FIGURES[0], band.name) ?? 0,
    revenueShare: value(TIER_FIGURES[1], band.name),
  }));
  return { figures, tiers };
}
