// Label maps for text criteria: the column's labels, prefilled from the rating vocabularies, else spread best first.
import {
  columnLabels,
  orderLabels,
  spreadLabels,
  findColumn,
  ratingOf,
  type RawTable,
} from '../../core';

/** The distinct text labels of a column (first-seen order), or null when it holds free text or is missing. */
export function textLabels(table: RawTable, header: string): string[] | null {
  const index = findColumn(table.headers, header);
  return index < 0 ? null : columnLabels(table, index);
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * A label the built-in vocabulary knows keeps its fixed value (High = 1, BBB = 0.62), so a custom
 * map starts out scoring exactly as the "rating" method did; the others are spread evenly from 1
 * to 0 in the order the core would rank them (numbered labels "Tier 1" first, else first seen).
 */
export function prefillLabelMap(labels: readonly string[]): Record<string, number> {
  const spread = spreadLabels(orderLabels(labels).ordered);
  const map: Record<string, number> = {};
  for (const label of labels) map[label] = round4(ratingOf(label) ?? spread[label] ?? 0);
  return map;
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
