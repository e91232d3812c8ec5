// Conditional-format rules over our result columns: a gradient on the score, a formula fill per tier,
// and (Sheets has no data bars) a white-to-blue gradient on the revenue share; finding ours again.
import { assertNever, columnLetters, type ConditionalFormatPlan } from '../../core';
import { formulaString } from '../plan-checks';
import type { ConditionalFormatRuleApi, SheetApi, SpreadsheetAppApi } from './apps-script';

/** The low end of the revenue-share gradient: an empty bar. */
export const SHARE_GRADIENT_LOW = '#FFFFFF';

/** The custom formula of a tier fill: the cell equals the tier name ("=" ignores case, as users expect). */
export function tierFormula(column: number, firstRow: number, text: string): string {
  return `=$${columnLetters(column)}${firstRow}=${formulaString(text)}`;
}

/** One planned rule over rows [firstRow, lastRow] of its column. */
export function ruleFor(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  plan: ConditionalFormatPlan,
  firstRow: number,
  lastRow: number,
): ConditionalFormatRuleApi {
  const range = sheet.getRange(firstRow, plan.column, lastRow - firstRow + 1, 1);
  const builder = app.newConditionalFormatRule().setRanges([range]);
  switch (plan.kind) {
    case 'color-scale': {
      const [low, middle, high] = plan.colors;
      return builder
        .setGradientMinpoint(low)
        .setGradientMidpointWithValue(middle, app.InterpolationType.PERCENTILE, '50')
        .setGradientMaxpoint(high)
        .build();
    }
    case 'text-equals':
      return builder
        .whenFormulaSatisfied(tierFormula(plan.column, firstRow, plan.text))
        .setBackground(plan.fill)
        .setFontColor(plan.fontColor)
        .build();
    case 'data-bar':
      return builder
        .setGradientMinpointWithValue(SHARE_GRADIENT_LOW, app.InterpolationType.NUMBER, '0')
        .setGradientMaxpoint(plan.color)
        .build();
    default:
      return assertNever(plan, 'conditional format');
  }
}

/** Whether a rule is ours: every range it covers lies inside one of our columns. A rule over other cells is the user's. */
export function isOurRule(rule: ConditionalFormatRuleApi, columns: ReadonlySet<number>): boolean {
  const ranges = rule.getRanges();
  return (
    ranges.length > 0 &&
    ranges.every((range) => range.getNumColumns() === 1 && columns.has(range.getColumn()))
  );
}

/**
 * The sheet's rules with ours on `owned` columns replaced by `added`, in one
 * setConditionalFormatRules() call (Sheets replaces a sheet's whole list at once).
 */
export function replaceRules(
  sheet: SheetApi,
  owned: ReadonlySet<number>,
  added: readonly ConditionalFormatRuleApi[],
): void {
  const existing = sheet.getConditionalFormatRules();
  const kept = owned.size === 0 ? existing : existing.filter((rule) => !isOurRule(rule, owned));
  if (kept.length === existing.length && added.length === 0) return;
  sheet.setConditionalFormatRules([...kept, ...added]);
}
