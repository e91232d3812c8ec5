// Evaluates a worksheet's conditional-format rules for display: fills, font colours, colour scales, data bars.
import type { Cell, ConditionalFormattingRule, Style, Worksheet } from 'exceljs';
import { shownValue, type ShownValue } from './cell-text';
import {
  asNumber,
  columnNumber,
  cssColor,
  mix,
  numbersIn,
  parseArea,
  threshold,
  type Area,
} from './rule-parts';

/** What the rules add to one cell: a fill and font colour as CSS colours, a data bar as a fraction of the width. */
export interface CellPaint {
  readonly fill?: string;
  readonly color?: string;
  readonly bar?: { readonly fraction: number; readonly color: string };
}

export interface ConditionalPaint {
  paint(row: number, column: number, value: ShownValue): CellPaint | null;
}

interface Compiled {
  readonly priority: number;
  readonly areas: readonly Area[];
  readonly paint: (row: number, column: number, value: ShownValue, area: Area) => CellPaint | null;
}

function styleFill(style: Partial<Style> | undefined): string | undefined {
  const fill = style?.fill;
  if (fill === undefined || fill.type !== 'pattern') return undefined;
  // Conditional formats keep a solid fill's colour in bgColor (cell styles in fgColor): take either.
  return cssColor(fill.bgColor) ?? cssColor(fill.fgColor);
}

function stylePaint(style: Partial<Style> | undefined): CellPaint | null {
  const fill = styleFill(style);
  const color = cssColor(style?.font?.color);
  if (fill === undefined && color === undefined) return null;
  return { ...(fill === undefined ? {} : { fill }), ...(color === undefined ? {} : { color }) };
}

const asText = (value: ShownValue): string =>
  (value instanceof Date ? value.toISOString() : String(value ?? '')).trim().toLowerCase();
function colorScale(
  sheet: Worksheet,
  areas: readonly Area[],
  rule: ConditionalFormattingRule & { type: 'colorScale' },
): Compiled['paint'] | null {
  const colors = (rule.color ?? []).map(cssColor);
  if (colors.length < 2 || colors.some((c) => c === undefined)) return null;
  const stops = colors as string[];
  const sorted = numbersIn(sheet, areas);
  if (sorted.length === 0) return null;
  const at = stops.map((_, i) => threshold(rule.cfvo?.[i], sorted, i === 0 ? 'min' : 'max'));
  return (_row, _column, value) => {
    const v = asNumber(value);
    if (v === null) return null;
    if (v <= at[0]) return { fill: stops[0] };
    for (let i = 1; i < stops.length; i++)
      if (v <= at[i])
        return {
          fill: mix(
            stops[i - 1],
            stops[i],
            at[i] === at[i - 1] ? 1 : (v - at[i - 1]) / (at[i] - at[i - 1]),
          ),
        };
    return { fill: stops[stops.length - 1] };
  };
}

function dataBar(
  sheet: Worksheet,
  areas: readonly Area[],
  rule: ConditionalFormattingRule & { type: 'dataBar' },
): Compiled['paint'] | null {
  // ExcelJS keeps the bar colour in `color`, which its typings leave out.
  const color = cssColor(Reflect.get(rule, 'color')) ?? '#638EC6';
  const sorted = numbersIn(sheet, areas);
  if (sorted.length === 0) return null;
  const lo = threshold(rule.cfvo?.[0], sorted, 'min');
  const hi = threshold(rule.cfvo?.[1], sorted, 'max');
  const shortest = (rule.minLength ?? 10) / 100;
  const longest = (rule.maxLength ?? 90) / 100;
  return (_row, _column, value) => {
    const v = asNumber(value);
    if (v === null) return null;
    const t = hi === lo ? 1 : Math.min(Math.max((v - lo) / (hi - lo), 0), 1);
    return { bar: { fraction: shortest + t * (longest - shortest), color } };
  };
}

/** `$N4="Key"`: the kind of expression our write plan produces; other formulas are not evaluated. */
function expression(
  sheet: Worksheet,
  rule: ConditionalFormattingRule & { type: 'expression' },
): Compiled['paint'] | null {
  const formula: unknown = rule.formulae?.[0];
  if (typeof formula !== 'string') return null;
  const m = /^=?\s*(\$?)([A-Z]{1,3})(\$?)(\d+)\s*=\s*"((?:[^"]|"")*)"\s*$/i.exec(formula);
  const paint = stylePaint(rule.style);
  if (m === null || paint === null) return null;
  const [, absColumn, letters, absRow, digits, literal] = m;
  const text = literal.replace(/""/g, '"').trim().toLowerCase();
  return (row, column, _value, area) => {
    const r = absRow === '$' ? Number(digits) : row + Number(digits) - area.top;
    const c =
      absColumn === '$' ? columnNumber(letters) : column + columnNumber(letters) - area.left;
    return asText(shownValue(sheet.findCell(r, c)?.value ?? null)) === text ? paint : null;
  };
}

function cellIs(rule: ConditionalFormattingRule & { type: 'cellIs' }): Compiled['paint'] | null {
  const paint = stylePaint(rule.style);
  const operands = (rule.formulae ?? []).map((f: unknown) =>
    typeof f === 'string' ? f.replace(/^=/, '') : String(f),
  );
  if (paint === null || operands.length === 0) return null;
  const literal = (f: string): string =>
    (/^".*"$/.test(f) ? f.slice(1, -1).replace(/""/g, '"') : f).trim().toLowerCase();
  const [a, b] = operands.map(Number);
  return (_row, _column, value) => {
    const v = asNumber(value);
    switch (rule.operator) {
      case 'equal':
        return asText(value) === literal(operands[0]) ? paint : null;
      case 'greaterThan':
        return v !== null && v > a ? paint : null;
      case 'lessThan':
        return v !== null && v < a ? paint : null;
      case 'between':
        return v !== null && v >= Math.min(a, b) && v <= Math.max(a, b) ? paint : null;
      default:
        return null;
    }
  };
}

function compile(
  sheet: Worksheet,
  areas: readonly Area[],
  rule: ConditionalFormattingRule,
): Compiled['paint'] | null {
  switch (rule.type) {
    case 'colorScale':
      return colorScale(sheet, areas, rule);
    case 'dataBar':
      return dataBar(sheet, areas, rule);
    case 'expression':
      return expression(sheet, rule);
    case 'cellIs':
      return cellIs(rule);
    case 'containsText': {
      const paint = stylePaint(rule.style);
      const text = rule.text?.toLowerCase();
      if (paint === null || text === undefined || rule.operator !== 'containsText') return null;
      return (_row, _column, value) => (asText(value).includes(text) ? paint : null);
    }
    default:
      // Icon sets, top-10, averages and dates are not drawn: the preview shows what our plans write.
      return null;
  }
}

function entries(sheet: Worksheet): { ref: string; rules: ConditionalFormattingRule[] }[] {
  // ExcelJS keeps the rules in a field its typings leave out.
  const list: unknown = Reflect.get(sheet, 'conditionalFormattings');
  if (!Array.isArray(list)) return [];
  return list.filter((cf: unknown): cf is { ref: string; rules: ConditionalFormattingRule[] } => {
    if (typeof cf !== 'object' || cf === null) return false;
    return typeof Reflect.get(cf, 'ref') === 'string' && Array.isArray(Reflect.get(cf, 'rules'));
  });
}

/** Compiles the sheet's rules once (colour scales need the column's spread); painting a cell is then cheap. */
export function compileConditionalFormats(sheet: Worksheet): ConditionalPaint {
  const byColumn = new Map<number, Compiled[]>();
  for (const { ref, rules } of entries(sheet)) {
    const areas = ref
      .trim()
      .split(/\s+/)
      .map(parseArea)
      .filter((a): a is Area => a !== null);
    for (const rule of rules) {
      const paint = compile(sheet, areas, rule);
      if (paint === null) continue;
      const compiled: Compiled = {
        priority: rule.priority ?? Number.MAX_SAFE_INTEGER,
        areas,
        paint,
      };
      for (const a of areas)
        for (let c = a.left; c <= a.right; c++)
          byColumn.set(c, [...(byColumn.get(c) ?? []), compiled]);
    }
  }
  for (const list of byColumn.values()) list.sort((x, y) => x.priority - y.priority);

  return {
    paint(row, column, value) {
      const rules = byColumn.get(column);
      if (rules === undefined) return null;
      let fill: string | undefined;
      let color: string | undefined;
      let bar: CellPaint['bar'];
      for (const rule of rules) {
        const area = rule.areas.find(
          (a) => row >= a.top && row <= a.bottom && column >= a.left && column <= a.right,
        );
        if (area === undefined) continue;
        // The rule with the better priority decides each property, as in Excel.
        const p = rule.paint(row, column, value, area);
        fill ??= p?.fill;
        color ??= p?.color;
        bar ??= p?.bar;
      }
      if (fill === undefined && color === undefined && bar === undefined) return null;
      return {
        ...(fill === undefined ? {} : { fill }),
        ...(color === undefined ? {} : { color }),
        ...(bar === undefined ? {} : { bar }),
      };
    },
  };
}

/** A cell's own fill and font colour (headers styled by the user), as CSS colours. */
export function cellStylePaint(cell: Cell): CellPaint | null {
  return stylePaint(cell.style);
}
