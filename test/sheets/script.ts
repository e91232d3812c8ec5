// Loads the Apps Script file `npm run build:sheets` writes (Code.js) into a bare Node vm context whose
// only globals are the fake services: no require, no timers, no process, as in Apps Script's V8.
import { buildCode } from '../../scripts/build-sheets';
import type { SidebarApi } from '../../src/sheets/sidebar-api';
import type { FakeGoogle } from './fake';
import { loadCode, type LoadedScript } from './vm';

export type { LoadedScript } from './vm';

/** The add-on's top-level functions, as Apps Script (and the sidebar's google.script.run) calls them. */
export interface AddOnScript extends SidebarApi {
  onOpen(event?: unknown): void;
  onInstall(event?: unknown): void;
  identifyKeyAccounts(): Promise<void>;
  openKamPanel(): void;
  showKamMethodology(): void;
  clearKamResults(): void;
  KAM_SCORE(row: unknown): number | string;
  KAM_SCORES(table: unknown): (number | string)[][];
  KAM_TIER(row: unknown): string;
  KAM_EXPLAIN(row: unknown): (number | string)[][];
  KAM_TOPSHARE(revenues: unknown, p?: unknown): number;
  KAM_ACCOUNTSHARE(revenues: unknown, q?: unknown): number;
  KAM_ABC(revenues: unknown, a?: unknown, b?: unknown): string[][];
  KAM_PARETO(revenues: unknown): (number | string)[][];
  KAM_GINI(revenues: unknown): number;
  KAM_HHI(revenues: unknown): number;
  KAM_NORMALIZE(values: unknown, method?: unknown): (number | string)[][];
  KAM_WEIGHTED(values: unknown, weights: unknown): number | string;
  [serverFunction: string]: unknown;
}

let built: Promise<{ code: string; names: string[] }> | undefined;

/** Code.js, built once per test process. */
export function addOnCode(): Promise<{ code: string; names: string[] }> {
  built ??= buildCode();
  return built;
}

/** A fresh execution environment: Code.js evaluated in a context holding only the fake services. */
export async function loadScript(google: FakeGoogle): Promise<LoadedScript> {
  return loadCode((await addOnCode()).code, google);
}
