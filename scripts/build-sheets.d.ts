// Types of scripts/build-sheets.js for the tests that load what it builds.
export interface Built {
  readonly code: number;
  readonly sidebar: number;
  readonly functions: readonly string[];
}
export function buildCode(): Promise<{ code: string; names: string[] }>;
export function buildSheets(options?: {
  out?: string;
  preview?: boolean;
  previewOut?: string;
}): Promise<Built>;
export const MANIFEST: {
  readonly timeZone: string;
  readonly runtimeVersion: string;
  readonly exceptionLogging: string;
  readonly oauthScopes: readonly string[];
};
export const GLOBAL: string;
