// What a run leaves behind for the next one to compare with (issue: selection as an ongoing process):
// per account id its score, tier, ABC class, revenue and tier stability, with the run's date and model.
import { NO_TIER, NOT_ENOUGH_DATA } from '../score/tiers';
import { rankScores } from '../score/score';
import { modelFingerprint } from '../score/calibration';
import type { RunResult } from '../run/identify';
import type { RunReport } from '../run/report';
import type { RawTable } from '../table/types';
import { rowName } from '../parse/ids';
import { lacksData } from '../run/pipeline';

/** Tier code of an account scored on too little data ("Not enough data"); NO_TIER is "no score". */
export const NOT_ENOUGH_DATA_TIER = 254;

export interface RunSnapshot {
  /** When the run was made, as an ISO date-time. */
  readonly date: string;
  readonly model: string;
  /** modelFingerprint of the run's model: a change means every account may move. */
  readonly fingerprint: string;
  readonly tierNames: readonly string[];
  /** Account ids in the run's row order; "" for an account without a name (never matched). */
  readonly ids: readonly string[];
  /** Scores as computed (NaN: no score). */
  readonly scores: Float64Array;
  /** Tier index per account, NO_TIER or NOT_ENOUGH_DATA_TIER. */
  readonly tiers: Uint8Array;
  /** ABC class per account (0 A, 1 B, 2 C, 3 none). */
  readonly abc: Uint8Array;
  readonly revenue: Float64Array;
  /** Share of perturbed weightings keeping each account's tier; null when the run did not measure it. */
  readonly stability: Float64Array | null;
}

/** The snapshot of a run: ids from the id column only (a "Row 7" name says nothing next quarter). */
export function snapshotOf(result: RunResult, date: string): RunSnapshot {
  const p = result.pipeline;
  const n = result.ids.length;
  const tiers = new Uint8Array(n);
  for (let i = 0; i < n; i++)
    tiers[i] =
      p.tiers.tierIndex[i] !== NO_TIER
        ? p.tiers.tierIndex[i]
        : lacksData(p, i)
          ? NOT_ENOUGH_DATA_TIER
          : NO_TIER;
  return {
    date,
    model: result.model.name,
    fingerprint: modelFingerprint(result.model),
    tierNames: p.tiers.names,
    ids: matchableIds(result.table, result.idColumn?.index ?? null, result.ids),
    scores: p.scores,
    tiers,
    abc: p.concentration.abc,
    revenue: result.revenue,
    stability: result.stability?.shares ?? null,
  };
}

/**
 * The ids accounts are matched by between runs: the run's names, "" where the id cell is empty or
 * there is no id column (the run calls those "Row 7", which says nothing next quarter).
 */
export function matchableIds(
  table: RawTable,
  idIndex: number | null,
  ids: readonly string[],
): string[] {
  if (idIndex === null) return ids.map(() => '');
  return ids.map((id, i) => {
    const cell = table.rows[i][idIndex] ?? null;
    return cell === null || (typeof cell === 'string' && cell.trim() === '') ? '' : id;
  });
}

/** Each account's rank in the snapshot's run: recomputed from its scores exactly as the run ranked them. */
export function snapshotRanks(snapshot: RunSnapshot): Int32Array {
  const ranked = Float64Array.from(snapshot.scores, (s, i) =>
    snapshot.tiers[i] === NOT_ENOUGH_DATA_TIER ? NaN : s,
  );
  return rankScores(ranked).ranks;
}

/** Tier codes in a report's account entries, by tier label. */
function tierCode(label: string | null, names: readonly string[]): number {
  if (label === null) return NO_TIER;
  if (label === NOT_ENOUGH_DATA) return NOT_ENOUGH_DATA_TIER;
  const k = names.indexOf(label);
  return k < 0 ? NO_TIER : k;
}

/** The snapshot of a run from its JSON report (kam identify --json), for --compare. */
export function snapshotFromReport(report: RunReport, date: string): RunSnapshot {
  const names = report.model.tiers.bands.map((b) => b.name);
  const { accounts } = report;
  return {
    date: report.date ?? date,
    model: report.model.name,
    fingerprint: modelFingerprint(report.model),
    tierNames: names,
    // An account the report names by its row had no name: never matched ("Row 7" says nothing next quarter).
    ids: accounts.map((a) => (a.id === rowName(a.row) ? '' : a.id)),
    scores: Float64Array.from(accounts, (a) => a.score ?? NaN),
    tiers: Uint8Array.from(accounts, (a) =>
      tierCode(a.score === null || a.enoughData ? a.tier : NOT_ENOUGH_DATA, names),
    ),
    abc: Uint8Array.from(accounts, (a) => (a.abc === null ? 3 : 'ABC'.indexOf(a.abc))),
    revenue: Float64Array.from(accounts, (a) => a.revenue ?? NaN),
    stability: accounts.some((a) => a.stability !== undefined)
      ? Float64Array.from(accounts, (a) => a.stability ?? NaN)
      : null,
  };
}
