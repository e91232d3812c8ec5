// Conditional-format rules over our result columns (colour scale, tier fills, data bars) and finding ours to remove.
import { columnLetters, parseAddress, type ConditionalFormatPlan, assertNever } from '../../core';
import { formulaString, writableRules } from '../plan-checks';
import { SMALL_OP_BYTES, jsonStringBytes, type QueuedOp } from './chunks';

/**
 * The formula of a tier-fill rule: the cell equals the tier name. A formula rule compares the whole
 * text ("Core" must not colour "Core plus", as a contains-text rule would), and "=" ignores case as
 * Excel users expect. The row is relative, so the rule holds for every cell of the column.
 */
export function tierRuleFormula(column: number, firstRow: number, text: string): string {
  return `=$${columnLetters(column)}${firstRow}=${formulaString(text)}`;
}

function queueRule(
  cf: Excel.ConditionalFormatCollection,
  plan: ConditionalFormatPlan,
  firstRow: number,
): void {
  switch (plan.kind) {
    case 'color-scale': {
      const [low, middle, high] = plan.colors;
      cf.add('ColorScale').colorScale.criteria = {
        minimum: { type: 'LowestValue', color: low },
        midpoint: { type: 'Percentile', formula: '50', color: middle },
        maximum: { type: 'HighestValue', color: high },
      };
      return;
    }
    case 'text-equals': {
      const custom = cf.add('Custom').custom;
      custom.rule.formula = tierRuleFormula(plan.column, firstRow, plan.text);
      custom.format.fill.color = plan.fill;
      custom.format.font.color = plan.fontColor;
      return;
    }
    case 'data-bar': {
      const bar = cf.add('DataBar').dataBar;
      bar.barDirection = 'LeftToRight';
      bar.lowerBoundRule = { type: 'Number', formula: '0' };
      bar.upperBoundRule = { type: 'HighestValue' };
      bar.positiveFormat.fillColor = plan.color;
      bar.positiveFormat.gradientFill = false;
      return;
    }
    default:
      assertNever(plan, 'conditional format');
  }
}

/** Adds the plan's rules over rows [firstRow, lastRow]; rules Excel cannot hold become notes. */
export function ruleOps(
  sheet: string,
  plans: readonly ConditionalFormatPlan[],
  firstRow: number,
  lastRow: number,
): { ops: QueuedOp[]; notes: string[] } {
  if (lastRow < firstRow) return { ops: [], notes: [] };
  const { rules, notes } = writableRules(plans);
  const ops = rules.map((plan): QueuedOp => {
    const letters = columnLetters(plan.column);
    return {
      bytes: SMALL_OP_BYTES + (plan.kind === 'text-equals' ? jsonStringBytes(plan.text) * 2 : 0),
      label: 'Formatting',
      queue: (context) => {
        const range = context.workbook.worksheets
          .getItem(sheet)
          .getRange(`${letters}${firstRow}:${letters}${lastRow}`);
        queueRule(range.conditionalFormats, plan, firstRow);
      },
    };
  });
  return { ops, notes };
}

/** A rule as loaded, with the range it applies to (null when it spans several areas). */
export interface LoadedRule {
  readonly rule: Excel.ConditionalFormat;
  readonly range: Excel.Range;
}

/** Queues loading where each rule of a sheet applies (call after the sheet's rules were loaded). */
export function requestRuleRanges(rules: Excel.ConditionalFormatCollection): LoadedRule[] {
  return rules.items.map((rule) => {
    const range = rule.getRangeOrNullObject();
    range.load('address');
    return { rule, range };
  });
}

/**
 * Our rules: those lying entirely inside one of our columns. A rule over several columns, or on any
 * other column, is the user's and stays.
 */
export function rulesInColumns(
  rules: readonly LoadedRule[],
  columns: ReadonlySet<number>,
): Excel.ConditionalFormat[] {
  if (columns.size === 0) return [];
  return rules
    .filter(({ range }) => {
      if (range.isNullObject) return false;
      const box = parseAddress(range.address)?.box;
      return box !== undefined && box.left === box.right && columns.has(box.left);
    })
    .map(({ rule }) => rule);
}

export function deleteRulesOp(rules: readonly Excel.ConditionalFormat[]): QueuedOp[] {
  if (rules.length === 0) return [];
  return [
    {
      bytes: SMALL_OP_BYTES + rules.length * 60,
      label: 'Clearing old results',
      queue: () => rules.forEach((rule) => rule.delete()),
    },
  ];
}
