// "1224" ranks with the 1e-9 equality and the tiers (DESIGN 3.3-3.4) as SQL over the distinct rankable scores.
import type { Model } from '../model/schema';
import { assertNever } from '../outcome';
import { SCORE_TOLERANCE } from '../score/equality';
import { type Cte, cte } from './cte';
import { type DialectRules, doubleLiteral } from './dialect';
import { scoreColumns } from './scoring';

export const rankColumns = { rank: 'kam__rank', scored: 'kam__scored', tier: 'kam__tier_index' };

/**
 * Ranks, computed once per distinct score and joined back:
 * - `above`: how many rankable accounts score higher (a running count, best first);
 * - clusters: runs of distinct scores each within 1e-9 of the one before. A gap of more than
 *   1e-9 always starts a new tie group, and a cluster spanning at most 1e-9 is one group;
 * - a cluster spanning more (a chain of near scores) is split the core's way, each group measured
 *   from its top, by walking its scores in a recursive CTE. Engines without recursive CTEs (Spark
 *   before 4.1) keep such a chain as one group: the one documented difference (docs/warehouse.md);
 * - an account's rank is 1 + the number of accounts above its group's top.
 */
export function rankingCtes(rules: DialectRules, source: string): Cte[] {
  const tol = doubleLiteral(rules, SCORE_TOLERANCE);
  const { rankScore } = scoreColumns;
  const bestFirst = 'ORDER BY kam__s DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW';
  const ctes: Cte[] = [
    cte(
      'kam_score_counts',
      `SELECT ${rankScore} AS kam__s, COUNT(*) AS kam__c FROM ${source} WHERE ${rankScore} IS NOT NULL GROUP BY ${rankScore}`,
    ),
    cte(
      'kam_score_walk',
      `SELECT kam__s, SUM(kam__c) OVER (${bestFirst}) - kam__c AS kam__above, CASE WHEN LAG(kam__s) OVER (ORDER BY kam__s DESC) - kam__s <= ${tol} THEN 0 ELSE 1 END AS kam__starts FROM kam_score_counts`,
    ),
    cte(
      'kam_score_clusters',
      `SELECT kam__s, kam__above, SUM(kam__starts) OVER (${bestFirst}) AS kam__cluster FROM kam_score_walk`,
    ),
    cte(
      'kam_cluster_bounds',
      'SELECT kam__s, kam__above, kam__cluster, MAX(kam__s) OVER (PARTITION BY kam__cluster) AS kam__cluster_top, MIN(kam__s) OVER (PARTITION BY kam__cluster) AS kam__cluster_bottom FROM kam_score_clusters',
    ),
  ];
  if (rules.recursive) {
    const walkColumns = ['kam__cluster', 'kam__k', 'kam__s', 'kam__top'];
    ctes.push(
      cte(
        'kam_chain',
        `SELECT kam__cluster, kam__s, ROW_NUMBER() OVER (PARTITION BY kam__cluster ORDER BY kam__s DESC) AS kam__k FROM kam_cluster_bounds WHERE kam__cluster_top - kam__cluster_bottom > ${tol}`,
      ),
      cte(
        'kam_chain_walk',
        `SELECT kam__cluster, kam__k, kam__s, kam__s AS kam__top FROM kam_chain WHERE kam__k = 1 UNION ALL SELECT c.kam__cluster, c.kam__k, c.kam__s, CASE WHEN w.kam__top - c.kam__s <= ${tol} THEN w.kam__top ELSE c.kam__s END AS kam__top FROM kam_chain_walk w JOIN kam_chain c ON c.kam__cluster = w.kam__cluster AND c.kam__k = w.kam__k + 1`,
        { recursive: true, columns: rules.cteColumnList ? walkColumns : undefined },
      ),
      cte(
        'kam_group_tops',
        'SELECT b.kam__s, b.kam__above, COALESCE(w.kam__top, b.kam__cluster_top) AS kam__top FROM kam_cluster_bounds b LEFT JOIN kam_chain_walk w ON w.kam__cluster = b.kam__cluster AND w.kam__s = b.kam__s',
      ),
    );
  } else {
    ctes.push(
      cte(
        'kam_group_tops',
        'SELECT kam__s, kam__above, kam__cluster_top AS kam__top FROM kam_cluster_bounds',
      ),
    );
  }
  ctes.push(
    cte(
      'kam_ranks',
      'SELECT kam__s, MIN(kam__above) OVER (PARTITION BY kam__top) + 1 AS kam__rank FROM kam_group_tops',
    ),
    cte(
      'kam_ranked',
      `SELECT a.*, r.kam__rank, n.kam__scored FROM ${source} a LEFT JOIN kam_ranks r ON r.kam__s = a.${rankScore} CROSS JOIN (SELECT COUNT(${rankScore}) AS kam__scored FROM ${source}) n`,
    ),
  );
  return ctes;
}

/** Cumulative shares of top-share bands, summed in band order as the core sums them. */
function cumulativeShares(bands: readonly { share?: number }[]): number[] {
  let cumulative = 0;
  return bands.map((band) => (cumulative += band.share ?? 0));
}

/**
 * The tier index of a ranked account (NULL when unranked). A band ends at its nominal rank, and
 * an account whose rank is at most that end belongs to it: with "1224" ranks this is exactly the
 * core's rule that an account sharing the rank of a band's last account joins the band. Top-share
 * ends are floor(C·n + 1e-9), the first at least 1; thresholds count a score 1e-9 below a cut-off.
 */
export function tierIndexColumn(rules: DialectRules, model: Model): string {
  const policy = model.tiers;
  const last = policy.bands.length - 1;
  const { rank, scored } = rankColumns;
  const arms: string[] = [];
  switch (policy.method) {
    case 'top-share': {
      const cumulative = cumulativeShares(policy.bands);
      for (let j = 0; j < last; j++) {
        const end = `FLOOR(${doubleLiteral(rules, cumulative[j])} * CAST(${scored} AS ${rules.doubleType}) + ${doubleLiteral(rules, 1e-9)})`;
        arms.push(`WHEN ${rank} <= ${j === 0 ? `GREATEST(1, ${end})` : end} THEN ${j}`);
      }
      break;
    }
    case 'top-n': {
      let cumulative = 0;
      for (let j = 0; j < last; j++) {
        cumulative += policy.bands[j].count ?? 0;
        arms.push(`WHEN ${rank} <= ${cumulative} THEN ${j}`);
      }
      break;
    }
    case 'thresholds':
      for (let j = 0; j < last; j++) {
        const cutOff = policy.bands[j].min;
        if (cutOff === undefined) break; // the schema allows this on the last band only
        const reaches = doubleLiteral(rules, cutOff - SCORE_TOLERANCE);
        arms.push(`WHEN ${scoreColumns.score} >= ${reaches} THEN ${j}`);
      }
      break;
    default:
      return assertNever(policy, 'tier policy');
  }
  return `CASE WHEN ${rank} IS NULL THEN NULL ${arms.join(' ')} ELSE ${last} END AS ${rankColumns.tier}`;
}
