// The WorkbookHost the sidebar's panel talks to: each port method as server calls over
// google.script.run. A large table is read in pages and results are written in blocks, one
// execution each (Google stops an execution after 6 minutes), with progress between blocks.
import { type Outcome, type WritePlan } from '../../core';
import type * as port from '../../hosts/port';
import { frameOf, rowBlock, targetOf } from '../../hosts/sheets/frame';
import { planProblem } from '../../hosts/plan-checks';
import { WorkbookState } from '../../hosts/state';
import { pageRows } from '../sidebar-protocol';
import type { ServerCalls } from './server-calls';

/** Cells sent in one write call: a few hundred KB, a few seconds of setValues() in one execution. */
export const CELLS_PER_CALL = 40_000;

export class SidebarHost implements port.WorkbookHost {
  readonly state: WorkbookState;

  private constructor(
    private readonly calls: ServerCalls,
    private readonly known: port.HostCapabilities,
  ) {
    this.state = new WorkbookState({
      read: (key) => calls.kamReadState(key),
      write: (entries) => calls.kamWriteState(entries),
    });
  }

  /** Asks the server what it can write (once), then serves the panel. */
  static async connect(calls: ServerCalls): Promise<Outcome<SidebarHost>> {
    const capabilities = await calls.kamCapabilities();
    if (capabilities.kind === 'error') return capabilities;
    return { kind: 'ok', value: new SidebarHost(calls, capabilities.value) };
  }

  capabilities(): Outcome<port.HostCapabilities> {
    return { kind: 'ok', value: this.known };
  }

  async readTable(request: port.TableRequest = {}): Promise<Outcome<port.ReadTableResult>> {
    const first = await this.calls.kamReadTable(request);
    if (first.kind === 'error') return first;
    const { table, layout, totalRows } = first.value;
    const rows = [...table.rows];
    const width = table.headers.length;
    const step = pageRows(width);
    while (rows.length < totalRows) {
      const page = await this.calls.kamReadRows({
        sheet: table.sheet,
        top: table.headerRow + 1 + rows.length,
        left: table.firstColumn,
        right: table.firstColumn + width - 1,
        count: Math.min(step, totalRows - rows.length),
      });
      if (page.kind === 'error') return page;
      rows.push(...page.value);
    }
    return { kind: 'ok', value: { table: { ...table, rows }, layout } };
  }

  /** The plan in three kinds of call: begin (everything but values), the values in blocks, finish. */
  async apply(
    plan: WritePlan,
    onProgress?: port.ProgressCallback,
  ): Promise<Outcome<port.WriteNotes>> {
    const problem = planProblem(plan);
    if (problem !== null)
      return {
        kind: 'error',
        code: 'bad-plan',
        message: `The write plan does not add up (${problem}). Nothing was changed.`,
      };
    const frame = frameOf(plan);
    onProgress?.(0, 'Checking the sheet');
    const begun = await this.calls.kamBeginWrite(frame);
    if (begun.kind === 'error') return begun;
    const target = targetOf(frame);
    const step = Math.max(1, Math.floor(CELLS_PER_CALL / Math.max(1, plan.columns.length)));
    for (let start = 0; start < plan.rowCount; start += step) {
      onProgress?.(start / plan.rowCount, `Writing results (${start} of ${plan.rowCount} rows)`);
      const block = rowBlock(plan, start, Math.min(plan.rowCount, start + step));
      let written = await this.calls.kamWriteRows(target, block);
      // A block is written whole or not at all from the next run's point of view: once more on a lost call.
      if (written.kind === 'error' && written.code === 'sheets-failure')
        written = await this.calls.kamWriteRows(target, block);
      if (written.kind === 'error')
        return {
          kind: 'error',
          code: 'partially-written',
          message: `${written.message} The results were written down to sheet row ${plan.firstDataRow + start - 1}; your own cells were not changed. Run "Identify key accounts" again, or "Clear results" to remove the partial results.`,
        };
    }
    const finished = await this.calls.kamFinishWrite(frame);
    if (finished.kind === 'error') return finished;
    onProgress?.(1, 'Done');
    return { kind: 'ok', value: { notes: [...begun.value.notes, ...finished.value.notes] } };
  }

  clearResults(request: port.TableRequest = {}): Promise<Outcome<port.WriteNotes>> {
    return this.calls.kamClearResults(request);
  }

  selectCell(sheet: string, address: string): Promise<Outcome<void>> {
    return this.calls.kamSelectCell(sheet, address);
  }
}
