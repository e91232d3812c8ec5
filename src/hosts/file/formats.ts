// Conditional-format rules for our result columns, and removal of earlier rules of ours (the user's rules stay).
import type {
  Color,
  ConditionalFormattingOptions,
  ConditionalFormattingRule,
  DataBarRuleType,
  Worksheet,
} from 'exceljs';
import { columnLetters, singleColumnOf, type ConditionalFormatPlan, assertNever } from '../../core';
import { formulaString, writableRules } from '../plan-checks';

/** "#1F6FEB" -> "FF1F6FEB" (ExcelJS colours are ARGB). A malformed colour is a bug in the plan. */
export function argb(color: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(color);
  if (m === null)
    throw new Error(`Invalid colour in write plan: ${JSON.stringify(color)} (expected #RRGGBB)`);
  return `FF${m[1].toUpperCase()}`;
}

function entries(sheet: Worksheet): ConditionalFormattingOptions[] {
  // ExcelJS keeps the rules in an untyped field; only entries with a ref are considered.
  const list: unknown = Reflect.get(sheet, 'conditionalFormattings');
  if (!Array.isArray(list)) return [];
  return list.filter(
    (cf: unknown): cf is ConditionalFormattingOptions =>
      typeof cf === 'object' && cf !== null && typeof Reflect.get(cf, 'ref') === 'string',
  );
}

/**
 * Removes rules that sit entirely inside one of the given columns (our columns from an earlier run).
 * Rules over several columns, or on any other column, are the user's and stay.
 */
export function removeRulesOn(sheet: Worksheet, columns: ReadonlySet<number>): void {
  if (columns.size === 0) return;
  sheet.removeConditionalFormatting((cf: ConditionalFormattingOptions) => {
    const column = typeof cf.ref === 'string' ? singleColumnOf(cf.ref) : null;
    return column === null || !columns.has(column);
  });
}

function nextPriority(sheet: Worksheet): number {
  let max = 0;
  for (const cf of entries(sheet))
    for (const rule of cf.rules ?? [])
      if (typeof rule.priority === 'number' && rule.priority > max) max = rule.priority;
  return max + 1;
}

function ruleFor(
  plan: ConditionalFormatPlan,
  topLeft: string,
  priority: number,
): ConditionalFormattingRule {
  switch (plan.kind) {
    case 'color-scale':
      return {
        type: 'colorScale',
        priority,
        cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
        color: plan.colors.map((c) => ({ argb: argb(c) })),
      };
    case 'text-equals':
      // An expression rule compares the whole text ("Core" must not light up "Core plus", as
      // containsText would); Excel and LibreOffice both render it. "=" ignores case, like Excel users expect.
      return {
        type: 'expression',
        priority,
        formulae: [`${topLeft}=${formulaString(plan.text)}`],
        style: {
          fill: {
            type: 'pattern',
            pattern: 'solid',
            bgColor: { argb: argb(plan.fill) },
            fgColor: { argb: argb(plan.fill) },
          },
          font: { color: { argb: argb(plan.fontColor) } },
        },
      };
    case 'data-bar': {
      // ExcelJS writes a data bar's colour from `color`, which its typings leave out.
      const bar: DataBarRuleType & { color: Partial<Color> } = {
        type: 'dataBar',
        priority,
        gradient: false,
        cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
        color: { argb: argb(plan.color) },
      };
      return bar;
    }
    default:
      return assertNever(plan, 'conditional format');
  }
}

/** Adds the plan's rules over rows [firstRow, lastRow]; returns notes on rules that could not be written. */
export function addRules(
  sheet: Worksheet,
  plans: readonly ConditionalFormatPlan[],
  firstRow: number,
  lastRow: number,
): string[] {
  if (lastRow < firstRow) return [];
  const { rules, notes } = writableRules(plans);
  let priority = nextPriority(sheet);
  for (const plan of rules) {
    const letters = columnLetters(plan.column);
    const rule = ruleFor(plan, `$${letters}${firstRow}`, priority);
    sheet.addConditionalFormatting({
      ref: `${letters}${firstRow}:${letters}${lastRow}`,
      rules: [rule],
    });
    priority++;
  }
  return notes;
}
