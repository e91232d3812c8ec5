// The Apps Script bundle's entry: every top-level function the add-on needs (triggers, menu items,
// the sidebar's server calls, the KAM_* custom functions). build-sheets.js declares each export as a
// top-level `function` of the script, because Apps Script finds functions only there.
import { sheetsHost, showKamMethodology } from './menu';
import { sidebarApi } from './sidebar-api';

export {
  onOpen,
  onInstall,
  identifyKeyAccounts,
  openKamPanel,
  showKamMethodology,
  clearKamResults,
} from './menu';
export {
  KAM_SCORE,
  KAM_SCORES,
  KAM_TIER,
  KAM_STABILITY,
  KAM_EXPLAIN,
  KAM_TOPSHARE,
  KAM_ACCOUNTSHARE,
  KAM_ABC,
  KAM_PARETO,
  KAM_GINI,
  KAM_HHI,
  KAM_NORMALIZE,
  KAM_WEIGHTED,
} from './functions';

const api = sidebarApi(
  () => sheetsHost(),
  () => showKamMethodology(),
);
export const {
  kamCapabilities,
  kamReadTable,
  kamReadRows,
  kamBeginWrite,
  kamWriteRows,
  kamFinishWrite,
  kamClearResults,
  kamReadState,
  kamWriteState,
  kamSelectCell,
  kamShowMethodology,
} = api;
