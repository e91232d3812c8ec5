// From a run result to the WritePlan: result columns, formats and rules, as plain data (DESIGN 2, 5).
import type { RunResult } from '../run/identify';
import { headerKey } from '../table/headers';
import { sheetRowOf } from '../table/types';
import type {
  ConditionalFormatPlan,
  PlanValue,
  ResultColumnKey,
  ResultColumnPlan,
  SheetLayout,
  WritePlan,
} from './types';
import { planSummary, type SummaryLinks } from './summary';
import { abcLetter, accountDrivers, quadrantName, tierLabel } from '../run/report';
import { changeText } from '../history/changes';

interface ResultColumnSpec {
  readonly key: ResultColumnKey;
  readonly header: string;
  readonly numberFormat: string;
  /** Characters the column's values need; the header's own width is added in columnWidth. */
  readonly width: number;
  readonly value: (result: RunResult, account: number) => PlanValue;
  /** Written only when this holds (the change column needs a previous run); always when absent. */
  readonly when?: (result: RunResult) => boolean;
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Our result columns, in the order they are written beside the data. */
export const RESULT_COLUMNS: readonly ResultColumnSpec[] = [
  {
    key: 'score',
    header: 'KAM Score',
    numberFormat: '0.0',
    width: 11,
    value: (r, i) => finiteOrNull(r.pipeline.scores[i]),
  },
  {
    key: 'rank',
    header: 'KAM Rank',
    numberFormat: '0',
    width: 10,
    value: (r, i) => (r.pipeline.ranks[i] > 0 ? r.pipeline.ranks[i] : null),
  },
  { key: 'tier', header: 'KAM Tier', numberFormat: '@', width: 16, value: tierLabel },
  {
    key: 'revenueShare',
    header: 'KAM Revenue Share',
    numberFormat: '0.0%',
    width: 12,
    value: (r, i) => finiteOrNull(r.pipeline.concentration.revenueShare[i]),
  },
  {
    key: 'cumulativeShare',
    header: 'KAM Cumulative Share',
    numberFormat: '0.0%',
    width: 12,
    value: (r, i) => finiteOrNull(r.pipeline.concentration.cumulativeShare[i]),
  },
  {
    key: 'abc',
    header: 'KAM ABC',
    numberFormat: '@',
    width: 8,
    value: (r, i) => abcLetter(r.pipeline.concentration.abc[i]),
  },
  {
    key: 'portfolio',
    header: 'KAM Portfolio',
    numberFormat: '@',
    width: 16,
    value: (r, i) => quadrantName(r.pipeline.quadrant[i]),
  },
  { key: 'drivers', header: 'KAM Drivers', numberFormat: '@', width: 40, value: accountDrivers },
  {
    key: 'change',
    header: 'KAM Change',
    numberFormat: '@',
    width: 18,
    value: (r, i) =>
      r.changes === null ? null : changeText(r.changes, r.pipeline, tierLabel(r, i), i),
    when: (r) => r.changes !== null,
  },
  {
    key: 'stability',
    header: 'KAM Stability',
    numberFormat: '0%',
    width: 10,
    value: (r, i) => (r.stability === null ? null : finiteOrNull(r.stability.shares[i])),
    when: (r) => r.stability !== null,
  },
];

/**
 * Characters a column needs so that neither its values nor its header are cut off in any host: the
 * header is written bold (about a tenth wider than the default font's average character) and, in an
 * Excel table or a filtered range, shares its cell with the filter button (about two characters).
 */
export function columnWidth(header: string, valuesWidth: number): number {
  const BOLD = 1.1;
  const FILTER_BUTTON = 3;
  return Math.max(valuesWidth, Math.ceil(header.length * BOLD) + FILTER_BUTTON);
}

/** Tier fills in band order (Excel's good / neutral / blue styles), repeating for more bands. */
export const TIER_STYLES: readonly { readonly fill: string; readonly fontColor: string }[] = [
  { fill: '#C6EFCE', fontColor: '#006100' },
  { fill: '#FFEB9C', fontColor: '#9C5700' },
  { fill: '#DDEBF7', fontColor: '#1F4E78' },
  { fill: '#EDEDED', fontColor: '#3A3A3A' },
];
export const SCORE_SCALE_COLORS: readonly [string, string, string] = [
  '#F8696B',
  '#FFEB84',
  '#63BE7B',
];
export const SHARE_BAR_COLOR = '#5B9BD5';
export const STABILITY_BAR_COLOR = '#63BE7B';

/**
 * Places each result column: where an earlier run of ours wrote it, otherwise in the next free
 * column right of the data. A user column with our header keeps its cells; ours gets " (2)".
 */
function placeColumns(
  result: RunResult,
  layout: SheetLayout,
): { placed: { spec: ResultColumnSpec; header: string; column: number }[]; stale: number[] } {
  const { table } = result;
  const ownedColumnSet = new Set(Object.values(layout.ownedColumns));
  const userHeaders = new Set<string>();
  table.headers.forEach((h, j) => {
    if (!ownedColumnSet.has(table.firstColumn + j)) userHeaders.add(headerKey(h));
  });
  const taken = new Set<number>(ownedColumnSet);
  let nextFree = layout.firstFreeColumn;
  const used = new Set<number>();
  const placed = RESULT_COLUMNS.filter((spec) => spec.when?.(result) ?? true).map((spec) => {
    let header = spec.header;
    for (let k = 2; userHeaders.has(headerKey(header)); k++) header = `${spec.header} (${k})`;
    let column = layout.ownedColumns[header];
    if (column === undefined) {
      while (taken.has(nextFree)) nextFree++;
      column = nextFree;
      taken.add(column);
    }
    used.add(column);
    return { spec, header, column };
  });
  const stale = [...ownedColumnSet].filter((c) => !used.has(c)).sort((a, b) => a - b);
  return { placed, stale };
}

/**
 * The plan of what a run writes. `history` is what the summary says about the runs the workbook
 * keeps (see core/history), when the host keeps them; `links`, what the summary links to.
 */
export function planWrite(
  result: RunResult,
  layout: SheetLayout,
  history: string | null = null,
  links: SummaryLinks = {},
): WritePlan {
  const { table } = result;
  // The plan covers every row the host read; rows the filter left out get blank result cells.
  const rowCount = result.source.rows.length;
  const firstDataRow = table.headerRow + 1;
  const { placed, stale } = placeColumns(result, layout);
  const columns: ResultColumnPlan[] = placed.map(({ spec, header, column }) => {
    const values = new Array<PlanValue>(rowCount).fill(null);
    for (let i = 0; i < result.ids.length; i++)
      values[sheetRowOf(table, i) - firstDataRow] = spec.value(result, i);
    return {
      key: spec.key,
      header,
      column,
      numberFormat: spec.numberFormat,
      width: columnWidth(header, spec.width),
      values,
    };
  });
  const columnOf = (key: ResultColumnKey): number =>
    placed.find((p) => p.spec.key === key)?.column ?? 0;

  const conditionalFormats: ConditionalFormatPlan[] = [
    { kind: 'color-scale', column: columnOf('score'), colors: SCORE_SCALE_COLORS },
    ...result.pipeline.tiers.names.map((name, k): ConditionalFormatPlan => ({
      kind: 'text-equals',
      column: columnOf('tier'),
      text: name,
      ...TIER_STYLES[k % TIER_STYLES.length],
    })),
    { kind: 'data-bar', column: columnOf('revenueShare'), color: SHARE_BAR_COLOR },
    // A bar from 0 to 100% on stability: the colour scale the score has would rank the accounts
    // against each other, and with most at 100% paint 100% as its middle (yellow).
    ...(result.stability === null
      ? []
      : [
          {
            kind: 'data-bar',
            column: columnOf('stability'),
            color: STABILITY_BAR_COLOR,
          } satisfies ConditionalFormatPlan,
        ]),
  ];

  return {
    sheet: table.sheet,
    ...(table.tableName !== undefined ? { tableName: table.tableName } : {}),
    headerRow: table.headerRow,
    firstDataRow,
    rowCount,
    columns,
    staleColumns: stale,
    conditionalFormats,
    summary: planSummary(result, columnOf('tier'), columnOf('revenueShare'), history, links),
  };
}
