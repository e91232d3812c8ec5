// The short human summary printed after a run ("9 key accounts; 22% of accounts bring 80% of revenue; ...").
import { describeFilter, type RunReport } from '../core';

const percent = (x: number | null): string => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);

export function summaryLines(report: RunReport, outputPath: string): string[] {
  const c = report.concentration;
  const tierNames = Object.keys(report.tiers);
  const keyName = tierNames[0] ?? 'Key';
  const keyCount = report.tiers[keyName] ?? 0;
  const keyRevenue = report.accounts.reduce(
    (sum, a) => (a.tier === keyName && a.revenueShare !== null ? sum + a.revenueShare : sum),
    0,
  );
  const lines = [
    `${keyCount} ${keyName.toLowerCase()} account${keyCount === 1 ? '' : 's'} of ${report.accounts.length}, bringing ${percent(c.totalRevenue > 0 ? keyRevenue : null)} of revenue; ${c.paretoStatement.replace(/\.$/, '')}.`,
    `Tiers: ${tierNames.map((t) => `${t} ${report.tiers[t]}`).join(', ')}. Top 20% of accounts: ${percent(c.top20Share)} of revenue; Gini ${c.gini === null ? 'n/a' : c.gini.toFixed(2)}; HHI ${c.hhi === null ? 'n/a' : Math.round(c.hhi)}.`,
  ];
  const top = report.accounts
    .filter((a) => a.rank !== null && a.tier === keyName)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .slice(0, 5);
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
  if (report.notEnoughData > 0) {
    const n = report.notEnoughData;
    lines.push(
      `${n} account${n === 1 ? ' has' : 's have'} values for less than ${percent(report.model.minCoverage)} of the criteria weight: scored, but no rank or tier ("Not enough data"). Fill in their data, or lower minCoverage in the model.`,
    );
  }
  const warnings = report.diagnostics.filter((d) => d.severity !== 'info').length;
  if (warnings > 0)
    lines.push(
      `${warnings} data warning${warnings === 1 ? '' : 's'} (unreadable cells, missing values...): see the report (--json) for each cell.`,
    );
  lines.push(`Written to ${outputPath}`);
  return lines;
}
