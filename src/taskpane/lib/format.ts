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

/** Money without a currency (the sheet knows it, we do not): 1,234,567 -> "1.23M". */
export function formatAmount(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${(value / 1e9).toFixed(2)}B`;
  if (abs >= 1e6) return `${(value / 1e6).toFixed(2)}M`;
  if (abs >= 1e4) return `${(value / 1e3).toFixed(1)}k`;
  return formatNumber(value, abs < 10 && !Number.isInteger(value) ? 2 : 0);
}
