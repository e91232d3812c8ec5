// A query as a chain of named steps (common table expressions), rendered one per line so a reader can follow it.

export interface Cte {
  readonly name: string;
  readonly body: string;
  /** Refers to itself: the query then starts WITH RECURSIVE. */
  readonly recursive: boolean;
  /** Declared column names, where the dialect allows a list and the step needs one. */
  readonly columns?: readonly string[];
}

export function cte(
  name: string,
  body: string,
  options: { recursive?: boolean; columns?: readonly string[] } = {},
): Cte {
  return { name, body, recursive: options.recursive ?? false, columns: options.columns };
}

/** SELECT with one item per line, so a generated query (and its golden file) reads column by column. */
export function select(items: readonly string[], from: string, tail = ''): string {
  return `SELECT\n    ${items.join(',\n    ')}\n  FROM ${from}${tail === '' ? '' : `\n  ${tail}`}`;
}

/** WITH [RECURSIVE] a AS (...), b AS (...) <final select>. */
export function renderQuery(header: string, ctes: readonly Cte[], finalSelect: string): string {
  const recursive = ctes.some((c) => c.recursive);
  const steps = ctes.map((c) => {
    const columns = c.columns !== undefined ? ` (${c.columns.join(', ')})` : '';
    return `${c.name}${columns} AS (\n  ${c.body}\n)`;
  });
  return `${header}\nWITH ${recursive ? 'RECURSIVE ' : ''}${steps.join(',\n')}\n${finalSelect}\n`;
}
