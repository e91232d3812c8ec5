// How headers are compared and found everywhere (models, label maps, detection), and which headers are our own results.

/** Header matching used everywhere: case- and space-insensitive. */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/** Resolves a header name from a model to a column index, case- and space-insensitively (headerKey); -1 when absent. */
export function findColumn(headers: readonly string[], name: string): number {
  const key = headerKey(name);
  return headers.findIndex((h) => headerKey(h) === key);
}

/**
 * Headers of our own result columns start with "KAM " ("KAM Score", "KAM Tier" ...): an earlier
 * run's results are never inputs, and are left out of what a row formula lines up with.
 */
export function isResultHeader(header: string): boolean {
  return /^kam\s/i.test(header.trim());
}
