// A run's frozen statistics (its normalisation fits and tier floors), so one row can be scored later exactly as the run scored it (KAM.SCORE, KAM.TIER).
import { z } from 'zod';
import { cellParserFor, extractModeFor } from '../parse/extract';
import { amountInBase } from '../parse/currency';
import type { Model } from '../model/schema';
import type { Outcome } from '../outcome';
import type { RawCell } from '../table/types';
import { findColumn } from '../table/headers';
import { rowKept } from '../table/filter';
import { holdsOwnData } from '../table/account-rows';
import { directed, normalizeValue } from './normalize';
import { reachesCoverage, reachesScore } from './equality';
import { scoreAccounts } from './score';
import { type CriterionMath, criterionMath } from './explain';

/** Percentile criteria keep their sorted values; above this many, per-row scoring is refused (not approximated). */
export const MAX_PERCENTILE_VALUES = 50_000;

const statsSchema = z.discriminatedUnion('kind', [
  /** minmax / log-minmax: range of the (transformed) values; null when the column had no value. */
  z.strictObject({
    kind: z.literal('range'),
    min: z.number().nullable(),
    max: z.number().nullable(),
  }),
  /** percentile: the column's non-missing values, ascending. */
  z.strictObject({ kind: z.literal('sorted'), values: z.array(z.number()) }),
  /** percentile over more values than are kept. */
  z.strictObject({ kind: z.literal('too-many'), count: z.number().int() }),
  /** scale, categorical, rating: fixed, nothing to keep. */
  z.strictObject({ kind: z.literal('fixed') }),
]);

export const calibrationSchema = z.strictObject({
  version: z.literal(1),
  /** Fingerprint of the model the run used (modelFingerprint): per-row scoring refuses another. */
  model: z.string(),
  /** How the run read text numbers; per-row formulas read them the same way. */
  numberLocale: z.enum(['decimal-point', 'decimal-comma']).nullable(),
  /** Criterion labels as the run showed them (the column headers unless the model names them). */
  labels: z.array(z.string()),
  /** The input columns in table order: a row passed to KAM.SCORE lines up with these. */
  headers: z.array(z.string()).min(1),
  /** Per model criterion, in model order. */
  stats: z.array(statsSchema),
  /**
   * Lowest score of each tier: the cut-off itself for `thresholds` tiers, otherwise the lowest
   * score the run put in the tier (null for an empty one). The last tier takes the rest.
   */
  tierFloors: z.array(z.number().nullable()),
  tierNames: z.array(z.string()).min(1),
  accounts: z.number().int().min(0),
  /** The header of the column the run named accounts by (absent: none, or a run of an older version). */
  idColumn: z.string().optional(),
});

export type Calibration = z.infer<typeof calibrationSchema>;
export type SavedFit = Calibration['stats'][number];

/**
 * A short fingerprint of a model (FNV-1a over its canonical JSON): tells whether the saved run
 * was taken with the model now saved, without storing the model twice.
 */
export function modelFingerprint(model: Model): string {
  return textFingerprint(JSON.stringify(model));
}

/** FNV-1a of a text, with its length: equal texts, equal fingerprints; a change almost surely shows. */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}

export interface RowScore {
  /** NaN when the row has no value for any weighted criterion (reweight). */
  readonly score: number;
  readonly coverage: number;
  /** Each criterion's part, in model order: the cell, its normalised value, the weight used, the points. */
  readonly contributions: readonly CriterionMath[];
  /** Whether the row has values for enough of the criteria weight to get a tier (minCoverage). */
  readonly enoughData: boolean;
  /** False when the model's row filter leaves the row out: it has no score, as in the run. */
  readonly kept: boolean;
  /** The tier the run's cut-offs give this score; null without a score or without enough data. */
  readonly tier: string | null;
}

/** Why a saved run cannot score rows for a model: it was taken with another model, or not at all. */
export function calibrationProblem(model: Model, calibration: Calibration): Outcome<void> {
  if (calibration.model !== modelFingerprint(model)) {
    return {
      kind: 'error',
      code: 'calibration-mismatch',
      message:
        'The saved model changed since the last "Identify key accounts" run (weights, columns or tiers). Run it again so the per-row formulas use the new model.',
    };
  }
  return { kind: 'ok', value: undefined };
}

/**
 * Scores one row of input cells (lined up with calibration.headers) with the model and the run's
 * frozen statistics. The weighting is scoreAccounts itself on one-row columns, so while the data
 * is unchanged this gives the run's score and tier to the bit.
 */
export function scoreRow(
  model: Model,
  calibration: Calibration,
  row: readonly RawCell[],
): Outcome<RowScore> {
  if (row.length !== calibration.headers.length) {
    return {
      kind: 'error',
      code: 'row-shape',
      message: `Pass one row of the ${calibration.headers.length} input columns (${calibration.headers[0]} to ${calibration.headers[calibration.headers.length - 1]}); got ${row.length} cells.`,
    };
  }
  const matches = calibrationProblem(model, calibration);
  if (matches.kind === 'error') return matches;
  const kept = rowKept(calibration.headers, row, model.filter);
  if (kept.kind === 'error') return kept;
  // A row with nothing of its own is no account in a run either (see accountRows).
  if (!kept.value || !holdsOwnData(calibration.headers, row))
    return { kind: 'ok', value: LEFT_OUT };
  const locale = calibration.numberLocale ?? undefined;
  const columns = model.criteria.map((c) => findColumn(calibration.headers, c.column));
  const normalized: Float64Array[] = [];
  for (let k = 0; k < model.criteria.length; k++) {
    const criterion = model.criteria[k];
    const stats = calibration.stats[k];
    if (stats.kind === 'too-many') {
      return {
        kind: 'error',
        code: 'percentile-too-large',
        message: `The criterion "${criterion.id}" ranks by percentile over ${stats.count} accounts, too many to score one row alone; use KAM.SCORES over the whole table.`,
      };
    }
    const parsed = cellParserFor(
      extractModeFor(criterion.normalize, locale),
      locale,
    )(row[columns[k]]);
    const x =
      parsed.kind === 'value' || parsed.kind === 'value-with-warning'
        ? amountInBase(parsed.value, parsed.currency, model.currencies)
        : NaN;
    const v = normalizeValue(x, criterion.normalize, stats);
    normalized.push(Float64Array.of(directed(v, criterion.direction)));
  }
  const weights = model.criteria.map((c) => c.weight);
  const scored = scoreAccounts(normalized, weights, model.missing);
  const score = scored.scores[0];
  const contributions = model.criteria.map((c, k) =>
    criterionMath(
      { id: c.id, label: calibration.labels[k], weight: c.weight },
      row[columns[k]] ?? null,
      normalized[k][0],
      model.missing,
      scored.pointsPerWeight[0],
    ),
  );
  const enoughData = reachesCoverage(scored.coverage[0], model.minCoverage);
  return {
    kind: 'ok',
    value: {
      score,
      coverage: scored.coverage[0],
      contributions,
      kept: true,
      enoughData,
      tier: enoughData ? tierFor(calibration, score) : null,
    },
  };
}

/** A row the model's filter leaves out: no score, no tier, nothing to explain. */
const LEFT_OUT: RowScore = {
  score: NaN,
  coverage: 0,
  contributions: [],
  enoughData: false,
  kept: false,
  tier: null,
};

/** The band whose floor the score reaches first, best band first; the last band takes the rest. */
export function tierFor(calibration: Calibration, score: number): string | null {
  if (score !== score) return null;
  const last = calibration.tierNames.length - 1;
  for (let j = 0; j < last; j++) {
    const floor = calibration.tierFloors[j];
    if (floor !== null && reachesScore(score, floor)) return calibration.tierNames[j];
  }
  return calibration.tierNames[last];
}
