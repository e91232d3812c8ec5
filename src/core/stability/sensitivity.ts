// Weight sensitivity (DESIGN 3.9): per criterion, the smallest relative change of its weight alone,
// down and up, that changes the set of first-band accounts, found from the exact crossing points.
import { COVERAGE_TOLERANCE, SCORE_TOLERANCE } from '../score/equality';
import { bandCutOff, NO_TIER, nominalBandEnds } from '../score/tiers';
import { type WeightingInput, weightingScorer } from './draws';
import { weightingTiers } from './edges';
import { scoreLines, type ScoreLines } from './lines';

/** How far a weight may move: down to nothing (-100%), up to three times itself (+200%). */
export const SENSITIVITY_DOWN = 1;
export const SENSITIVITY_UP = 2;
/** A change this small already moving the first band means its last places are tied. */
const TIE_PROBE = 1e-7;
/** Past this many envelope changes the scan gives up on exactness and bisects (never seen). */
const MAX_STEPS = 20_000;

/** Relative weight changes: `down` negative (-0.18 = 18% less), `up` positive; null when none in range. */
export interface WeightSensitivity {
  readonly down: number | null;
  readonly up: number | null;
}

/**
 * Each criterion's sensitivity. Under one weight's change every score is a ratio of two linear
 * functions of the change (the denominator is the weight the account's score divides by), so two
 * accounts cross where a quadratic vanishes: the scan follows the lowest first-band account and
 * the highest other account from crossing to crossing until they meet, and checks coverage events
 * (an account reaching or losing the minimum coverage) with the run's own tier rules.
 */
export function weightSensitivity(
  input: WeightingInput,
  weights: readonly number[],
  tierIndex: Uint8Array,
): WeightSensitivity[] {
  const lines = scoreLines(input, weights);
  const scorer = weightingScorer(input);
  const n = scorer.accounts;
  const scores = new Float64Array(n);
  const tierer = weightingTiers(input.tiers, n);
  const tiers = new Uint8Array(n);
  const changedAt = (k: number, change: number): boolean => {
    const moved = weights.map((w, c) => (c === k ? w * (1 + change) : w));
    scorer.scoreInto(moved, scores);
    const tops = tierer.bandTops(scores);
    if (tops !== null && tops.length > 0) return firstBandDiffers(scores, tops[0], tierIndex);
    tierer.assignWithoutTops(scores, tiers);
    for (let i = 0; i < n; i++) if ((tiers[i] === 0) !== (tierIndex[i] === 0)) return true;
    return false;
  };
  return weights.map((_, k) => {
    const scan = (sign: 1 | -1, limit: number): number | null => {
      const found = firstChange(
        input,
        () => lines.along(k, sign),
        tierIndex,
        limit,
        (y) => changedAt(k, sign * y),
      );
      return found === null ? null : found === 0 ? 0 : sign * found;
    };
    return { down: scan(-1, SENSITIVITY_DOWN), up: scan(1, SENSITIVITY_UP) };
  });
}

/** Whether some account is in the first band (within the tolerance of its top) unlike in the run. */
function firstBandDiffers(scores: Float64Array, top: number, tierIndex: Uint8Array): boolean {
  for (let i = 0; i < scores.length; i++)
    if (top - scores[i] <= SCORE_TOLERANCE !== (tierIndex[i] === 0)) return true;
  return false;
}

/**
 * The first y in (0, limit] at which the first band changes along the lines, or null. The lines
 * are worked out only when the band survives the smallest change (on large tables with accounts
 * tied at the edge, it rarely does).
 */
function firstChange(
  input: WeightingInput,
  linesAlong: () => ScoreLines,
  tierIndex: Uint8Array,
  limit: number,
  changedAt: (y: number) => boolean,
): number | null {
  if (changedAt(TIE_PROBE)) return 0;
  const line = linesAlong();
  if (input.tiers.method === 'thresholds') return thresholdChange(input, line, tierIndex, limit);
  // No account ranked: the first one to reach the minimum coverage fills the first band.
  if (!tierIndex.some((t) => t === 0))
    return (
      coverageEvents(input, line, limit).find(({ at, account }) =>
        line.eligible(account, at + 1e-12),
      )?.at ?? null
    );
  // Down to a zero weight the end itself is checked with the run's rules: some scores divide by 0 there.
  const open = limit === SENSITIVITY_DOWN ? limit - 1e-12 : limit;
  const found = kineticChange(input, line, tierIndex, open, changedAt);
  if (found !== null || open === limit) return found;
  return changedAt(limit) ? limit : null;
}

/** First-band size before ties, for `ranked` ranked accounts. */
function firstBandSize(input: WeightingInput, ranked: number): number {
  return Math.min(nominalBandEnds(input.tiers, ranked)[0], ranked);
}

function kineticChange(
  input: WeightingInput,
  line: ScoreLines,
  tierIndex: Uint8Array,
  limit: number,
  changedAt: (y: number) => boolean,
): number | null {
  const n = tierIndex.length;
  const eligible = Uint8Array.from(tierIndex, (t) => (t === NO_TIER ? 0 : 1));
  let ranked = eligible.reduce((sum, e) => sum + e, 0);
  const events = coverageEvents(input, line, limit);
  const isMember = (i: number): boolean => tierIndex[i] === 0;
  const members = tierIndex.reduce((sum, t) => sum + (t === 0 ? 1 : 0), 0);
  const extreme = (members: boolean, y: number): number => {
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (eligible[i] === 0 || isMember(i) !== members) continue;
      if (best < 0 || (members ? line.below(i, best, y) : line.below(best, i, y))) best = i;
    }
    return best;
  };
  let y = 0;
  let low = extreme(true, y);
  let high = extreme(false, y);
  // A band widened by near-ties whose scores are not the same function of the weight comes apart
  // where their gap passes the tolerance, not at a crossing: the run's rules are asked directly.
  if (members > firstBandSize(input, ranked)) {
    const lowest = line.score(low, 0);
    for (let i = 0; i < n; i++)
      if (isMember(i) && line.score(i, 0) - lowest <= 2 * SCORE_TOLERANCE && !line.same(i, low))
        return bisectChange(limit, changedAt);
  }
  let event = 0;
  for (let step = 0; step < MAX_STEPS; step++) {
    let next = Infinity;
    let newLow = -1;
    let meet = false;
    // Pairs that just crossed at y meet again only past a rounding of y; the edge pair counts at y itself.
    const past = y + 1e-12;
    for (let i = 0; i < n; i++) {
      if (eligible[i] === 0) continue;
      if (isMember(i) && i !== low) {
        const r = line.crossing(i, low, past, limit);
        if (r < next) [next, newLow] = [r, i];
      } else if (!isMember(i) && high >= 0 && i !== high) {
        const r = line.crossing(i, high, past, limit);
        if (r < next) [next, newLow] = [r, -1];
      }
    }
    if (high >= 0) {
      // The other account joins the band once it is within the tie tolerance of its last member.
      const r = line.crossing(low, high, Math.max(0, y - 1e-12), limit, SCORE_TOLERANCE / 100);
      if (r <= next) [next, meet] = [r, true];
    }
    if (event < events.length && events[event].at <= next) {
      const { at, account } = events[event++];
      const after = at + 1e-12;
      const nowEligible = line.eligible(account, after) ? 1 : 0;
      if (nowEligible === eligible[account]) continue;
      if (isMember(account)) return at;
      const before = firstBandSize(input, ranked);
      eligible[account] = nowEligible;
      ranked += nowEligible === 1 ? 1 : -1;
      if (firstBandSize(input, ranked) !== before && changedAt(after)) return at;
      if (nowEligible === 1 && !line.below(account, low, after)) return at;
      y = at;
      low = extreme(true, after);
      high = extreme(false, after);
      continue;
    }
    if (!(next <= limit)) return null;
    if (meet)
      // Only a scan down to a zero weight (limit just below 1) has scores whose divisor vanishes.
      return limit < SENSITIVITY_DOWN && next > limit - 1e-6
        ? confirmedChange(next, limit, changedAt)
        : next;
    // A band widened by accounts tied at its edge loses a member that falls below the tie (once
    // it is more than the tolerance below, which the run's own rules settle).
    const widened = newLow >= 0 && members > firstBandSize(input, ranked);
    if (widened) {
      if (changedAt(Math.min(limit, next + 1e-9 * Math.max(1, next)))) return next;
      // Not yet: the tie holds it while it is within the tolerance, so it leaves where the gap
      // passes the tolerance, which a slowly parting pair reaches well past the crossing.
      const apart = line.crossing(low, newLow, next, limit, SCORE_TOLERANCE / 100);
      if (apart <= limit && changedAt(Math.min(limit, apart + 1e-9 * Math.max(1, apart))))
        return apart;
    }
    // Several accounts may cross at one point: the lowest member and highest other are found again,
    // just past it (at the crossing itself a rounding decides which of two equal scores is lower).
    y = next;
    low = extreme(true, y + 1e-9);
    high = extreme(false, y + 1e-9);
  }
  return bisectChange(limit, changedAt);
}

/**
 * A crossing where the band's last member and the next account come within the tie tolerance,
 * checked with the run's rules. When one of the two loses its last weighted value as the weight
 * goes to zero, both scores share a vanishing divisor and the quadratic finds the root only to
 * about 1e-8 (the square root of a rounding): if the band has not changed there yet but has by
 * `end`, the change is found by bisection on the run's own tiers.
 */
function confirmedChange(at: number, end: number, changedAt: (y: number) => boolean): number {
  if (!(end > at) || changedAt(at) || !changedAt(end)) return at;
  let [lo, hi] = [at, end];
  for (let k = 0; k < 80; k++) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    if (changedAt(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The fallback past MAX_STEPS: the first change on a fine grid, narrowed by bisection. */
function bisectChange(limit: number, changedAt: (y: number) => boolean): number | null {
  const STEPS = 2000;
  let previous = 0;
  for (let s = 1; s <= STEPS; s++) {
    const y = (limit * s) / STEPS;
    if (!changedAt(y)) {
      previous = y;
      continue;
    }
    let [lo, hi] = [previous, y];
    for (let k = 0; k < 40; k++) {
      const mid = (lo + hi) / 2;
      if (changedAt(mid)) hi = mid;
      else lo = mid;
    }
    return hi;
  }
  return null;
}

/** Where some account's coverage crosses the minimum, soonest first. */
function coverageEvents(
  input: WeightingInput,
  line: ScoreLines,
  limit: number,
): { at: number; account: number }[] {
  const events: { at: number; account: number }[] = [];
  const minimum = input.minCoverage - COVERAGE_TOLERANCE;
  for (let i = 0; i < line.accounts; i++) {
    const at = line.coverageCrossing(i, minimum);
    if (at > 0 && at <= limit) events.push({ at, account: i });
  }
  return events.sort((a, b) => a.at - b.at);
}

/** Threshold bands: the first band changes where some account's score or coverage crosses its minimum. */
function thresholdChange(
  input: WeightingInput,
  line: ScoreLines,
  tierIndex: Uint8Array,
  limit: number,
): number | null {
  const cutOff = bandCutOff(input.tiers, 0) - SCORE_TOLERANCE;
  const minimum = input.minCoverage - COVERAGE_TOLERANCE;
  const inBand = (i: number, y: number): boolean =>
    line.eligible(i, y) && line.score(i, y) >= cutOff;
  let first = Infinity;
  for (let i = 0; i < line.accounts; i++) {
    if (!line.scored(i)) continue;
    for (const at of [line.levelCrossing(i, cutOff), line.coverageCrossing(i, minimum)]) {
      if (!(at > 0 && at <= limit && at < first)) continue;
      const probe = Math.min(limit, at + 1e-9 * Math.max(1, at));
      if (inBand(i, probe) !== (tierIndex[i] === 0) || inBand(i, at) !== (tierIndex[i] === 0))
        first = at;
    }
  }
  return Number.isFinite(first) ? first : null;
}
