// The short human summary printed after a run ("9 key accounts; 22% of accounts bring 80% of revenue; ...").
import {
  accountReport,
  BORDERLINE_STABILITY,
  describeFilter,
  figureNotes,
  mostSensitive,
  type RunReport,
  type RunResult,
  signedPercent,
  stabilityHeadline,
  tierRevenueShare,
} from '../core';

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The first `count` accounts of the first tier by rank (ties in input order, as the ranks give them). */
function topOfFirstTier(result: RunResult, count: number): number[] {
  const { tierIndex } = result.pipeline.tiers;
  const ranks = result.pipeline.ranks;
  const top: number[] = [];
  for (let i = 0; i < tierIndex.length; i++) {
    if (tierIndex[i] !== 0 || !(ranks[i] > 0)) continue;
    // Insertion into a list of at most `count`: one pass over a full sheet, no sort of it.
    let at = top.length;
    while (at > 0 && ranks[top[at - 1]] > ranks[i]) at--;
    if (at < count) {
      top.splice(at, 0, i);
      if (top.length > count) top.pop();
    }
  }
  return top;
}

const percent = (x: number | null): string => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);

/** What the summary's headline lines say, whichever way the run was made (the core, or SQL in DuckDB). */
export interface Headline {
  readonly accounts: number;
  /** Tier names and counts, in band order. */
  readonly tiers: readonly { readonly name: string; readonly accounts: number }[];
  /** Revenue share of the first tier; null without revenue. */
  readonly keyRevenueShare: number | null;
  readonly paretoStatement: string;
  readonly top20Share: number | null;
  readonly gini: number | null;
  readonly hhi: number | null;
  readonly notEnoughData: number;
  readonly minCoverage: number;
}

/** The headline, the tier line and the "Not enough data" advice. */
export function headlineLines(h: Headline): string[] {
  const keyName = h.tiers[0]?.name ?? 'Key';
  const keyCount = h.tiers[0]?.accounts ?? 0;
  const lines = [
    `${keyCount} ${keyName.toLowerCase()} account${keyCount === 1 ? '' : 's'} of ${h.accounts}, bringing ${percent(h.keyRevenueShare)} of revenue; ${h.paretoStatement.replace(/\.$/, '')}.`,
    `Tiers: ${h.tiers.map((t) => `${t.name} ${t.accounts}`).join(', ')}. Top 20% of accounts: ${percent(h.top20Share)} of revenue; Gini ${h.gini === null ? 'n/a' : h.gini.toFixed(2)}; HHI ${h.hhi === null ? 'n/a' : Math.round(h.hhi)}.`,
  ];
  if (h.notEnoughData > 0) {
    const n = h.notEnoughData;
    lines.push(
      `${n} account${n === 1 ? ' has' : 's have'} values for less than ${percent(h.minCoverage)} of the criteria weight: scored, but no rank or tier ("Not enough data"). Fill in their data, or lower minCoverage in the model.`,
    );
  }
  return lines;
}

/**
 * The summary of a run, from its result and the report without its accounts: a full sheet's
 * accounts are never all built as report objects, only the first band's top five.
 */
export function summaryLines(result: RunResult, report: RunReport, outputPath: string): string[] {
  const c = report.concentration;
  const tierNames = Object.keys(report.tiers);
  const keyName = tierNames[0] ?? 'Key';
  const [headline, tierLine, ...advice] = headlineLines({
    accounts: result.ids.length,
    tiers: tierNames.map((name) => ({ name, accounts: report.tiers[name] })),
    keyRevenueShare: orNull(
      tierRevenueShare(result.pipeline.tiers.tierIndex, result.pipeline.concentration, 0),
    ),
    paretoStatement: c.paretoStatement,
    top20Share: c.top20Share,
    gini: c.gini,
    hhi: c.hhi,
    notEnoughData: report.notEnoughData,
    minCoverage: report.model.minCoverage,
  });
  const lines = [headline, tierLine];
  const top = topOfFirstTier(result, 5).map((i) => accountReport(result, i));
  if (top.length > 0) {
    lines.push(
      `Top ${keyName.toLowerCase()} accounts: ${top.map((a) => `${a.id} (${(a.score ?? 0).toFixed(1)}: ${a.drivers})`).join('; ')}.`,
    );
  }
  if (report.model.filter !== undefined) {
    const n = report.source.leftOut;
    lines.push(
      `${n} row${n === 1 ? '' : 's'} left out by the filter: the accounts are the rows where ${describeFilter(report.model.filter)}.`,
    );
  }
  lines.push(...advice, ...stabilityLines(result, keyName), ...changesLines(report, keyName));
  lines.push(...figureNotes(report.diagnostics).map((d) => d.message));
  const warnings = report.diagnostics.filter((d) => d.severity !== 'info').length;
  if (warnings > 0)
    lines.push(
      `${warnings} data warning${warnings === 1 ? '' : 's'} (unreadable cells, missing values...): see the report (--json) for each cell.`,
    );
  lines.push(`Written to ${outputPath}`);
  return lines;
}

/** What changed since the run compared with: who entered or left the first band, new and gone. */
function changesLines(report: RunReport, keyName: string): string[] {
  const c = report.changes;
  if (c === null) return [];
  const lines = [
    `Since the run of ${c.since.slice(0, 10)}: ${c.entered.length} entered ${keyName}, ${c.left.length} left it; ${c.new.length} new account${c.new.length === 1 ? '' : 's'}, ${c.gone.length} gone.`,
  ];
  if (c.modelChanged)
    lines.push(
      `The model changed since then ("${c.previousModel}" then): accounts move for that reason too.`,
    );
  return lines;
}

/** "Stability: 54 of 60 Key accounts keep their tier in ≥ 80% of weightings; most sensitive: ...". */
function stabilityLines(result: RunResult, keyName: string): string[] {
  if (result.stability === null) return [];
  const { tierIndex } = result.pipeline.tiers;
  const shares = result.stability.shares;
  let key = 0;
  let kept = 0;
  for (let i = 0; i < tierIndex.length; i++) {
    if (tierIndex[i] !== 0) continue;
    key++;
    if (shares[i] >= BORDERLINE_STABILITY) kept++;
  }
  const most = mostSensitive(result.stability.sensitivity);
  const sensitive =
    most === null
      ? `no single weight from nothing to three times itself changes the ${keyName} accounts`
      : `most sensitive: ${most.label} (${signedPercent(most.down)} / ${signedPercent(most.up)})`;
  return [`Stability: ${stabilityHeadline(kept, key, keyName)}; ${sensitive}.`];
}
