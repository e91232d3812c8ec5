// The "KAM Summary" sheet as data: concentration figures, tier counts, the model, Pareto table and chart.
import { columnLetters, columnReference } from '../table/a1';
import { paretoStatement } from '../concentration/concentration';
import type { RunResult } from '../run/identify';
import { tierRevenueShare } from '../run/pipeline';
import {
  SUMMARY_SHEET_NAME,
  type ParetoChartPlan,
  type SummaryCellPlan,
  type SummarySheetPlan,
} from './types';

/** Above this many accounts the Pareto table lists the top ones and groups the rest in one row. */
export const PARETO_ROWS = 200;

function methodText(method: string, direction: string): string {
  return direction === 'lower' ? `${method}, lower is better` : method;
}

export function planSummary(
  result: RunResult,
  tierColumn: number,
  shareColumn: number,
): SummarySheetPlan {
  const { table, model, pipeline } = result;
  const c = pipeline.concentration;
  const firstRow = table.headerRow + 1;
  const lastRow = table.headerRow + result.ids.length;
  const revenueRef = columnReference(
    table.sheet,
    table.firstColumn + result.revenueColumn.index,
    firstRow,
    lastRow,
  );
  const tierRef = columnReference(table.sheet, tierColumn, firstRow, lastRow);
  const shareRef = columnReference(table.sheet, shareColumn, firstRow, lastRow);
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

  const cells: SummaryCellPlan[] = [];
  const put = (
    address: string,
    value: SummaryCellPlan['value'],
    extra: Omit<SummaryCellPlan, 'address' | 'value'> = {},
  ): void => {
    cells.push({ address, value, ...extra });
  };
  put('A1', 'Key account summary', { style: 'title' });
  put(
    'A2',
    `Model "${model.name}" on sheet "${table.sheet}", ${result.ids.length} accounts, revenue from "${result.revenueColumn.header}".`,
    { style: 'note' },
  );

  put('A4', 'Revenue concentration', { style: 'heading' });
  const figures: [string, number | null, string, string | undefined][] = [
    ['Accounts with revenue', c.accounts, '0', undefined],
    ['Total revenue (negatives as 0)', c.totalRevenue, '#,##0', undefined],
    [
      'Revenue share of the top 20% of accounts',
      finite(c.top20Share),
      '0.0%',
      `=KAM.TOPSHARE(${revenueRef},0.2)`,
    ],
    ['Accounts that bring 80% of revenue', c.accountsFor80, '0', undefined],
    [
      'Share of accounts that bring 80% of revenue',
      finite(c.accountsFor80Share),
      '0.0%',
      `=KAM.ACCOUNTSHARE(${revenueRef},0.8)`,
    ],
    [
      'Gini coefficient (0 = equal, 1 = one account)',
      finite(c.gini),
      '0.000',
      `=KAM.GINI(${revenueRef})`,
    ],
    ['Herfindahl-Hirschman index (HHI)', finite(c.hhi), '#,##0', `=KAM.HHI(${revenueRef})`],
  ];
  let row = 5;
  for (const [label, value, numberFormat, kamFormula] of figures) {
    put(`A${row}`, label, { style: 'label' });
    put(
      `B${row}`,
      value,
      kamFormula === undefined ? { numberFormat } : { numberFormat, kamFormula },
    );
    row++;
  }
  put(`A${row}`, paretoStatement(c), { style: 'note' });
  row += 2;

  put(`A${row}`, 'Tiers', { style: 'heading' });
  put(`B${row}`, 'Accounts', { style: 'heading' });
  put(`C${row}`, 'Revenue share', { style: 'heading' });
  row++;
  pipeline.tiers.names.forEach((name, k) => {
    put(`A${row}`, name, { style: 'label' });
    // Formulas refer to the tier name's cell, never embed the (user-chosen) name itself, and
    // compare with "=" rather than COUNTIF/SUMIF, which would read "*" or ">5" in a name as a
    // pattern. SUMPRODUCT counts the blank ("") shares of unscored accounts as 0.
    put(`B${row}`, pipeline.tiers.counts[k], {
      numberFormat: '0',
      kamFormula: `=SUMPRODUCT(--(${tierRef}=A${row}))`,
    });
    put(`C${row}`, finite(tierRevenueShare(pipeline.tiers.tierIndex, c, k)), {
      numberFormat: '0.0%',
      kamFormula: `=SUMPRODUCT(--(${tierRef}=A${row}),${shareRef})`,
    });
    row++;
  });
  row++;

  put(`A${row}`, 'Scoring model', { style: 'heading' });
  ['Column', 'Weight', 'Share of weight', 'Normalisation'].forEach((h, k) =>
    put(`${columnLetters(2 + k)}${row}`, h, { style: 'heading' }),
  );
  row++;
  const totalWeight = result.criteria.reduce((sum, k) => sum + k.criterion.weight, 0);
  for (const criterion of result.criteria) {
    put(`A${row}`, criterion.label, { style: 'label' });
    put(`B${row}`, criterion.header);
    put(`C${row}`, criterion.criterion.weight, { numberFormat: '0.##' });
    put(`D${row}`, criterion.criterion.weight / totalWeight, { numberFormat: '0.0%' });
    put(`E${row}`, methodText(criterion.criterion.normalize.method, criterion.criterion.direction));
    row++;
  }
  put(
    `A${row}`,
    `Missing values: ${model.missing}. Tiers: ${model.tiers.method}. ABC thresholds: A below ${model.abc.a * 100}%, B below ${model.abc.b * 100}% of cumulative revenue.`,
    { style: 'note' },
  );
  row += 2;

  const chart = paretoTable(result, row, put);
  return {
    name: SUMMARY_SHEET_NAME,
    cells,
    columnWidths: { A: 44, B: 26, C: 14, D: 16, E: 22 },
    chart,
  };
}

/** The Pareto data (accounts by revenue, descending, with cumulative share) and the chart over it. */
function paretoTable(
  result: RunResult,
  startRow: number,
  put: (
    address: string,
    value: SummaryCellPlan['value'],
    extra?: Omit<SummaryCellPlan, 'address' | 'value'>,
  ) => void,
): ParetoChartPlan | null {
  const c = result.pipeline.concentration;
  if (c.accounts === 0 || !(c.totalRevenue > 0)) return null;
  let row = startRow;
  put(`A${row}`, 'Pareto: accounts by revenue', { style: 'heading' });
  ['Account', 'Revenue', 'Cumulative share'].forEach((h, k) =>
    put(`${columnLetters(2 + k)}${row}`, h, { style: 'heading' }),
  );
  row++;
  const first = row;
  const listed = c.accounts <= PARETO_ROWS ? c.accounts : PARETO_ROWS - 1;
  for (let k = 0; k < listed; k++) {
    const account = c.order[k];
    const revenue = result.revenue[account];
    put(`A${row}`, k + 1, { numberFormat: '0' });
    put(`B${row}`, result.ids[account]);
    put(`C${row}`, revenue > 0 ? revenue : 0, { numberFormat: '#,##0' });
    put(`D${row}`, c.lorenz[k + 1], { numberFormat: '0.0%' });
    row++;
  }
  if (listed < c.accounts) {
    put(`A${row}`, `${listed + 1}-${c.accounts}`);
    put(`B${row}`, `All other ${c.accounts - listed} accounts`);
    let rest = 0;
    for (let k = listed; k < c.accounts; k++) rest += Math.max(result.revenue[c.order[k]], 0);
    put(`C${row}`, rest, { numberFormat: '#,##0' });
    put(`D${row}`, 1, { numberFormat: '0.0%' });
    row++;
  }
  const last = row - 1;
  return {
    title: 'Revenue by account (Pareto)',
    categories: `B${first}:B${last}`,
    revenue: `C${first}:C${last}`,
    cumulativeShare: `D${first}:D${last}`,
    anchor: 'G4',
  };
}
