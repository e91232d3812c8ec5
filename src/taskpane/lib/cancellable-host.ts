// A WorkbookHost that refuses to go on once a run is cancelled: checked after the read and before the first write.
import type { WorkbookHost } from '../../hosts/port';
import type { Outcome } from '../../core';

export const CANCELLED_CODE = 'cancelled';

const CANCELLED: Outcome<never> = {
  kind: 'error',
  code: CANCELLED_CODE,
  message: 'Cancelled: nothing was written to the workbook.',
};

/** Lets the browser paint the progress and handle a click on Cancel before the next step. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * identifyAndWrite reads, computes (synchronously) and then writes. Wrapping the host lets a run be
 * cancelled between those steps without a second copy of the job: a cancelled read or a cancelled
 * first write returns an error Outcome, and nothing reaches the workbook.
 */
export function cancellableHost(host: WorkbookHost, signal: AbortSignal): WorkbookHost {
  return {
    readTable: async (request) => {
      if (signal.aborted) return CANCELLED;
      const read = await host.readTable(request);
      await nextTask();
      return signal.aborted ? CANCELLED : read;
    },
    apply: async (plan, onProgress) => {
      await nextTask();
      if (signal.aborted) return CANCELLED;
      return host.apply(plan, onProgress);
    },
    clearResults: (request) => host.clearResults(request),
    capabilities: () => host.capabilities(),
    state: host.state,
    selectCell: (sheet, address) => host.selectCell(sheet, address),
  };
}
