// Label maps for text criteria: the column's labels, prefilled from the rating vocabularies, else spread best first.
import {
  columnLabels,
  findColumn,
  knownLabelOrder,
  MAX_MAPPED_LABELS,
  ratingOf,
  type RawTable,
} from '../../core';

/** The distinct text labels of a column (first-seen order), or null when it holds free text or is missing. */
export function textLabels(table: RawTable, header: string): string[] | null {
  const index = findColumn(table.headers, header);
  return index < 0 ? null : columnLabels(table, index, MAX_MAPPED_LABELS);
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * The values a custom label map starts with: the labels' known order (rating words at their fixed
 * values, a known picklist such as Hot/Warm/Cold, numbered tiers), or nothing at all when no order
 * is known: the user then values each label before the criterion counts, never a guessed order.
 */
export function prefillLabelMap(labels: readonly string[]): Record<string, number> {
  const order = knownLabelOrder(labels);
  return order === null ? {} : { ...order.map };
}

/** The built-in vocabulary's value of each label; labels it does not know are left out. */
export function vocabularyValues(labels: readonly string[]): { label: string; value: number }[] {
  const known: { label: string; value: number }[] = [];
  for (const label of labels) {
    const value = ratingOf(label);
    if (value !== undefined) known.push({ label, value: round4(value) });
  }
  return known;
}
