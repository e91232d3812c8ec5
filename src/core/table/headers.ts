// How headers are compared and found everywhere (models, label maps, detection), and which headers are our own results.
import type { ResultColumnKey } from '../plan/types';

/** Header matching used everywhere: case- and space-insensitive. */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/** Resolves a header name from a model to a column index, case- and space-insensitively (headerKey); -1 when absent. */
export function findColumn(headers: readonly string[], name: string): number {
  const key = headerKey(name);
  return headers.findIndex((h) => headerKey(h) === key);
}

/** The headers of our result columns, by key: the plan writes them, and a run never reads them as data. */
export const RESULT_HEADERS: Readonly<Record<ResultColumnKey, string>> = {
  score: 'KAM Score',
  rank: 'KAM Rank',
  tier: 'KAM Tier',
  revenueShare: 'KAM Revenue Share',
  cumulativeShare: 'KAM Cumulative Share',
  abc: 'KAM ABC',
  portfolio: 'KAM Portfolio',
  drivers: 'KAM Drivers',
  change: 'KAM Change',
  stability: 'KAM Stability',
};

const RESULT_HEADER_KEYS: ReadonlySet<string> = new Set(
  Object.values(RESULT_HEADERS).map(headerKey),
);

/**
 * Whether a header is one of our result columns ("KAM Score", or "KAM Score (2)" beside a user's
 * own column of that name): an earlier run's results are never inputs, and are left out of what a
 * row formula lines up with. Only our own names: a key-account team's "KAM Owner" or "KAM Rating"
 * is their data.
 */
export function isResultHeader(header: string): boolean {
  return RESULT_HEADER_KEYS.has(headerKey(header.trim().replace(/\s*\(\d+\)$/, '')));
}
