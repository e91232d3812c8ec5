// The "KAM Summary" sheet in Sheets: emptied and rewritten in place when ours, its cells in one block
// (formats, values and live KAM_* formulas, fonts), column widths, and the Pareto combo chart.
import {
  type ParetoChartPlan,
  parseBox,
  type SummaryCellPlan,
  type SummarySheetPlan,
} from '../../core';
import type { SheetApi, SpreadsheetAppApi } from './apps-script';
import { cellValue, needsLiteralText } from './cells';
import { sheetsFormula } from './formulas';

/** Our chart's title: a re-run removes the charts on our summary sheet with this title, and no other. */
export const PARETO_TITLE_OPTION = 'title';

/** Sheets measures column widths in pixels: 7 a character and 5 of padding (Arial 10). */
export function charactersToPixels(characters: number): number {
  return Math.round(characters * 7 + 5);
}

/** A summary cell's number format: text "@" (so Sheets never reads it as a number or date), else the plan's. */
function formatOf(cell: SummaryCellPlan): string {
  if (cell.kamFormula === undefined && typeof cell.value === 'string') return '@';
  return cell.numberFormat ?? 'General';
}

type Look = { weight: 'bold' | 'normal'; style: 'italic' | 'normal'; size: number; color: string };

const PLAIN: Look = { weight: 'normal', style: 'normal', size: 10, color: '#000000' };

function lookOf(style: SummaryCellPlan['style']): Look {
  switch (style) {
    case 'title':
      return { ...PLAIN, weight: 'bold', size: 14 };
    case 'heading':
      return { ...PLAIN, weight: 'bold' };
    case 'note':
      return { ...PLAIN, style: 'italic', color: '#808080' };
    case 'label':
    case undefined:
      return PLAIN;
  }
}

/** Removes our Pareto chart(s) from a summary sheet we are about to rewrite. */
export function removeOurCharts(sheet: SheetApi, title: string): void {
  for (const chart of sheet.getCharts())
    if (chart.getOptions().get(PARETO_TITLE_OPTION) === title) sheet.removeChart(chart);
}

/**
 * Writes the summary's cells as one block: number formats first (text cells "@"), then values with
 * the live formulas among them (Sheets takes "=..." given to setValues as a formula), then the
 * fonts. Text that setValues would still read as a formula goes in as rich text.
 */
export function writeSummary(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  plan: SummarySheetPlan,
): void {
  const placed = plan.cells.flatMap((cell) => {
    const box = parseBox(cell.address);
    return box === null ? [] : [{ row: box.top, column: box.left, cell }];
  });
  if (placed.length > 0) {
    const top = Math.min(...placed.map((p) => p.row));
    const left = Math.min(...placed.map((p) => p.column));
    const rows = Math.max(...placed.map((p) => p.row)) - top + 1;
    const columns = Math.max(...placed.map((p) => p.column)) - left + 1;
    const grid = <T>(fill: T): T[][] =>
      Array.from({ length: rows }, () => new Array<T>(columns).fill(fill));
    const values = grid<string | number>('');
    const formats = grid('General');
    const weights = grid<'bold' | 'normal'>('normal');
    const styles = grid<'italic' | 'normal'>('normal');
    const sizes = grid(PLAIN.size);
    const colors = grid(PLAIN.color);
    const literal: { row: number; column: number; text: string }[] = [];
    for (const { row, column, cell } of placed) {
      const i = row - top;
      const j = column - left;
      formats[i][j] = formatOf(cell);
      const look = lookOf(cell.style);
      weights[i][j] = look.weight;
      styles[i][j] = look.style;
      sizes[i][j] = look.size;
      colors[i][j] = look.color;
      if (cell.kamFormula !== undefined) {
        values[i][j] = sheetsFormula(cell.kamFormula);
        continue;
      }
      const value = cellValue(cell.value);
      if (typeof value === 'string' && needsLiteralText(value))
        literal.push({ row, column, text: value });
      else values[i][j] = value;
    }
    const block = sheet.getRange(top, left, rows, columns);
    block.setNumberFormats(formats);
    block.setValues(values);
    block.setFontWeights(weights);
    block.setFontStyles(styles);
    block.setFontSizes(sizes);
    block.setFontColors(colors);
    for (const { row, column, text } of literal)
      sheet
        .getRange(row, column, 1, 1)
        .setRichTextValue(app.newRichTextValue().setText(text).build());
  }
  for (const [letters, width] of Object.entries(plan.columnWidths)) {
    const box = parseBox(`${letters}1`);
    if (box !== null) sheet.setColumnWidth(box.left, charactersToPixels(width));
  }
  if (plan.chart !== null) insertParetoChart(sheet, plan.chart);
}

/** The Pareto chart: revenue as columns, the cumulative share as a line on a second 0-100% axis. */
function insertParetoChart(sheet: SheetApi, plan: ParetoChartPlan): void {
  const rangeOf = (a1: string) => {
    const box = parseBox(a1);
    if (box === null) throw new Error(`Write plan: invalid chart range ${JSON.stringify(a1)}`);
    return sheet.getRange(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1);
  };
  const anchor = parseBox(plan.anchor);
  const chart = sheet
    .newChart()
    .asComboChart()
    .addRange(rangeOf(plan.categories))
    .addRange(rangeOf(plan.revenue))
    .addRange(rangeOf(plan.cumulativeShare))
    .setOption(PARETO_TITLE_OPTION, plan.title)
    .setOption('seriesType', 'bars')
    .setOption('series', {
      0: { type: 'bars', targetAxisIndex: 0, labelInLegend: 'Revenue' },
      1: { type: 'line', targetAxisIndex: 1, labelInLegend: 'Cumulative share' },
    })
    .setOption('vAxes', { 1: { format: 'percent', viewWindow: { min: 0, max: 1 } } })
    .setOption('legend', { position: 'bottom' })
    .setPosition(anchor?.top ?? 1, anchor?.left ?? 1, 0, 0)
    .build();
  sheet.insertChart(chart);
}
