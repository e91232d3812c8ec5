// A whole plan in one Apps Script execution (the menu's "Identify key accounts"): begin, the values in
// blocks while time allows, finish. Past the time budget it stops, remembers where, and the next run
// of the same plan continues from there.
import { fail, type Outcome, type WritePlan } from '../../core';
import type { ProgressCallback, WriteNotes } from '../port';
import type { PropertiesApi } from './apps-script';
import { frameOf, planHash, rowBlock } from './frame';
import { deleteStoredText, readStoredText, writeStoredTexts } from './state-store';
import { beginWrite, finishWrite, type WriteContext, writeBlock } from './write';

/** Google stops an execution after 6 minutes; writing stops in time to save the state and report. */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
export const WRITE_BUDGET_MS = 5 * 60_000;
/** Cells per setValues() call: large enough to be few calls, small enough that one stays a few seconds. */
export const CELLS_PER_WRITE = 60_000;

/** Where an unfinished write stopped, in document properties (removed when a write completes). */
export const RESUME_KEY = 'kam.resume';

interface ResumePoint {
  readonly plan: string;
  readonly nextRow: number;
}

function readResume(properties: PropertiesApi): ResumePoint | null {
  try {
    const parsed: unknown = JSON.parse(readStoredText(properties, RESUME_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const plan: unknown = Reflect.get(parsed, 'plan');
    const nextRow: unknown = Reflect.get(parsed, 'nextRow');
    return typeof plan === 'string' && typeof nextRow === 'number' && Number.isInteger(nextRow)
      ? { plan, nextRow }
      : null;
  } catch {
    return null;
  }
}

export interface ApplyOptions {
  readonly properties: PropertiesApi;
  /** The clock (Date.now in Apps Script; a test's virtual clock). */
  readonly now: () => number;
  /** When this execution started: the budget counts from there. */
  readonly startedAt: number;
  readonly budgetMs?: number;
  readonly onProgress?: ProgressCallback;
}

/** Rows per setValues() call for a plan: CELLS_PER_WRITE over its width. */
export function rowsPerWrite(plan: Pick<WritePlan, 'columns'>): number {
  return Math.max(1, Math.floor(CELLS_PER_WRITE / Math.max(1, plan.columns.length)));
}

/**
 * Writes the plan. Each block of rows is written only when the time left covers it (by the slowest
 * block so far); otherwise the write stops, its resume point is saved, and the outcome says to run
 * again. A run of the same plan (same data, same model: same fingerprint) then skips the rows
 * already written. Everything written is under our marks from the first step, so a stopped write
 * is rewritten by the next run or removed by "Clear results".
 */
export function applyWithinBudget(
  context: WriteContext,
  plan: WritePlan,
  options: ApplyOptions,
): Outcome<WriteNotes> {
  const { properties, now, onProgress } = options;
  const budget = options.budgetMs ?? WRITE_BUDGET_MS;
  const frame = frameOf(plan);
  onProgress?.(0, 'Checking the sheet');
  const begun = beginWrite(context, frame);
  if (begun.kind === 'error') return begun;
  const sheet = context.spreadsheet.getSheetByName(plan.sheet);
  if (sheet === null)
    return fail('no-sheet', `The sheet "${plan.sheet}" is no longer in the spreadsheet.`);
  const hash = planHash(plan);
  const resume = readResume(properties);
  const from =
    resume !== null && resume.plan === hash ? Math.min(resume.nextRow, plan.rowCount) : 0;
  const step = rowsPerWrite(plan);
  let slowest = 0;
  for (let start = from; start < plan.rowCount; start += step) {
    const began = now();
    if (began - options.startedAt + slowest > budget) {
      const saved = writeStoredTexts(properties, {
        [RESUME_KEY]: JSON.stringify({ plan: hash, nextRow: start }),
      });
      const row = plan.firstDataRow + start;
      const n = (x: number): string => x.toLocaleString('en-US');
      return fail(
        'partially-written',
        `The results were written down to row ${n(row - 1)} of ${n(plan.firstDataRow + plan.rowCount - 1)} before Google's ${EXECUTION_LIMIT_MS / 60_000}-minute limit for one run. Choose Identify key accounts again: it continues from row ${n(row)}${saved.kind === 'ok' ? '' : ' (it could not note where, so it starts over)'}. Your own cells were not changed; "Clear results" removes the partial results.`,
      );
    }
    onProgress?.(start / plan.rowCount, `Writing results (${start} of ${plan.rowCount} rows)`);
    // The marks were made by beginWrite in this same execution: no need to read them again per block.
    writeBlock(
      context.app,
      sheet,
      frame,
      rowBlock(plan, start, Math.min(plan.rowCount, start + step)),
    );
    slowest = Math.max(slowest, now() - began);
  }
  const finished = finishWrite(context, frame);
  if (finished.kind === 'error') return finished;
  if (resume !== null) deleteStoredText(properties, RESUME_KEY);
  onProgress?.(1, 'Done');
  return { kind: 'ok', value: { notes: [...begun.value.notes, ...finished.value.notes] } };
}
