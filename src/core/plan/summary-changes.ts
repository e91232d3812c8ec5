// The "Changes since <date>" section of the summary sheet: who entered or left the first band, who is
// new or gone, the biggest moves, and how many runs the workbook keeps (as values a re-run refreshes).
import { MATCHED } from '../history/changes';
import type { RunResult } from '../run/identify';
import { tierLabel } from '../run/report';
import type { SummaryCells } from './summary-cells';

/** Names listed after a count before "and N more". */
const NAMES_LISTED = 12;
/** Moves listed under "Biggest moves". */
const MOVES_LISTED = 5;

function names(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const shown = ids.slice(0, NAMES_LISTED).join(', ');
  return ids.length > NAMES_LISTED ? `${shown} and ${ids.length - NAMES_LISTED} more` : shown;
}

/** The accounts whose score moved most since the last run, largest move first. */
function biggestMoves(result: RunResult): { account: number; delta: number }[] {
  const c = result.changes;
  if (c === null) return [];
  const moves: { account: number; delta: number }[] = [];
  for (let i = 0; i < result.ids.length; i++) {
    const delta = result.pipeline.scores[i] - c.previousScore[i];
    if (c.status[i] === MATCHED && Number.isFinite(delta) && Math.abs(delta) >= 0.05)
      moves.push({ account: i, delta });
  }
  return moves.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)).slice(0, MOVES_LISTED);
}

export function changesSection(out: SummaryCells, result: RunResult, history: string | null): void {
  const c = result.changes;
  if (c === null) {
    if (history !== null) {
      out.put(1, `First run kept for comparison. ${history}`, { style: 'note' });
      out.next(2);
    }
    return;
  }
  const key = result.pipeline.tiers.names[0];
  out.headings(`Changes since ${c.since.slice(0, 10)}`, 'Accounts', 'Which');
  out.next();
  if (c.modelChanged) {
    out.put(
      1,
      `The model changed since that run ("${c.previousModel}" then, "${result.model.name}" now, or its criteria, weights or tiers): accounts move for that reason too.`,
      { style: 'note' },
    );
    out.next();
  }
  const rows: [string, readonly string[]][] = [
    [`Entered ${key}`, c.entered],
    [`Left ${key}`, c.left],
    ['New accounts', c.new],
    ['Gone from the table', c.gone],
  ];
  for (const [label, ids] of rows) {
    out.put(1, label, { style: 'label' });
    out.put(2, ids.length, { numberFormat: '0' });
    out.put(3, names(ids));
    out.next();
  }
  const moves = biggestMoves(result);
  if (moves.length > 0) {
    out.headings('Biggest moves', 'Score then', 'Score now', 'Tier then → now');
    out.next();
    for (const { account } of moves) {
      out.put(1, result.ids[account], { style: 'label' });
      out.put(2, c.previousScore[account], { numberFormat: '0.0' });
      out.put(3, result.pipeline.scores[account], { numberFormat: '0.0' });
      out.put(
        4,
        `${c.previousTier[account] ?? 'no tier'} → ${tierLabel(result, account) ?? 'no tier'}`,
      );
      out.next();
    }
  }
  if (history !== null) {
    out.put(1, history, { style: 'note' });
    out.next();
  }
  out.next();
}
