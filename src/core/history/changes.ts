// What changed since the last run (issue: selection as an ongoing process): accounts matched by id,
// who entered or left the first band, who is new or gone, and each account's previous tier and score.
import type { Diagnostic } from '../diagnostics';
import { NO_TIER, NOT_ENOUGH_DATA } from '../score/tiers';
import { modelFingerprint } from '../score/calibration';
import type { Model } from '../model/schema';
import type { PipelineResult } from '../run/pipeline';
import { NOT_ENOUGH_DATA_TIER, type RunSnapshot, snapshotRanks } from './snapshot';
import { sortedByHash, textHash } from '../numeric/hash-groups';

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
/** Marks an id the other run does not have. */
const ABSENT = -2;

/**
 * How the named ids of two runs meet, by exact text ("" is no name). For the first account of each
 * id in a run, `now`/`before` say REPEATED when the id appears again in that run, else the index;
 * `otherNow[i]`/`otherBefore[k]` say where the id is in the other run: its index there, REPEATED,
 * or ABSENT. An account that is not its id's first has ABSENT in both. Both runs' ids are grouped
 * by a hash in one sort: a million ids a run need no map.
 */
function matchIds(nowIds: readonly string[], beforeIds: readonly string[]) {
  const n = nowIds.length;
  const total = n + beforeIds.length;
  const idOf = (g: number): string => (g < n ? nowIds[g] : beforeIds[g - n]);
  const { order, hash } = sortedByHash(total, (g) => textHash(idOf(g)));
  const seen = new Int32Array(total).fill(ABSENT); // per first account of an id: REPEATED or itself
  const other = new Int32Array(total).fill(ABSENT); // per first account: where the id is in the other run
  /** Records one id's accounts, members[from..to) in index order (this run's before the previous one's). */
  const settle = (members: ArrayLike<number>, from: number, to: number): void => {
    let firstNow = ABSENT;
    let firstBefore = ABSENT;
    let nowAt = ABSENT;
    let beforeAt = ABSENT;
    for (let k = from; k < to; k++) {
      const g = members[k];
      if (g < n) {
        if (nowAt === ABSENT) nowAt = g;
        firstNow = firstNow === ABSENT ? g : REPEATED;
      } else {
        if (beforeAt === ABSENT) beforeAt = g;
        firstBefore = firstBefore === ABSENT ? g - n : REPEATED;
      }
    }
    if (nowAt !== ABSENT) {
      seen[nowAt] = firstNow;
      other[nowAt] = firstBefore;
    }
    if (beforeAt !== ABSENT) {
      seen[beforeAt] = firstBefore;
      other[beforeAt] = firstNow;
    }
  };
  for (let start = 0; start < total;) {
    let end = start + 1;
    while (end < total && hash[end] === hash[start]) end++;
    const id = idOf(order[start]);
    let sameId = true;
    for (let k = start + 1; k < end && sameId; k++) sameId = idOf(order[k]) === id;
    if (sameId) {
      if (id !== '') settle(order, start, end);
    } else {
      // A hash shared by different ids (rare): each id's accounts on their own.
      const byId = new Map<string, number[]>();
      for (let k = start; k < end; k++) {
        const text = idOf(order[k]);
        if (text === '') continue;
        const members = byId.get(text);
        if (members === undefined) byId.set(text, [order[k]]);
        else members.push(order[k]);
      }
      for (const members of byId.values()) settle(members, 0, members.length);
    }
    start = end;
  }
  return {
    now: seen.subarray(0, n),
    otherNow: other.subarray(0, n),
    before: seen.subarray(n),
    otherBefore: other.subarray(n),
  };
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
  const matched = matchIds(ids, previous.ids);
  const ranksBefore = snapshotRanks(previous);
  const previousTier: (string | null)[] = new Array<string | null>(n).fill(null);
  const previousScore = new Float64Array(n).fill(NaN);
  const previousRank = new Int32Array(n);
  const status = new Uint8Array(n); // UNMATCHED
  const entered: string[] = [];
  const fresh: string[] = [];
  const unmatched: string[] = [];
  // Each id once, at its first account, in the order the ids first appear (as a map would list them).
  for (let first = 0; first < n; first++) {
    const i = matched.now[first];
    if (i === ABSENT) continue;
    const id = ids[first];
    const k = matched.otherNow[first];
    if (i === REPEATED || k === REPEATED) {
      unmatched.push(id);
      continue;
    }
    const inFirst = pipeline.tiers.tierIndex[i] === 0;
    if (k === ABSENT) {
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
  for (let first = 0; first < previous.ids.length; first++) {
    const k = matched.before[first];
    if (k === ABSENT) continue;
    const id = previous.ids[first];
    const i = matched.otherBefore[first];
    if (k === REPEATED || i === REPEATED) {
      if (i === ABSENT) unmatched.push(id);
      continue;
    }
    if (i === ABSENT) gone.push(id);
    if (previous.tiers[k] === 0 && (i === ABSENT || pipeline.tiers.tierIndex[i] !== 0))
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
