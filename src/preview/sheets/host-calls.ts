// The sidebar's server functions served by any WorkbookHost in the page (the preview's file host),
// with the same names and types as the Apps Script ones: the panel runs unchanged without Google.
import { fail, type PlanValue, type ResultColumnPlan, type WritePlan } from '../../core';
import type { WorkbookHost } from '../../hosts/port';
import type { PlanFrame } from '../../hosts/sheets/frame';
import type { ServerCalls } from '../../sheets/client/server-calls';

/**
 * `whenReady` gives the host once the workbook is open. Writes arrive as on Apps Script (the frame,
 * blocks of rows, the finish); the rows are gathered and the whole plan goes to the host at the finish.
 */
/** Where build-sheets.js --preview puts the methodology page beside the sidebar's page. */
export const METHODOLOGY_PAGE = 'methodology.html';

export function hostCalls(whenReady: () => Promise<WorkbookHost>): ServerCalls {
  let pending: { frame: PlanFrame; values: PlanValue[][] } | null = null;
  return {
    kamCapabilities: async () => (await whenReady()).capabilities(),
    kamReadTable: async (request) => {
      const read = await (await whenReady()).readTable(request ?? {});
      if (read.kind === 'error') return read;
      return { kind: 'ok', value: { ...read.value, totalRows: read.value.table.rows.length } };
    },
    kamReadRows: async () =>
      fail(
        'bad-plan',
        'The preview hands over the whole table at once: there are no more rows to read.',
      ),
    kamBeginWrite: async (frame) => {
      const f = frame as PlanFrame;
      pending = {
        frame: f,
        values: f.columns.map(() => new Array<PlanValue>(f.rowCount).fill(null)),
      };
      return { kind: 'ok', value: { notes: [] } };
    },
    kamWriteRows: async (_target, block) => {
      const { start, values } = block as { start: number; values: PlanValue[][] };
      if (pending === null) return fail('bad-plan', 'Rows arrived before the write began.');
      const columns = pending.values;
      values.forEach((row, i) => row.forEach((value, j) => (columns[j][start + i] = value)));
      return { kind: 'ok', value: undefined };
    },
    kamFinishWrite: async () => {
      if (pending === null) return fail('bad-plan', 'The write finished before it began.');
      const { frame, values } = pending;
      pending = null;
      const columns: ResultColumnPlan[] = frame.columns.map((c, j) => ({
        ...c,
        values: values[j],
      }));
      const plan: WritePlan = { ...frame, columns };
      return (await whenReady()).apply(plan);
    },
    kamClearResults: async (request) => (await whenReady()).clearResults(request ?? {}),
    kamReadState: async (key) => (await whenReady()).state.store.read(key),
    kamWriteState: async (entries) => (await whenReady()).state.store.write(entries),
    kamSelectCell: async (sheet, address) => (await whenReady()).selectCell(sheet, address),
    // Apps Script opens a dialog; the page opens the copy build-sheets.js puts beside it.
    kamShowMethodology: async () => {
      window.open(METHODOLOGY_PAGE, '_blank', 'noopener');
      return { kind: 'ok', value: undefined };
    },
  };
}
