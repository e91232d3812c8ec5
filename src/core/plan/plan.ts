// From a run result to the WritePlan: result columns, formats and rules, as plain data (DESIGN 2, 5).
import type { RunResult } from '../run/identify';
import { headerKey, RESULT_HEADERS } from '../table/headers';
import { sheetRowOf } from '../table/types';
import type {
  ConditionalFormatPlan,
  PlanValue,
  PlanValues,
  ResultColumnKey,
  ResultColumnPlan,
  SheetLayout,
  WritePlan,
} from './types';
import { planSummary, type SummaryLinks } from './summary';
import { abcLetter, accountDrivers, quadrantName, tierLabel } from '../run/report';
import { changeText } from '../history/changes';

interface ColumnSpecBase {
  readonly key: ResultColumnKey;
  readonly header: string;
  readonly numberFormat: string;
  /** Characters the column's values need; the header's own width is added in columnWidth. */
  readonly width: number;
  /** Written only when this holds (the change column needs a previous run); always when absent. */
  readonly when?: (result: RunResult) => boolean;
}

/** A column of text (and blanks): one value per account. */
interface TextColumnSpec extends ColumnSpecBase {
  readonly value: (result: RunResult, account: number) => PlanValue;
}

/** A column of numbers: the run's numbers for every account at once, anything but a finite number blank. */
interface NumberColumnSpec extends ColumnSpecBase {
  readonly numbers: (result: RunResult) => Float64Array;
}

type ResultColumnSpec = TextColumnSpec | NumberColumnSpec;

/** The ranks as numbers: 0 (no rank) is a blank. */
function rankNumbers(result: RunResult): Float64Array {
  const ranks = result.pipeline.ranks;
  const numbers = new Float64Array(ranks.length);
  for (let i = 0; i < ranks.length; i++) numbers[i] = ranks[i] > 0 ? ranks[i] : NaN;
  return numbers;
}

const NO_NUMBERS = new Float64Array(0);

/** Our result columns, in the order they are written beside the data. */
export const RESULT_COLUMNS: readonly ResultColumnSpec[] = [
  {
    key: 'score',
    header: RESULT_HEADERS.score,
    numberFormat: '0.0',
    width: 11,
    numbers: (r) => r.pipeline.scores,
  },
  { key: 'rank', header: RESULT_HEADERS.rank, numberFormat: '0', width: 10, numbers: rankNumbers },
  { key: 'tier', header: RESULT_HEADERS.tier, numberFormat: '@', width: 16, value: tierLabel },
  {
    key: 'revenueShare',
    header: RESULT_HEADERS.revenueShare,
    numberFormat: '0.0%',
    width: 12,
    numbers: (r) => r.pipeline.concentration.revenueShare,
  },
  {
    key: 'cumulativeShare',
    header: RESULT_HEADERS.cumulativeShare,
    numberFormat: '0.0%',
    width: 12,
    numbers: (r) => r.pipeline.concentration.cumulativeShare,
  },
  {
    key: 'abc',
    header: RESULT_HEADERS.abc,
    numberFormat: '@',
    width: 8,
    value: (r, i) => abcLetter(r.pipeline.concentration.abc[i]),
  },
  {
    key: 'portfolio',
    header: RESULT_HEADERS.portfolio,
    numberFormat: '@',
    width: 16,
    value: (r, i) => quadrantName(r.pipeline.quadrant[i]),
  },
  {
    key: 'drivers',
    header: RESULT_HEADERS.drivers,
    numberFormat: '@',
    width: 40,
    value: accountDrivers,
  },
  {
    key: 'change',
    header: RESULT_HEADERS.change,
    numberFormat: '@',
    width: 18,
    value: (r, i) =>
      r.changes === null ? null : changeText(r.changes, r.pipeline, tierLabel(r, i), i),
    when: (r) => r.changes !== null,
  },
  {
    key: 'stability',
    header: RESULT_HEADERS.stability,
    numberFormat: '0%',
    width: 10,
    numbers: (r) => r.stability?.shares ?? NO_NUMBERS,
    when: (r) => r.stability !== null,
  },
];

/** Whether every number is finite or NaN: such an array already says blank the way a plan does. */
function finiteOrNaN(numbers: Float64Array): boolean {
  for (let i = 0; i < numbers.length; i++) {
    const x = numbers[i];
    if (x === Infinity || x === -Infinity) return false;
  }
  return true;
}

/**
 * A column's values at their data rows (rows the filter left out blank). A number column shares
 * the run's array when the accounts are the rows, in order, and it holds no infinity.
 */
function columnValues(
  spec: ResultColumnSpec,
  result: RunResult,
  rowCount: number,
  dataRowOf: (account: number) => number,
): PlanValues {
  const accounts = result.ids.length;
  const sameRows = accounts === rowCount && result.table.sheetRows === undefined;
  if ('numbers' in spec) {
    const numbers = spec.numbers(result);
    if (sameRows && numbers.length === accounts && finiteOrNaN(numbers)) return numbers;
    const values = new Float64Array(rowCount).fill(NaN);
    for (let i = 0; i < accounts; i++)
      if (Number.isFinite(numbers[i])) values[dataRowOf(i)] = numbers[i];
    return values;
  }
  const values = new Array<PlanValue>(rowCount).fill(null);
  for (let i = 0; i < accounts; i++) values[dataRowOf(i)] = spec.value(result, i);
  return values;
}

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
  const dataRowOf = (account: number): number => sheetRowOf(table, account) - firstDataRow;
  const columns: ResultColumnPlan[] = placed.map(({ spec, header, column }) => ({
    key: spec.key,
    header,
    column,
    numberFormat: spec.numberFormat,
    width: columnWidth(header, spec.width),
    values: columnValues(spec, result, rowCount, dataRowOf),
  }));
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
