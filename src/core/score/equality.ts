// "Equal means equal" (DESIGN 3.3): scores a float rounding apart are one score for ranks, band edges
// and cut-offs, and a coverage a rounding below the minimum reaches it. Reported values are never rounded.

/**
 * Scores within this of each other (on the 0-100 scale) are equal. 100·(3·0.6+0.4)/4 and
 * 100·(3·0.4+1)/4 are both 55 but come out as 54.99999999999999 and 55.00000000000001.
 */
export const SCORE_TOLERANCE = 1e-9;

/** A coverage (0..1) this little below the minimum still reaches it. */
export const COVERAGE_TOLERANCE = 1e-9;

/** Whether a score reaches a cut-off, counting one a rounding below it as reaching it. */
export function reachesScore(score: number, cutOff: number): boolean {
  return score >= cutOff - SCORE_TOLERANCE;
}

/** Whether an account's coverage reaches the model's minimum (DESIGN 3.3, minimum coverage). */
export function reachesCoverage(coverage: number, minCoverage: number): boolean {
  return coverage >= minCoverage - COVERAGE_TOLERANCE;
}
