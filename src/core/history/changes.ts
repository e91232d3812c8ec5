// What changed since the last run (issue: selection as an ongoing process): accounts matched by id,
// who entered or left the first band, who is new or gone, and each account's previous tier and score.
import type { Diagnostic } from '../diagnostics';
import { NO_TIER, NOT_ENOUGH_DATA } from '../score/tiers';
import { modelFingerprint } from '../score/calibration';
import type { Model } from '../model/schema';
import type { PipelineResult } from '../run/pipeline';
import { NOT_ENOUGH_DATA_TIER, type RunSnapshot, snapshotRanks } from './snapshot';

export const UNMATCHED = 0;
export const MATCHED = 1;
export const NEW = 2;

export interface RunChanges {
  /** The previous run's date (ISO) and model name. */
  readonly since: string;
  readonly previousModel: string;
  /** The model (criteria, weights, tiers...) differs: every account may move for that reason alone. */
  readonly modelChanged: boolean;
  /** Ids now in the first band that were not in it before (new accounts included). */
  readonly entered: readonly string[];
  /** Ids in the first band before that are not now, including accounts gone from the table. */
  readonly left: readonly string[];
  readonly gone: readonly string[];
  readonly new: readonly string[];
  /** Per account of this run: its tier label before (null: new, unnamed or repeated), score and rank. */
  readonly previousTier: readonly (string | null)[];
  readonly previousScore: Float64Array;
  /** 0 where there was no rank. */
  readonly previousRank: Int32Array;
  /** Per account: MATCHED to one of the previous run, NEW (its id was not there), or UNMATCHED (no name, or repeated). */
  readonly status: Uint8Array;
}

/** Marks an id seen more than once in its run: such accounts are not matched, never guessed. */
const REPEATED = -1;

/** Each named id's position, REPEATED for ids that appear more than once; "" (no name) left out. */
function positions(ids: readonly string[]): Map<string, number> {
  const at = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === '') continue;
    at.set(id, at.has(id) ? REPEATED : i);
  }
  return at;
}

function previousLabel(snapshot: RunSnapshot, k: number): string | null {
  const tier = snapshot.tiers[k];
  if (tier === NOT_ENOUGH_DATA_TIER) return NOT_ENOUGH_DATA;
  return tier === NO_TIER ? null : (snapshot.tierNames[tier] ?? null);
}

/**
 * Compares a run (its named accounts) with the snapshot of the previous one. `ids` are the run's
 * account ids, "" for accounts without a name: those, and ids repeated in either run, are not
 * matched, and one diagnostic says so.
 */
export function compareRuns(
  model: Model,
  ids: readonly string[],
  pipeline: PipelineResult,
  previous: RunSnapshot,
): { changes: RunChanges; diagnostics: Diagnostic[] } {
  const n = ids.length;
  const now = positions(ids);
  const before = positions(previous.ids);
  const ranksBefore = snapshotRanks(previous);
  const previousTier: (string | null)[] = new Array<string | null>(n).fill(null);
  const previousScore = new Float64Array(n).fill(NaN);
  const previousRank = new Int32Array(n);
  const status = new Uint8Array(n); // UNMATCHED
  const entered: string[] = [];
  const fresh: string[] = [];
  const unmatched: string[] = [];
  for (const [id, i] of now) {
    const k = before.get(id);
    if (i === REPEATED || k === REPEATED) {
      unmatched.push(id);
      continue;
    }
    const inFirst = pipeline.tiers.tierIndex[i] === 0;
    if (k === undefined) {
      status[i] = NEW;
      fresh.push(id);
      if (inFirst) entered.push(id);
      continue;
    }
    status[i] = MATCHED;
    previousTier[i] = previousLabel(previous, k);
    previousScore[i] = previous.scores[k];
    previousRank[i] = ranksBefore[k];
    if (inFirst && previous.tiers[k] !== 0) entered.push(id);
  }
  const left: string[] = [];
  const gone: string[] = [];
  for (const [id, k] of before) {
    const i = now.get(id);
    if (k === REPEATED || i === REPEATED) {
      if (i === undefined) unmatched.push(id);
      continue;
    }
    if (i === undefined) gone.push(id);
    if (previous.tiers[k] === 0 && (i === undefined || pipeline.tiers.tierIndex[i] !== 0))
      left.push(id);
  }
  const diagnostics: Diagnostic[] = [];
  if (unmatched.length > 0)
    diagnostics.push({
      cell: '',
      row: 0,
      column: '',
      code: 'history-unmatched',
      severity: 'info',
      message: `${unmatched.length === 1 ? 'One account name appears' : `${unmatched.length} account names appear`} more than once in this run or the last (${unmatched.slice(0, 3).join(', ')}${unmatched.length > 3 ? ', …' : ''}): their change since the last run is not shown.`,
    });
  return {
    changes: {
      since: previous.date,
      previousModel: previous.model,
      modelChanged: previous.fingerprint !== modelFingerprint(model),
      entered,
      left,
      gone,
      new: fresh,
      previousTier,
      previousScore,
      previousRank,
      status,
    },
    diagnostics,
  };
}

/** The "KAM Change" cell of one account: "▲ Growth → Key", "▼ Key → Core", "new", "+12.4", "=". */
export function changeText(
  changes: RunChanges,
  pipeline: PipelineResult,
  tierNow: string | null,
  account: number,
): string | null {
  const status = changes.status[account];
  if (status !== MATCHED) return status === NEW ? 'new' : null;
  const before = changes.previousTier[account];
  if (before !== tierNow) {
    const up = tierOrder(pipeline, tierNow) < tierOrder(pipeline, before);
    return `${up ? '▲' : '▼'} ${before ?? 'no tier'} → ${tierNow ?? 'no tier'}`;
  }
  const delta = pipeline.scores[account] - changes.previousScore[account];
  if (!Number.isFinite(delta)) return null;
  if (Math.abs(delta) < 0.05) return '=';
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(1)}`;
}

/** Where a tier label sits, best first: the bands in order, then "Not enough data", then no tier. */
function tierOrder(pipeline: PipelineResult, label: string | null): number {
  if (label === null) return pipeline.tiers.names.length + 1;
  const k = pipeline.tiers.names.indexOf(label);
  return k >= 0 ? k : pipeline.tiers.names.length;
}
