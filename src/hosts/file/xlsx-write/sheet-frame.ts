// The data sheet around its rows: the dimension, our column widths, and our conditional-format rules (the user's rules stay).
import {
  assertNever,
  boxAddress,
  columnLetters,
  parseBox,
  singleColumnOf,
  type ConditionalFormatPlan,
} from '../../../core';
import { formulaString, writableRules } from '../../plan-checks';
import { argb, type StylesPatch } from './styles';
import { attribute, elements, withAttribute, xmlText } from './xml';

export interface FrameEdit {
  /** Our columns' widths in characters. */
  readonly widths: ReadonlyMap<number, number>;
  /** Columns of ours that lose their width (cleared) or have their rules replaced (all old ones). */
  readonly oldColumns: ReadonlySet<number>;
  readonly rules: readonly ConditionalFormatPlan[];
  readonly firstDataRow: number;
  readonly lastRow: number;
  /** The right-most column and bottom row we write, to widen the dimension. */
  readonly right: number;
  readonly bottom: number;
}

/** `<dimension ref>` widened to what we write (a hint to readers; absent stays absent). */
function widenDimension(head: string, right: number, bottom: number): string {
  const found = elements(head, 'dimension')[0];
  if (found === undefined || right === 0) return head;
  const box = parseBox(attribute(found.tag, 'ref') ?? '');
  if (box === null) return head;
  const ref = boxAddress({
    top: box.top,
    left: box.left,
    bottom: Math.max(box.bottom, bottom),
    right: Math.max(box.right, right),
  });
  return head.replace(found.xml, withAttribute(found.tag, 'ref', ref));
}

/** `<cols>` with our widths set: the user's ranges split around our columns, never overlapping ours. */
function setWidths(
  head: string,
  widths: ReadonlyMap<number, number>,
  old: ReadonlySet<number>,
): string {
  const found = elements(head, 'cols')[0];
  if (found === undefined && widths.size === 0) return head;
  const ours = new Set([...widths.keys(), ...old]);
  const pieces: { min: number; xml: string }[] = [];
  for (const col of found === undefined ? [] : elements(found.xml, 'col')) {
    const min = Number(attribute(col.tag, 'min'));
    const max = Number(attribute(col.tag, 'max'));
    const inside = [...ours].filter((o) => o >= min && o <= max).sort((a, b) => a - b);
    let from = min;
    for (const end of [...inside, max + 1]) {
      if (end > from) {
        const piece = withAttribute(
          withAttribute(col.tag, 'min', String(from)),
          'max',
          String(end - 1),
        );
        pieces.push({ min: from, xml: piece });
      }
      from = end + 1;
    }
  }
  for (const [column, width] of widths)
    pieces.push({
      min: column,
      xml: `<col min="${column}" max="${column}" width="${width}" customWidth="1"/>`,
    });
  pieces.sort((a, b) => a.min - b.min);
  const cols = pieces.length === 0 ? '' : `<cols>${pieces.map((p) => p.xml).join('')}</cols>`;
  if (found !== undefined) return head.replace(found.xml, cols);
  return `${head}${cols}`;
}

function ruleXml(
  plan: ConditionalFormatPlan,
  priority: number,
  topLeft: string,
  styles: StylesPatch,
): string {
  switch (plan.kind) {
    case 'color-scale':
      return `<cfRule type="colorScale" priority="${priority}"><colorScale><cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>${plan.colors.map((c) => `<color rgb="${argb(c)}"/>`).join('')}</colorScale></cfRule>`;
    case 'text-equals': {
      // An expression compares the whole text ("Core" must not light up "Core plus"); "=" ignores case as Excel users expect.
      const dxf = styles.ruleFormat({ fill: plan.fill, fontColor: plan.fontColor });
      return `<cfRule type="expression" dxfId="${dxf}" priority="${priority}"><formula>${xmlText(`${topLeft}=${formulaString(plan.text)}`)}</formula></cfRule>`;
    }
    case 'data-bar':
      return `<cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="num" val="0"/><cfvo type="max"/><color rgb="${argb(plan.color)}"/></dataBar></cfRule>`;
    default:
      return assertNever(plan, 'conditional format');
  }
}

/** Elements that follow conditionalFormatting in a worksheet (schema order): ours go before the first. */
const AFTER_RULES = [
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Our rules as XML, numbered from `firstPriority`. Built before the sheet streams: their formats go into styles.xml first. */
function rulesXml(edit: FrameEdit, styles: StylesPatch): (firstPriority: number) => string {
  if (edit.lastRow < edit.firstDataRow) return () => '';
  // Rules a workbook cannot hold are left out; checkWrite's notes say so.
  const { rules } = writableRules(edit.rules);
  const built = rules.map((plan) => {
    const letters = columnLetters(plan.column);
    const topLeft = `$${letters}${edit.firstDataRow}`;
    const sqref = `${letters}${edit.firstDataRow}:${letters}${edit.lastRow}`;
    return (priority: number): string =>
      `<conditionalFormatting sqref="${sqref}">${ruleXml(plan, priority, topLeft, styles)}</conditionalFormatting>`;
  });
  // ruleXml registers the formats now; the priorities are only known once the user's rules are read.
  built.forEach((rule) => rule(0));
  return (first) => built.map((rule, i) => rule(first + i)).join('');
}

/** The part after the rows with our old rules removed and the plan's rules added. */
function patchRules(
  tail: string,
  edit: FrameEdit,
  added: (firstPriority: number) => string,
): string {
  let result = tail;
  let priority = 0;
  for (const block of elements(tail, 'conditionalFormatting')) {
    const column = singleColumnOf(attribute(block.tag, 'sqref') ?? '');
    if (column !== null && edit.oldColumns.has(column)) result = result.replace(block.xml, '');
    else
      for (const rule of elements(block.xml, 'cfRule'))
        priority = Math.max(priority, Number(attribute(rule.tag, 'priority')) || 0);
  }
  // Only elements after the user's own rules count: a rule can hold an extLst of its own.
  const floor = result.lastIndexOf('</conditionalFormatting>') + 1;
  let at = -1;
  for (const name of AFTER_RULES) {
    const next = elements(result, name).find((e) => e.start >= floor);
    if (next !== undefined && (at === -1 || next.start < at)) at = next.start;
  }
  if (at === -1) at = result.lastIndexOf('</');
  return `${result.slice(0, at)}${added(priority + 1)}${result.slice(at)}`;
}

export function sheetFrame(
  edit: FrameEdit,
  styles: StylesPatch,
): { head: (xml: string) => string; tail: (xml: string) => string } {
  const added = rulesXml(edit, styles);
  return {
    head: (xml) =>
      setWidths(widenDimension(xml, edit.right, edit.bottom), edit.widths, edit.oldColumns),
    tail: (xml) => patchRules(xml, edit, added),
  };
}
