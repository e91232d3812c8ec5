// The run report (DESIGN 4.2): the CLI's --json and the data behind the taskpane, with its zod schema.
import { z } from 'zod';
import { paretoStatement } from '../concentration/concentration';
import { NO_QUADRANT, QUADRANTS } from '../concentration/portfolio';
import { type CriterionMath, criterionMath, whyText, whyWords } from '../score/explain';
import { contributionOf } from '../score/score';
import type { RunResult } from './identify';
import { sheetRowOf } from '../table/types';
import { modelSchema } from '../model/schema';
import { lacksData } from './pipeline';
import { NO_TIER, NOT_ENOUGH_DATA } from '../score/tiers';
import { reachesCoverage } from '../score/equality';
import { MATCHED } from '../history/changes';

const nullableNumber = z.number().nullable();
const ABC_LETTERS = ['A', 'B', 'C'] as const;

export const diagnosticSchema = z.object({
  cell: z.string(),
  row: z.number().int().min(0),
  column: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  count: z.number().int().min(2).optional(),
  cells: z.array(z.string()).optional(),
});

export const accountReportSchema = z.object({
  row: z.number().int().min(1),
  id: z.string(),
  score: nullableNumber,
  rank: z.number().int().min(1).nullable(),
  tier: z.string().nullable(),
  revenue: nullableNumber,
  revenueShare: nullableNumber,
  cumulativeShare: nullableNumber,
  abc: z.enum(ABC_LETTERS).nullable(),
  quadrant: z.enum(QUADRANTS as unknown as [string, ...string[]]).nullable(),
  coverage: z.number().min(0).max(1),
  /** Whether the coverage reaches the model's minimum: an account without enough data has no rank or tier. */
  enoughData: z.boolean(),
  /** Points per criterion id; a criterion that does not count for the account is left out. They add up to the score. */
  contributions: z.record(z.string(), z.number()),
  /** The 0-1 value per criterion id after normalisation and direction; missing values left out. */
  normalized: z.record(z.string(), z.number().min(0).max(1)),
  /** The share of the 100 points each criterion carried for this account (after reweighting); 0 when it does not count. */
  weightShares: z.record(z.string(), z.number().min(0)),
  drivers: z.string(),
  /** The account's tier, score and rank in the previous run; null when it is new (or there was none). */
  previousTier: z.string().nullable(),
  previousScore: nullableNumber,
  previousRank: z.number().int().min(1).nullable(),
  /**
   * The share of perturbed weightings under which the account keeps its tier (DESIGN 3.9); null
   * without a tier or when the run did not measure it; absent in reports of older versions.
   */
  stability: z.number().min(0).max(1).nullable().optional(),
});

/** A relative weight change: down as a negative fraction (-0.18 = 18% less), up as a positive one. */
export const sensitivitySchema = z.object({
  criterion: z.string(),
  label: z.string(),
  down: z.number().min(-1).max(0).nullable(),
  up: z.number().min(0).max(2).nullable(),
});

export const reportSchema = z.object({
  /** When the run was made (ISO date-time); absent in reports of older versions. */
  date: z.string().optional(),
  model: modelSchema,
  source: z.object({
    sheet: z.string(),
    table: z.string().nullable(),
    headerRow: z.number().int(),
    rows: z.number().int(),
    /** Rows the model's filter left out: not accounts of this run. */
    leftOut: z.number().int().min(0),
  }),
  accounts: z.array(accountReportSchema),
  concentration: z.object({
    accounts: z.number().int().min(0),
    /** null when the revenues add up past the largest double (the shares are still exact). */
    totalRevenue: nullableNumber,
    top20Share: nullableNumber,
    accountsFor80: z.number().int().min(0),
    accountsFor80Share: nullableNumber,
    gini: nullableNumber,
    hhi: nullableNumber,
    paretoStatement: z.string(),
  }),
  tiers: z.record(z.string(), z.number().int().min(0)),
  /** Accounts with a score but too little data for a tier (coverage below the model's minimum). */
  notEnoughData: z.number().int().min(0),
  /** What changed since the previous run stored in the workbook; null on a first run. */
  changes: z
    .object({
      since: z.string(),
      previousModel: z.string(),
      modelChanged: z.boolean(),
      entered: z.array(z.string()),
      left: z.array(z.string()),
      gone: z.array(z.string()),
      new: z.array(z.string()),
    })
    .nullable(),
  /** How stability was measured: weightings drawn (and asked for), spread and seed; null when it was not. */
  stability: z
    .object({
      draws: z.number().int().min(0),
      requestedDraws: z.number().int().min(0),
      spread: z.number().min(0).max(1),
      seed: z.number().int(),
    })
    .nullable()
    .optional(),
  /** Per criterion, the smallest change of its weight alone that changes the first band (null: none in range). */
  sensitivity: z.array(sensitivitySchema).optional(),
  diagnostics: z.array(diagnosticSchema),
});

export type RunReport = z.infer<typeof reportSchema>;
export type AccountReport = z.infer<typeof accountReportSchema>;
export type SensitivityReport = z.infer<typeof sensitivitySchema>;

/** NaN (not a number in JSON) becomes null. */
function orNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

export function abcLetter(code: number): 'A' | 'B' | 'C' | null {
  return code < ABC_LETTERS.length ? ABC_LETTERS[code] : null;
}

export function quadrantName(code: number): string | null {
  return code === NO_QUADRANT ? null : QUADRANTS[code];
}

export function tierName(result: RunResult, account: number): string | null {
  const tier = result.pipeline.tiers.tierIndex[account];
  return tier === NO_TIER ? null : result.pipeline.tiers.names[tier];
}

/** What the tier column shows: the tier, "Not enough data" for a score resting on too little data, or nothing. */
export function tierLabel(result: RunResult, account: number): string | null {
  return (
    tierName(result, account) ?? (lacksData(result.pipeline, account) ? NOT_ENOUGH_DATA : null)
  );
}

/** Each criterion's part in one account's score: cell, normalised value, weight used, points (model order). */
export function accountMath(result: RunResult, account: number): CriterionMath[] {
  const p = result.pipeline;
  const row = result.table.rows[account];
  return result.criteria.map((c, k) =>
    criterionMath(
      { id: c.criterion.id, label: c.label, weight: p.weights[k] },
      row[c.index] ?? null,
      p.normalized[k][account],
      p.missing,
      p.pointsPerWeight[account],
    ),
  );
}

/** Why one account scores what it does: "ARR 32, Relationship 21, Product fit 12", and what was missing. */
export function accountDrivers(result: RunResult, account: number): string {
  let drivers = driversByRun.get(result);
  if (drivers === undefined) {
    drivers = runDrivers(result);
    driversByRun.set(result, drivers);
  }
  return drivers(account);
}

/** How many different drivers texts a run keeps to share (past that, each account gets its own copy). */
const KEPT_DRIVER_TEXTS = 1 << 17;

/** Each run's drivers, made once: a write plan asks for every account's (a million at a full sheet). */
const driversByRun = new WeakMap<RunResult, (account: number) => string>();

/**
 * whyText of accountMath for any account of the run, from the pipeline's columns through two
 * buffers it reuses: the same words, without building a CriterionMath per criterion and account.
 */
function runDrivers(result: RunResult): (account: number) => string {
  const p = result.pipeline;
  const labels = result.criteria.map((c) => c.label);
  const points = new Float64Array(labels.length);
  const normalized = new Float64Array(labels.length);
  // Accounts share their drivers' words often (points are whole numbers): one string for each
  // text seen, instead of a copy per account (a full sheet's 1M texts hold about 35,000 different).
  const texts = new Map<string, string>();
  return (account) => {
    for (let k = 0; k < labels.length; k++) {
      normalized[k] = p.normalized[k][account];
      points[k] = contributionOf(
        normalized[k],
        p.weights[k],
        p.missing,
        p.pointsPerWeight[account],
      );
    }
    const words = whyWords(labels, points, normalized, p.missing);
    const kept = texts.get(words);
    if (kept !== undefined) return kept;
    if (texts.size < KEPT_DRIVER_TEXTS) texts.set(words, words);
    return words;
  };
}

export function accountReport(result: RunResult, i: number): AccountReport {
  const p = result.pipeline;
  const math = accountMath(result, i);
  const contributions: Record<string, number> = {};
  const normalized: Record<string, number> = {};
  const weightShares: Record<string, number> = {};
  for (const m of math) {
    if (Number.isFinite(m.points)) contributions[m.id] = m.points;
    if (Number.isFinite(m.normalized)) normalized[m.id] = m.normalized;
    weightShares[m.id] = m.weightShare;
  }
  return {
    row: sheetRowOf(result.table, i),
    id: result.ids[i],
    score: orNull(p.scores[i]),
    rank: p.ranks[i] > 0 ? p.ranks[i] : null,
    tier: tierName(result, i),
    revenue: orNull(result.revenue[i]),
    revenueShare: orNull(p.concentration.revenueShare[i]),
    cumulativeShare: orNull(p.concentration.cumulativeShare[i]),
    abc: abcLetter(p.concentration.abc[i]),
    quadrant: quadrantName(p.quadrant[i]),
    coverage: p.coverage[i],
    enoughData: reachesCoverage(p.coverage[i], result.model.minCoverage),
    contributions,
    normalized,
    weightShares,
    drivers: whyText(math, p.missing),
    ...previousOf(result, i),
    stability: result.stability === null ? null : orNull(result.stability.shares[i]),
  };
}

function previousOf(
  result: RunResult,
  i: number,
): Pick<AccountReport, 'previousTier' | 'previousScore' | 'previousRank'> {
  const c = result.changes;
  if (c === null || c.status[i] !== MATCHED)
    return { previousTier: null, previousScore: null, previousRank: null };
  return {
    previousTier: c.previousTier[i],
    previousScore: orNull(c.previousScore[i]),
    previousRank: c.previousRank[i] > 0 ? c.previousRank[i] : null,
  };
}

/** The full report; accounts in input (sheet) order. */
export function buildReport(result: RunResult, date?: string): RunReport {
  const accounts: AccountReport[] = new Array<AccountReport>(result.ids.length);
  for (let i = 0; i < accounts.length; i++) accounts[i] = accountReport(result, i);
  // The spread keeps the key where reportWithoutAccounts put it: the report reads in DESIGN's order.
  return { ...reportWithoutAccounts(result, date), accounts };
}

/**
 * Everything of the report but the accounts (an empty list in their place), for writers that
 * produce the accounts one by one with accountReport (report-json.ts).
 */
export function reportWithoutAccounts(result: RunResult, date?: string): RunReport {
  const p = result.pipeline;
  const c = p.concentration;
  const tiers: Record<string, number> = {};
  p.tiers.names.forEach((name, k) => (tiers[name] = p.tiers.counts[k]));
  return {
    ...(date === undefined ? {} : { date }),
    model: result.model,
    source: {
      sheet: result.table.sheet,
      table: result.table.tableName ?? null,
      headerRow: result.table.headerRow,
      rows: result.source.rows.length,
      leftOut: result.leftOut,
    },
    accounts: [],
    concentration: {
      accounts: c.accounts,
      totalRevenue: orNull(c.totalRevenue),
      top20Share: orNull(c.top20Share),
      accountsFor80: c.accountsFor80,
      accountsFor80Share: orNull(c.accountsFor80Share),
      gini: orNull(c.gini),
      hhi: orNull(c.hhi),
      paretoStatement: paretoStatement(c),
    },
    tiers,
    notEnoughData: p.notEnoughData,
    changes:
      result.changes === null
        ? null
        : {
            since: result.changes.since,
            previousModel: result.changes.previousModel,
            modelChanged: result.changes.modelChanged,
            entered: [...result.changes.entered],
            left: [...result.changes.left],
            gone: [...result.changes.gone],
            new: [...result.changes.new],
          },
    stability:
      result.stability === null
        ? null
        : {
            draws: result.stability.draws,
            requestedDraws: result.stability.requestedDraws,
            spread: result.stability.spread,
            seed: result.stability.seed,
          },
    sensitivity:
      result.stability === null ? [] : result.stability.sensitivity.map((s) => ({ ...s })),
    diagnostics: result.diagnostics.map(({ cells, ...d }) =>
      cells === undefined ? d : { ...d, cells: [...cells] },
    ),
  };
}
