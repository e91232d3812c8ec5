// Weight shares as whole percentages that always add up to exactly 100 (largest-remainder method).

/**
 * Rounds each weight's share of the total down, then hands the missing points to the largest
 * remainders (ties to the earlier criterion), so "30% + 30% + 40%" never reads "33% + 33% + 33%".
 * All weights 0 (or none) gives all 0: there is no share to show.
 */
export function largestRemainderPercents(weights: readonly number[]): number[] {
  const positive = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = positive.reduce((sum, w) => sum + w, 0);
  if (!(total > 0)) return positive.map(() => 0);
  const exact = positive.map((w) => (w / total) * 100);
  const floors = exact.map((x) => Math.floor(x));
  let missing = 100 - floors.reduce((sum, x) => sum + x, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, remainder: x - floors[i] }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    floors[i] += 1;
    missing -= 1;
  }
  return floors;
}
