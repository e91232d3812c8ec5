// The words the one-click "Identify key accounts" reports: a pure function of the run's outcome.
import { figureNotes, paretoStatement, tierRevenueShare, type Outcome } from '../core';
import { describeOutput } from '../hosts/describe-output';
import type { Identification } from '../hosts/identify-and-write';
import { clip, MAX_LINE, MAX_LINES, type OutcomeMessage } from './outcome-message';

export const SUCCESS_TITLE = 'Key accounts identified';
export const FAILURE_TITLE = 'Key accounts were not identified';
export const BUSY_TITLE = 'Already identifying key accounts';

/** Criteria listed by name in the message; models have 3-5, a longer list is summarised. */
const LISTED_CRITERIA = 6;

const percent = (share: number): string => `${Math.round(share * 100)}%`;
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Tells the user what happened: the key accounts and the 80/20 figure, or why nothing was written. */
export function describeOutcome(outcome: Outcome<Identification>): OutcomeMessage {
  if (outcome.kind === 'error') return describeFailure(outcome.message);
  const { result } = outcome.value;
  const { tiers, concentration } = result.pipeline;

  // The first band is the key-account band whatever the user named it ("Key", "Strategic" ...).
  const keyName = tiers.names[0] ?? 'Key';
  const keyCount = tiers.counts[0] ?? 0;
  const keyShare = tierRevenueShare(tiers.tierIndex, concentration, 0);
  const keyLine =
    `${plural(keyCount, `${keyName.toLowerCase()} account`)} of ${result.ids.length}` +
    (Number.isFinite(keyShare) ? `, bringing ${percent(keyShare)} of revenue.` : '.');

  const weighted = result.criteria.filter((c) => c.criterion.weight > 0);
  const totalWeight = weighted.reduce((sum, c) => sum + c.criterion.weight, 0);
  const listed = weighted
    .slice(0, LISTED_CRITERIA)
    .map((c) => `${c.label} ${percent(c.criterion.weight / totalWeight)}`);
  const more =
    weighted.length > LISTED_CRITERIA ? `, and ${weighted.length - LISTED_CRITERIA} more` : '';

  const lines = [
    keyLine,
    sentence(paretoStatement(concentration)),
    `Tiers: ${tiers.names.map((name, k) => `${name} ${tiers.counts[k]}`).join(', ')}${
      result.pipeline.notEnoughData > 0
        ? `; ${plural(result.pipeline.notEnoughData, 'account')} without enough data for a tier`
        : ''
    }.`,
    clip(`Model "${result.model.name}": ${listed.join(', ')}${more}.`, MAX_LINE),
    clip(describeOutput(result.table.sheet, outcome.value.capabilities), MAX_LINE),
  ];
  const problems = result.diagnostics.filter((d) => d.severity !== 'info').length;
  if (problems > 0) {
    lines.push(
      `${plural(problems, 'data warning')} (unreadable cells, unknown labels, missing values): open the KAM panel to see each cell.`,
    );
  }
  // What the figures rest on (data below a blank row not read, revenue that is company size...),
  // as the panel, the CLI and the summary sheet say it; then what the workbook could not take.
  const notes = [...figureNotes(result.diagnostics).map((d) => d.message), ...outcome.value.notes];
  lines.push(...noteLines(notes, MAX_LINES - lines.length));
  return { kind: problems > 0 ? 'warning' : 'success', title: SUCCESS_TITLE, lines };
}

/**
 * What the host could not do as planned (no chart on an older Excel, results beside a table...),
 * in the lines left; notes that do not fit are counted in the last line.
 */
function noteLines(notes: readonly string[], room: number): string[] {
  if (notes.length <= room) return notes.map((note) => clip(note, MAX_LINE));
  const shown = notes.slice(0, Math.max(0, room - 1)).map((note) => clip(note, MAX_LINE));
  const rest = notes.length - shown.length;
  return [
    ...shown,
    `${plural(rest, 'more note')}: run "Identify key accounts" from the KAM panel to read them all.`,
  ];
}

/** A refusal (bad table, bad saved model, write failure): the reason, and what is safe and what to do. */
export function describeFailure(reason: string): OutcomeMessage {
  return {
    kind: 'error',
    title: FAILURE_TITLE,
    lines: [
      clip(reason.trim() === '' ? 'An unknown problem stopped the run.' : reason.trim(), MAX_LINE),
      'Your own cells were not changed.',
      'Open the KAM panel to choose the table, the columns and the weights yourself.',
    ],
  };
}

/** An exception nobody turned into an outcome (an Office error, a bug): still a message, never silence. */
export function describeUnexpected(error: unknown): OutcomeMessage {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return describeFailure(
    text === '' ? 'Excel reported an unexpected problem.' : `Excel reported a problem: ${text}`,
  );
}

/** The answer to a second click while a run is still going. */
export function describeBusy(): OutcomeMessage {
  return {
    kind: 'warning',
    title: BUSY_TITLE,
    lines: ['The previous run is still going: its outcome appears when it finishes.'],
  };
}
