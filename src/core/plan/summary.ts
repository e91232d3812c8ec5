// The "KAM Summary" sheet as data: concentration figures, tier counts, the model, Pareto table and chart.
import { figureNotes } from '../diagnostics';
import { columnReference } from '../table/a1';
import { SummaryCells } from './summary-cells';
import { changesSection } from './summary-changes';
import { stabilitySection } from './summary-stability';
import { paretoStatement } from '../concentration/concentration';
import type { RunResult } from '../run/identify';
import { tierRevenueShare } from '../run/pipeline';
import { describeFilter } from '../table/filter';
import { NOT_ENOUGH_DATA } from '../score/tiers';
import { accountDrivers } from '../run/report';
import { SUMMARY_SHEET_NAME, type ParetoChartPlan, type SummarySheetPlan } from './types';

/** Above this many accounts the Pareto table lists the top ones and groups the rest in one row. */
export const PARETO_ROWS = 200;
/** The first band's accounts listed by name; a larger band is counted, and the tier column has them all. */
export const KEY_ACCOUNT_ROWS = 200;

/** What the summary sheet links to, from whoever runs the plan (a page the add-in serves). */
export interface SummaryLinks {
  /** The "How the numbers are computed" page: an http(s) or file URL; left out, the sheet says where it is. */
  readonly methodologyUrl?: string;
}

export const METHODOLOGY_TITLE = 'How the numbers are computed';

/** Sheet references to the result's own columns, for the live formulas (never built from user text). */
interface References {
  readonly revenue: string;
  readonly tier: string;
  readonly share: string;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function methodText(method: string, direction: string): string {
  return direction === 'lower' ? `${method}, lower is better` : method;
}

function concentrationFigures(out: SummaryCells, result: RunResult, refs: References): void {
  const c = result.pipeline.concentration;
  out.put(1, 'Revenue concentration', { style: 'heading' });
  out.next();
  const figures: [string, number | null, string, string | undefined][] = [
    ['Accounts with revenue', c.accounts, '0', undefined],
    ['Total revenue (negatives as 0)', finite(c.totalRevenue), '#,##0', undefined],
    [
      'Revenue share of the top 20% of accounts',
      finite(c.top20Share),
      '0.0%',
      `=KAM.TOPSHARE(${refs.revenue},0.2)`,
    ],
    ['Accounts that bring 80% of revenue', c.accountsFor80, '0', undefined],
    [
      'Share of accounts that bring 80% of revenue',
      finite(c.accountsFor80Share),
      '0.0%',
      `=KAM.ACCOUNTSHARE(${refs.revenue},0.8)`,
    ],
    [
      'Gini coefficient (0 = equal, 1 = one account)',
      finite(c.gini),
      '0.000',
      `=KAM.GINI(${refs.revenue})`,
    ],
    ['Herfindahl-Hirschman index (HHI)', finite(c.hhi), '#,##0', `=KAM.HHI(${refs.revenue})`],
  ];
  // With rows left out by a filter, a formula over the whole revenue column would count them:
  // the figures are then the run's values.
  const live = result.leftOut === 0;
  for (const [label, value, numberFormat, kamFormula] of figures) {
    out.put(1, label, { style: 'label' });
    out.put(
      2,
      value,
      kamFormula === undefined || !live ? { numberFormat } : { numberFormat, kamFormula },
    );
    out.next();
  }
  out.put(1, paretoStatement(c), { style: 'note' });
  out.next(2);
}

function tierTable(out: SummaryCells, result: RunResult, refs: References): void {
  const { tiers, concentration } = result.pipeline;
  out.headings('Tiers', 'Accounts', 'Revenue share');
  out.next();
  tiers.names.forEach((name, k) => {
    const nameCell = `A${out.row}`;
    out.put(1, name, { style: 'label' });
    // Formulas refer to the tier name's cell, never embed the (user-chosen) name itself, and
    // compare with "=" rather than COUNTIF/SUMIF, which would read "*" or ">5" in a name as a
    // pattern. SUMPRODUCT counts the blank ("") shares of unscored accounts as 0.
    out.put(2, tiers.counts[k], {
      numberFormat: '0',
      kamFormula: `=SUMPRODUCT(--(${refs.tier}=${nameCell}))`,
    });
    out.put(3, finite(tierRevenueShare(tiers.tierIndex, concentration, k)), {
      numberFormat: '0.0%',
      kamFormula: `=SUMPRODUCT(--(${refs.tier}=${nameCell}),${refs.share})`,
    });
    out.next();
  });
  const lacking = result.pipeline.notEnoughData;
  if (lacking > 0) {
    const nameCell = `A${out.row}`;
    out.put(1, NOT_ENOUGH_DATA, { style: 'label' });
    out.put(2, lacking, {
      numberFormat: '0',
      kamFormula: `=SUMPRODUCT(--(${refs.tier}=${nameCell}))`,
    });
    out.next();
    out.put(
      1,
      `${lacking === 1 ? '1 account has' : `${lacking} accounts have`} values for less than ${Math.round(result.model.minCoverage * 100)}% of the criteria weight: scored, but not ranked or tiered. Fill in their missing values, or lower the minimum coverage.`,
      { style: 'note' },
    );
    out.next();
  }
  out.next();
}

function modelTable(out: SummaryCells, result: RunResult): void {
  const { model } = result;
  out.headings('Scoring model', 'Column', 'Weight', 'Share of weight', 'Normalisation');
  out.next();
  const totalWeight = result.criteria.reduce((sum, k) => sum + k.criterion.weight, 0);
  for (const { label, header, criterion } of result.criteria) {
    out.put(1, label, { style: 'label' });
    out.put(2, header);
    out.put(3, criterion.weight, { numberFormat: '0.##' });
    out.put(4, criterion.weight / totalWeight, { numberFormat: '0.0%' });
    out.put(5, methodText(criterion.normalize.method, criterion.direction));
    out.next();
  }
  out.put(
    1,
    `Missing values: ${model.missing}; a tier needs values for ${Math.round(model.minCoverage * 100)}% of the weight. Tiers: ${model.tiers.method}. ABC thresholds: A below ${model.abc.a * 100}%, B below ${model.abc.b * 100}% of cumulative revenue.`,
    { style: 'note' },
  );
  out.next(2);
}

/**
 * The first band's accounts by rank (name, score, revenue, revenue share, drivers), as values: the
 * sheet is rewritten on every run, so a re-run refreshes the list.
 */
function keyAccountsTable(out: SummaryCells, result: RunResult): void {
  const p = result.pipeline;
  const band = p.tiers.names[0];
  const count = p.tiers.counts[0];
  if (band === undefined || count === 0) return;
  out.headings(`${band} accounts`, 'Score', 'Revenue', 'Revenue share', 'Drivers');
  out.next();
  let listed = 0;
  // order holds the ranked accounts first, best first (ties in input order).
  for (let k = 0; k < p.scored && listed < KEY_ACCOUNT_ROWS; k++) {
    const i = p.order[k];
    if (p.tiers.tierIndex[i] !== 0) continue;
    out.put(1, result.ids[i], { style: 'label' });
    out.put(2, finite(p.scores[i]), { numberFormat: '0.0' });
    out.put(3, finite(result.revenue[i]), { numberFormat: '#,##0' });
    out.put(4, finite(p.concentration.revenueShare[i]), { numberFormat: '0.0%' });
    out.put(5, accountDrivers(result, i));
    out.next();
    listed++;
  }
  if (listed < count) {
    out.put(
      1,
      `… and ${count - listed} more ${band} accounts: filter the tier column for "${band}" to see them all.`,
      { style: 'note' },
    );
    out.next();
  }
  out.next();
}

/** A URL as a string literal inside a formula: only web and file addresses, quotes doubled. */
function linkLiteral(url: string): string | null {
  if (!/^(https?|file):\/\/[^\s"]+$/i.test(url) || url.length > 255) return null;
  return `"${url.replace(/"/g, '""')}"`;
}

/** Where the explanation of every figure is: a live link where the host can make one, else the address. */
function methodologyLink(out: SummaryCells, links: SummaryLinks): void {
  out.put(1, METHODOLOGY_TITLE, { style: 'label' });
  const url = links.methodologyUrl;
  const literal = url === undefined ? null : linkLiteral(url);
  if (url === undefined || literal === null)
    out.put(
      2,
      "The add-in's page assets/methodology.html: in Excel and the browser preview, the link at the top of the panel.",
    );
  // Hosts that write formulas make it a link; the others write the address as text.
  else out.put(2, url, { kamFormula: `=HYPERLINK(${literal},"Open the explanation")` });
  out.next(2);
}

/** The Pareto data (accounts by revenue, descending, with cumulative share) and the chart over it. */
function paretoTable(out: SummaryCells, result: RunResult): ParetoChartPlan | null {
  const c = result.pipeline.concentration;
  if (c.accounts === 0 || !(c.totalRevenue > 0)) return null;
  out.headings('Pareto: accounts by revenue', 'Account', 'Revenue', 'Cumulative share');
  out.next();
  const first = out.row;
  const listed = c.accounts <= PARETO_ROWS ? c.accounts : PARETO_ROWS - 1;
  for (let k = 0; k < listed; k++) {
    const account = c.order[k];
    const revenue = result.revenue[account];
    out.put(1, k + 1, { numberFormat: '0' });
    out.put(2, result.ids[account]);
    out.put(3, revenue > 0 ? revenue : 0, { numberFormat: '#,##0' });
    out.put(4, c.lorenz[k + 1], { numberFormat: '0.0%' });
    out.next();
  }
  if (listed < c.accounts) {
    let rest = 0;
    for (let k = listed; k < c.accounts; k++) rest += Math.max(result.revenue[c.order[k]], 0);
    out.put(1, `${listed + 1}-${c.accounts}`);
    out.put(2, `All other ${c.accounts - listed} accounts`);
    out.put(3, rest, { numberFormat: '#,##0' });
    out.put(4, 1, { numberFormat: '0.0%' });
    out.next();
  }
  const last = out.row - 1;
  return {
    title: 'Revenue by account (Pareto)',
    categories: `B${first}:B${last}`,
    revenue: `C${first}:C${last}`,
    cumulativeShare: `D${first}:D${last}`,
    anchor: 'G4',
  };
}

export function planSummary(
  result: RunResult,
  tierColumn: number,
  shareColumn: number,
  history: string | null = null,
  links: SummaryLinks = {},
): SummarySheetPlan {
  const { table, model } = result;
  const firstRow = table.headerRow + 1;
  const lastRow = table.headerRow + result.source.rows.length;
  const reference = (column: number): string =>
    columnReference(table.sheet, column, firstRow, lastRow);
  const refs: References = {
    revenue: reference(table.firstColumn + result.revenueColumn.index),
    tier: reference(tierColumn),
    share: reference(shareColumn),
  };
  const out = new SummaryCells();
  out.put(1, 'Key account summary', { style: 'title' });
  out.next();
  out.put(
    1,
    `Model "${model.name}" on sheet "${table.sheet}", ${result.ids.length} accounts, revenue from "${result.revenueColumn.header}".`,
    { style: 'note' },
  );
  out.next();
  if (model.filter !== undefined) {
    out.put(
      1,
      `Accounts are the rows where ${describeFilter(model.filter)}: ${result.leftOut} ${result.leftOut === 1 ? 'row was' : 'rows were'} left out by the filter.`,
      { style: 'note' },
    );
    out.next();
  }
  for (const d of figureNotes(result.diagnostics)) {
    out.put(1, d.message, { style: 'note' });
    out.next();
  }
  out.next();
  concentrationFigures(out, result, refs);
  tierTable(out, result, refs);
  keyAccountsTable(out, result);
  stabilitySection(out, result);
  changesSection(out, result, history);
  modelTable(out, result);
  methodologyLink(out, links);
  const chart = paretoTable(out, result);
  return {
    name: SUMMARY_SHEET_NAME,
    cells: out.cells,
    // E holds the first band's drivers (three criteria and their points): wide enough that they do not run
    // under the chart, which starts at G.
    columnWidths: { A: 44, B: 26, C: 14, D: 16, E: 56 },
    chart,
  };
}
