// Where a run's results are and what the summary sheet holds, said the same way by the panel, the ribbon and the CLI.
import { SUMMARY_SHEET_NAME } from '../core';
import type { HostCapabilities } from './port';

/** One sentence naming the result columns' sheet and what the summary sheet holds on this host. */
export function describeOutput(sheet: string, capabilities: HostCapabilities | null): string {
  const figures =
    capabilities?.liveFormulas === true
      ? 'the concentration figures as live formulas'
      : 'the concentration figures';
  const pareto =
    capabilities === null
      ? 'the Pareto data'
      : capabilities.charts
        ? 'a Pareto chart'
        : 'the Pareto table (this format has no chart: insert a combo chart over it in Excel)';
  return `The results are in the KAM columns beside your data on sheet "${sheet}"; the "${SUMMARY_SHEET_NAME}" sheet has ${figures}, tier counts, the model and ${pareto}.`;
}
