// The weighted score, coverage and minimum coverage as SQL (DESIGN 3.3), in the core's order of operations.
import type { Model } from '../model/schema';
import { COVERAGE_TOLERANCE } from '../score/equality';
import { missingValue } from '../score/score';
import { type DialectRules, doubleLiteral } from './dialect';
import { internal } from './criteria';

export const scoreColumns = {
  present: 'kam__present',
  weighted: 'kam__weighted',
  score: 'kam__score',
  coverage: 'kam__coverage',
  /** The score of an account that takes part in ranking (enough coverage), else NULL. */
  rankScore: 'kam__rank_score',
};

/** Total weight summed in model order, as scoreAccounts sums it (the same double). */
function totalWeight(model: Model): number {
  let total = 0;
  for (const c of model.criteria) total += c.weight;
  return total;
}

/**
 * Present weight and weighted sum, summed from 0 in model order like the core, so the engine
 * rounds exactly as the core does. A missing value adds nothing under reweight, w·0 under zero and
 * w·0.5 under neutral (the product taken here once, as the core takes it once).
 */
export function sumColumns(rules: DialectRules, model: Model): string[] {
  const fill = missingValue(model.missing);
  const present: string[] = [doubleLiteral(rules, 0)];
  const weighted: string[] = [doubleLiteral(rules, 0)];
  model.criteria.forEach((criterion, k) => {
    const v = internal.normalized(k + 1);
    const w = doubleLiteral(rules, criterion.weight);
    const missing = doubleLiteral(rules, fill === fill ? criterion.weight * fill : 0);
    present.push(`CASE WHEN ${v} IS NULL THEN ${doubleLiteral(rules, 0)} ELSE ${w} END`);
    weighted.push(`CASE WHEN ${v} IS NULL THEN ${missing} ELSE ${w} * ${v} END`);
  });
  // Left-nested sums ((0 + a) + b) + c: every engine adds a chain of + from the left.
  return [
    `${present.join(' + ')} AS ${scoreColumns.present}`,
    `${weighted.join(' + ')} AS ${scoreColumns.weighted}`,
  ];
}

/**
 * Score = weighted sum × (100 / denominator): the present weight under reweight (no score without
 * one), the total weight otherwise. Coverage = present / total weight under every policy. An
 * account reaches the minimum coverage 1e-9 below it (DESIGN 3.3): only those are ranked.
 */
export function scoreAndCoverage(rules: DialectRules, model: Model): string[] {
  const { present, weighted, score, coverage } = scoreColumns;
  const total = totalWeight(model);
  const scoreExpr =
    model.missing === 'reweight'
      ? `CASE WHEN ${present} > 0 THEN ${weighted} * (${doubleLiteral(rules, 100)} / ${present}) END`
      : `${weighted} * ${doubleLiteral(rules, 100 / total)}`;
  return [`${scoreExpr} AS ${score}`, `${present} / ${doubleLiteral(rules, total)} AS ${coverage}`];
}

/**
 * The score again where the account is ranked, NULL where it is not: a plain column the ranks can
 * be joined back on by equality (a join on "rankable AND score = s" is no equi-join, and DuckDB
 * then compares every account with every score).
 */
export function rankScoreColumn(rules: DialectRules, model: Model): string {
  const { score, coverage, rankScore } = scoreColumns;
  const reaches = doubleLiteral(rules, model.minCoverage - COVERAGE_TOLERANCE);
  return `CASE WHEN ${score} IS NOT NULL AND ${coverage} >= ${reaches} THEN ${score} END AS ${rankScore}`;
}
