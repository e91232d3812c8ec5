// The write plan: everything a host writes back, as plain data. Hosts only execute it (DESIGN 2).

/** A value to write. A string is always literal text: hosts must never let it become a formula. */
export type PlanValue = string | number | null;

export type ResultColumnKey =
  | 'score'
  | 'rank'
  | 'tier'
  | 'revenueShare'
  | 'cumulativeShare'
  | 'abc'
  | 'portfolio'
  | 'drivers'
  | 'change'
  | 'stability';

export interface ResultColumnPlan {
  readonly key: ResultColumnKey;
  /** Header text, e.g. "KAM Score" ("KAM Score (2)" when the user already has a column of that name). */
  readonly header: string;
  /** 1-based sheet column the column goes into. */
  readonly column: number;
  /** Excel number format code, e.g. "0.0", "0.0%", "@" for text. */
  readonly numberFormat: string;
  /** Suggested width in characters. */
  readonly width: number;
  /** One value per data row, in table order (row i goes to sheet row firstDataRow + i). */
  readonly values: PlanValues;
}

/**
 * A column's values: a list, or for a number column the numbers themselves with NaN for a blank (a
 * full sheet's scores as a million doubles instead of a million boxed values; the plan may share
 * the run's own array). Hosts read a value with planValueAt and never write into a plan.
 */
export type PlanValues = readonly PlanValue[] | Float64Array;

/** Value i of a column: NaN (a number column's blank) and a place past the end read as blank. */
export function planValueAt(values: PlanValues, i: number): PlanValue {
  const value = values[i];
  return value === undefined || Number.isNaN(value) ? null : value;
}

/** A column's values as the list a host writes: a number column's NaN read as blank. */
export function planValueList(values: PlanValues): PlanValue[] {
  return Array.from(values, (_value: PlanValue, i) => planValueAt(values, i));
}

/** Whether a column holds a text `test` accepts (a number column holds none). */
export function someText(values: PlanValues, test: (text: string) => boolean): boolean {
  if (ArrayBuffer.isView(values)) return false;
  return values.some((value) => typeof value === 'string' && test(value));
}

/** A conditional-format rule over one result column's data cells. */
export type ConditionalFormatPlan =
  | {
      readonly kind: 'color-scale';
      readonly column: number;
      /** Low, middle, high colours as #RRGGBB; the scale runs over min, 50th percentile, max. */
      readonly colors: readonly [string, string, string];
    }
  | {
      readonly kind: 'text-equals';
      readonly column: number;
      readonly text: string;
      readonly fill: string;
      readonly fontColor: string;
    }
  | {
      readonly kind: 'data-bar';
      readonly column: number;
      readonly color: string;
    };

export interface SummaryCellPlan {
  /** A1 address on the summary sheet. */
  readonly address: string;
  /** The value computed by the core (written by hosts that cannot evaluate KAM.* formulas). */
  readonly value: PlanValue;
  /**
   * A live formula for hosts that have the KAM custom functions (Excel), e.g.
   * `=KAM.TOPSHARE('Accounts'!$D$2:$D$61,0.2)`. Built from sheet references only, never from user text.
   */
  readonly kamFormula?: string;
  readonly numberFormat?: string;
  readonly style?: 'title' | 'heading' | 'label' | 'note';
}

/** A Pareto chart: revenue columns with the cumulative share as a line on a secondary axis. */
export interface ParetoChartPlan {
  readonly title: string;
  /** Ranges on the summary sheet, A1 style without sheet name. */
  readonly categories: string;
  readonly revenue: string;
  readonly cumulativeShare: string;
  /** Where the chart's top-left corner goes on the summary sheet. */
  readonly anchor: string;
}

export interface SummarySheetPlan {
  readonly name: string;
  readonly cells: readonly SummaryCellPlan[];
  /** Column widths in characters, by column letter. */
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly chart: ParetoChartPlan | null;
}

export interface WritePlan {
  readonly sheet: string;
  /** The Excel table the data is in, when it is one (result columns become table columns). */
  readonly tableName?: string;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly rowCount: number;
  readonly columns: readonly ResultColumnPlan[];
  /** Columns a previous run of ours wrote that this plan no longer uses: hosts clear them. */
  readonly staleColumns: readonly number[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly summary: SummarySheetPlan;
}

/** What a host knows about the sheet beyond the table itself. */
export interface SheetLayout {
  /** Sheet columns holding result columns written by an earlier run of ours, by header text. */
  readonly ownedColumns: Readonly<Record<string, number>>;
  /** First 1-based column right of the data from which every cell of the table's rows is empty. */
  readonly firstFreeColumn: number;
}

export const SUMMARY_SHEET_NAME = 'KAM Summary';
