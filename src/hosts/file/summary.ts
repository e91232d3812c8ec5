// The summary sheet: replaced only when it is ours (marked), written from the plan's computed values.
import type { Font, Workbook, Worksheet } from 'exceljs';
import type { SummaryCellPlan, SummarySheetPlan } from '../../core';
import { cellValue } from './columns';
import { markSummary, markedSummarySheet, unmarkSummary } from './markers';

const STYLE_FONTS: Record<NonNullable<SummaryCellPlan['style']>, Partial<Font> | undefined> = {
  title: { bold: true, size: 14 },
  heading: { bold: true },
  label: undefined,
  note: { italic: true, color: { argb: 'FF808080' } },
};

function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}

/**
 * Deletes our summary sheet and its marker. Only a marked sheet that still has our name goes: a
 * summary the user renamed (to keep last month's figures, say) is theirs now and only loses the mark.
 */
export function removeSummary(workbook: Workbook, name: string): void {
  const marked = markedSummarySheet(workbook);
  const sheet =
    marked !== null && marked.toLowerCase() === name.toLowerCase()
      ? findSheet(workbook, marked)
      : undefined;
  if (sheet !== undefined) {
    workbook.removeWorksheet(sheet.id);
    keepActiveTabValid(workbook);
  }
  unmarkSummary(workbook);
}

/** A workbook saved while our summary was the active tab must not point at a tab that is gone. */
function keepActiveTabValid(workbook: Workbook): void {
  const count = workbook.worksheets.length;
  for (const view of workbook.views ?? []) {
    if (typeof view.activeTab === 'number' && view.activeTab >= count) view.activeTab = 0;
    if (typeof view.firstSheet === 'number' && view.firstSheet >= count) view.firstSheet = 0;
  }
}

/**
 * Writes the summary sheet from the plan's values into the in-memory workbook (this host has no KAM
 * functions to evaluate the live formulas). The Pareto chart is drawn by the package writer when
 * the workbook is saved (xlsx-write/chart-part.ts); the in-memory sheet has its table only.
 */
export function writeSummary(workbook: Workbook, plan: SummarySheetPlan): string[] {
  removeSummary(workbook, plan.name);
  const sheet = workbook.addWorksheet(plan.name);
  for (const cellPlan of plan.cells) {
    const cell = sheet.getCell(cellPlan.address);
    // A string is assigned as-is: ExcelJS stores it as text, never as a formula.
    cell.value = cellValue(cellPlan.value);
    const font = cellPlan.style !== undefined ? STYLE_FONTS[cellPlan.style] : undefined;
    cell.style = {
      ...(cellPlan.numberFormat !== undefined ? { numFmt: cellPlan.numberFormat } : {}),
      ...(font !== undefined ? { font } : {}),
    };
  }
  for (const [letters, width] of Object.entries(plan.columnWidths))
    sheet.getColumn(letters).width = width;
  markSummary(workbook, sheet.name);
  return [];
}
