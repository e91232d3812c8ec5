// The saved model as one SQL query per dialect: results per account (kam sql) or the summary figures (kam sql --summary).
import { QUADRANTS, quadrantIndex } from '../concentration/portfolio';
import type { Model } from '../model/schema';
import { type Outcome, fail } from '../outcome';
import { NOT_ENOUGH_DATA } from '../score/tiers';
import { headerKey } from '../table/headers';
import { accountShareColumns, concentrationCtes, revenueValueColumns } from './concentration';
import {
  internal,
  normalizedColumn,
  sourceColumns,
  statisticColumns,
  valueColumn,
} from './criteria';
import { type Cte, cte, renderQuery, select } from './cte';
import { dialectRules, type DialectRules, quoteTableName, type SqlDialect } from './dialect';
import { figureRows, figuresCte } from './figures';
import { rankColumns, rankingCtes, tierIndexColumn } from './ranking';
import { rankScoreColumn, scoreAndCoverage, scoreColumns, sumColumns } from './scoring';
import { checkAccountColumn, checkTranslatable } from './support';

export interface SqlOptions {
  readonly dialect: SqlDialect;
  /** The table to read (default `accounts`); dots separate qualifiers (`project.dataset.table`), each quoted alone. */
  readonly table?: string;
  /**
   * The column that gives the rows their order, which decides the cumulative share among equal
   * revenues (the workbook uses its row order). Default: the account column.
   */
  readonly orderColumn?: string;
  /** Input columns returned beside the results, in this order (default: the account column). */
  readonly carry?: readonly string[];
}

/** The result columns, in order (DESIGN 4.3). */
export const SQL_RESULT_COLUMNS = [
  'kam_score',
  'kam_rank',
  'kam_tier',
  'kam_coverage',
  'kam_revenue_share',
  'kam_cumulative_share',
  'kam_abc',
  'kam_quadrant',
] as const;

export const DEFAULT_SQL_TABLE = 'accounts';

const carried = (k: number) => `kam__carry${k}`;

/** The steps every query shares: read, value, normalise, score, rank, tier, concentrate. */
function accountCtes(
  rules: DialectRules,
  model: Model,
  options: SqlOptions,
  carry: readonly string[],
): Cte[] {
  const revenue = rules.quoteIdentifier(model.revenueColumn ?? '');
  const order = rules.quoteIdentifier(options.orderColumn ?? model.idColumn ?? '');
  const criteria = model.criteria;
  const source = select(
    [
      ...carry.map((name, k) => `${rules.quoteIdentifier(name)} AS ${carried(k)}`),
      `${order} AS kam__order`,
      ...sourceColumns(rules, model),
      `CAST(${revenue} AS ${rules.doubleType}) AS kam__raw_revenue`,
    ],
    quoteTableName(rules, options.table ?? DEFAULT_SQL_TABLE),
  );
  const values = select(
    [
      's.*',
      ...criteria.map((c, k) => `${valueColumn(rules, c, k + 1)} AS ${internal.value(k + 1)}`),
      ...revenueValueColumns(rules, 'kam__raw_revenue'),
    ],
    'kam_source s',
  );
  const stats = select(
    ['COUNT(*) AS kam__rows', ...criteria.flatMap((c, k) => statisticColumns(c, k + 1))],
    'kam_values',
  );
  const normalized = select(
    [
      'v.*',
      ...criteria.map(
        (c, k) => `${normalizedColumn(rules, c, k + 1)} AS ${internal.normalized(k + 1)}`,
      ),
    ],
    'kam_values v CROSS JOIN kam_stats st',
  );
  return [
    cte('kam_source', source),
    cte('kam_values', values),
    cte('kam_stats', stats),
    cte('kam_normalized', normalized),
    cte('kam_sums', select(['n.*', ...sumColumns(rules, model)], 'kam_normalized n')),
    cte('kam_scores', select(['s.*', ...scoreAndCoverage(rules, model)], 'kam_sums s')),
    cte('kam_rated', select(['s.*', rankScoreColumn(rules, model)], 'kam_scores s')),
    ...rankingCtes(rules, 'kam_rated'),
    cte('kam_tiered', select(['r.*', tierIndexColumn(rules, model)], 'kam_ranked r')),
    ...concentrationCtes(rules, 'kam_tiered', 'kam__order'),
    cte(
      'kam_accounts',
      select(
        ['g.*', 't.*', ...accountShareColumns(rules, model)],
        'kam_revenue_groups g CROSS JOIN kam_revenue_total t',
      ),
    ),
  ];
}

/** The tier column: the band's name, "Not enough data" for a score below the minimum coverage, else NULL. */
function tierLabel(rules: DialectRules, model: Model): string {
  const arms = model.tiers.bands.map(
    (band, j) => `WHEN ${j} THEN ${rules.stringLiteral(band.name)}`,
  );
  const notEnough = `CASE WHEN ${scoreColumns.score} IS NOT NULL THEN ${rules.stringLiteral(NOT_ENOUGH_DATA)} END`;
  return `CASE ${rankColumns.tier} ${arms.join(' ')} ELSE ${notEnough} END`;
}

/** Portfolio quadrant (DESIGN 3.6): attractive = one of the first two tiers (never the last), high value = class A. */
function quadrant(rules: DialectRules, model: Model): string {
  const attractiveBands = Math.min(2, model.tiers.bands.length - 1);
  const name = (attractive: boolean, high: boolean) =>
    rules.stringLiteral(QUADRANTS[quadrantIndex(attractive, high)]);
  const byValue = (attractive: boolean) =>
    `CASE WHEN kam__abc = 'A' THEN ${name(attractive, true)} ELSE ${name(attractive, false)} END`;
  return `CASE WHEN ${rankColumns.tier} IS NULL THEN NULL WHEN ${rankColumns.tier} < ${attractiveBands} THEN ${byValue(true)} ELSE ${byValue(false)} END`;
}

interface Prepared {
  readonly rules: DialectRules;
  readonly carry: readonly string[];
  readonly ctes: Cte[];
}

function prepare(model: Model, options: SqlOptions): Outcome<Prepared> {
  const translatable = checkTranslatable(model);
  if (translatable.kind === 'error') return translatable;
  if (options.carry === undefined || options.orderColumn === undefined) {
    const account = checkAccountColumn(model);
    if (account.kind === 'error') return account;
  }
  const carry = options.carry ?? [model.idColumn ?? ''];
  const outputs = new Set<string>(SQL_RESULT_COLUMNS.map(headerKey));
  const clash = carry.find((name) => outputs.has(headerKey(name)));
  if (clash !== undefined)
    return fail(
      'sql-unsupported-model',
      `The column "${clash}" has the name of a result column the query adds. Rename it in the table (and the model), or leave it out.`,
    );
  const rules = dialectRules(options.dialect);
  return { kind: 'ok', value: { rules, carry, ctes: accountCtes(rules, model, options, carry) } };
}

function header(rules: DialectRules, what: string): string {
  // No user text in comments: a model name could end the comment and start a statement.
  return `-- Key Account Identifier: ${what}, ${rules.name} dialect. Generated by "kam sql" from a scoring model; edit the model, not this query.`;
}

/** The result columns kam_score ... kam_quadrant over the pipeline's last step. */
function resultColumns(rules: DialectRules, model: Model): string[] {
  return [
    `${scoreColumns.score} AS kam_score`,
    `CAST(${rankColumns.rank} AS ${rules.integerType}) AS kam_rank`,
    `${tierLabel(rules, model)} AS kam_tier`,
    `${scoreColumns.coverage} AS kam_coverage`,
    'kam__revenue_share AS kam_revenue_share',
    'kam__cumulative_share AS kam_cumulative_share',
    'kam__abc AS kam_abc',
    `${quadrant(rules, model)} AS kam_quadrant`,
  ];
}

/** One row per input row: the carried columns (the account column) and kam_score ... kam_quadrant. */
export function accountsSql(model: Model, options: SqlOptions): Outcome<string> {
  const prepared = prepare(model, options);
  if (prepared.kind === 'error') return prepared;
  const { rules, carry, ctes } = prepared.value;
  const final = select(
    [
      ...carry.map((name, k) => `${carried(k)} AS ${rules.quoteIdentifier(name)}`),
      ...resultColumns(rules, model),
    ],
    'kam_accounts',
  );
  return { kind: 'ok', value: renderQuery(header(rules, 'one row per account'), ctes, final) };
}

/** The concentration figures and tier counts as rows of (kam_figure, kam_tier, kam_value). */
export function summarySql(model: Model, options: SqlOptions): Outcome<string> {
  const prepared = prepare(model, options);
  if (prepared.kind === 'error') return prepared;
  const { rules, ctes } = prepared.value;
  const all = [...ctes, figuresCte(rules, model, 'kam_accounts')];
  return {
    kind: 'ok',
    value: renderQuery(header(rules, 'summary figures'), all, figureRows(rules, model)),
  };
}

/** What the results and the figures read from the pipeline's last step: the rest is left behind. */
const STAGED_COLUMNS = [
  'kam__order',
  scoreColumns.score,
  scoreColumns.coverage,
  rankColumns.rank,
  rankColumns.tier,
  'kam__revenue',
  'kam__counted',
  'kam__position',
  'kam__cumulative',
  'kam__total',
  'kam__revenue_accounts',
  'kam__revenue_share',
  'kam__cumulative_share',
  'kam__abc',
];

/** The pipeline run once into a table, then read twice: for an engine that writes results and prints figures. */
export interface StagedSql {
  /** CREATE TEMP TABLE: one row per account with the carried columns and what results and figures need. */
  readonly createTable: string;
  /** The carried columns' names in that table, in the order of SqlOptions.carry. */
  readonly carriedColumns: readonly string[];
  /** kam_score ... kam_quadrant as a select list over that table. */
  readonly resultColumns: readonly string[];
  /** The summary figures (kam_figure, kam_tier, kam_value) over that table. */
  readonly summary: string;
}

export function stagedSql(model: Model, options: SqlOptions, table: string): Outcome<StagedSql> {
  const prepared = prepare(model, options);
  if (prepared.kind === 'error') return prepared;
  const { rules, carry, ctes } = prepared.value;
  const carriedColumns = carry.map((_, k) => carried(k));
  const name = rules.quoteIdentifier(table);
  const keep = select([...carriedColumns, ...STAGED_COLUMNS], 'kam_accounts');
  return {
    kind: 'ok',
    value: {
      createTable: `CREATE TEMP TABLE ${name} AS\n${renderQuery(header(rules, 'staged accounts'), ctes, keep)}`,
      carriedColumns,
      resultColumns: resultColumns(rules, model),
      summary: renderQuery(
        header(rules, 'summary figures'),
        [figuresCte(rules, model, name)],
        figureRows(rules, model),
      ),
    },
  };
}
