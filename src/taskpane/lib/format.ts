// Number formats the panel shows: whole percentages, scores, money and concentration indices.

/** 0.6134 -> "61%"; NaN or null -> "–" (nothing to measure). */
export function formatShare(share: number | null, digits = 0): string {
  if (share === null || !Number.isFinite(share)) return '–';
  return `${(share * 100).toFixed(digits)}%`;
}

/** Grouped number with a fixed count of decimals; NaN or null -> "–". */
export function formatNumber(value: number | null, digits = 0): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
