// What the Sheets host writes, known to the sidebar's page as well as to the server.
import type { HostCapabilities } from '../port';

/** A Pareto chart and live KAM_* formulas; a named range does not grow around our columns. */
export const SHEETS_CAPABILITIES: HostCapabilities = {
  charts: true,
  liveFormulas: true,
  tableColumns: false,
};
