// The fake Excel's data: cells, tables, rules, charts, names, the write journal and Office.js-shaped errors.

export type Scalar = string | number | boolean;

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Style {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
}

export interface FakeCell {
  value: Scalar | null;
  formula: string | null;
  numberFormat: string;
  style: Style;
}

export interface FakeTable {
  name: string;
  sheet: string;
  box: Box;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface FakeRule {
  id: string;
  sheet: string;
  box: Box;
  type: string;
  /** The rule's settings as the adapter assigned them (colorScale, custom, dataBar objects). */
  settings: Record<string, unknown>;
}

export interface FakeSeries {
  name: string;
  values: string | null;
  xValues: string | null;
  chartType: string | null;
  axisGroup: string;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  title: { text: string };
  series: FakeSeries[];
  axes: Record<string, { maximum?: number; numberFormat?: string }>;
  legend: { position?: string };
  position: string | null;
}

export interface FakeName {
  formula: string;
  visible: boolean;
}

/** One write the adapter made, in order: what the injection and batching tests look at. */
export interface JournalEntry {
  batch: number;
  action: string;
  sheet: string;
  box: Box | null;
}

/** A thrown Office.js error, as OfficeExtension.Error looks to the adapter. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { errorLocation: string },
  ) {
    super(message);
  }
}
