// The workbook state the KAM.* functions read: the Excel host's own WorkbookState (document settings,
// with the CLI's hidden sheet as fallback), the very store the panel and the ribbon use.
import { createExcelHost } from '../hosts/excel';
import type { Outcome, RunSnapshot } from '../core';
import type { SavedState, WorkbookState } from '../hosts/state';

let injected: WorkbookState | undefined;
let excel: WorkbookState | undefined;

/**
 * Reads state from `state` instead of the workbook (tests, the benchmark); undefined goes back to
 * the Excel host's, made on first use (outside Excel there is no Office global to read).
 */
export function useWorkbookState(state: WorkbookState | undefined): void {
  injected = state;
}

/** The model, run and number locale saved in the workbook now. */
export function savedState(): Promise<SavedState> {
  if (injected !== undefined) return injected.snapshot();
  excel ??= createExcelHost().state;
  return excel.snapshot();
}

/** The last run's snapshot saved in the workbook (KAM.STABILITY reads its stability); null without one. */
export async function savedLatestRun(): Promise<Outcome<RunSnapshot | null>> {
  const state = injected ?? (excel ??= createExcelHost().state);
  const history = await state.loadHistory();
  return history.kind === 'error' ? history : { kind: 'ok', value: history.value.latest };
}
