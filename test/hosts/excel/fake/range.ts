// Fake Excel ranges: values, formats and formulas with Excel's entry rules, clear, copyFrom, conditional formats.
import { itemProperties, jsonBytes, type FakeContext, type Proxy } from './context';
import { boxAddress, FakeOfficeError, type Box, type FakeSheet, type Style } from './model';

/** Excel refuses to read more cells than this in one range. */
const READ_CELL_LIMIT = 5_000_000;

/** Where each range proxy points: charts and table resizes take ranges as arguments. */
export const rangeTargets = new WeakMap<object, { sheet: string; box: Box }>();

function area(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

function intersects(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Applies a 2-D write cell by cell after checking its size matches the range, as Excel does. */
function each2d(
  box: Box,
  value: unknown,
  location: string,
  apply: (row: number, column: number, cell: unknown) => void,
): void {
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  // A single value (not an array) goes to every cell of the range, as Office.js does ("update all
  // cells in a range").
  if (!Array.isArray(value) && value !== null && value !== undefined && typeof value !== 'object') {
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) apply(r, c, value);
    return;
  }
  if (
    !Array.isArray(value) ||
    value.length !== rows ||
    value.some((r) => !Array.isArray(r) || r.length !== columns)
  ) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size of the range (${rows}x${columns}).`,
      {
        errorLocation: location,
      },
    );
  }
  value.forEach((row: unknown[], i) =>
    row.forEach((cell, j) => apply(box.top + i, box.left + j, cell)),
  );
}

function sheetOf(ctx: FakeContext, name: string, location: string): FakeSheet {
  return ctx.book.mustSheet(name, location);
}

function fontProxy(ctx: FakeContext, sheet: string, box: Box): Proxy {
  const setStyle = (key: keyof Style) => (value: unknown) => {
    const ws = sheetOf(ctx, sheet, 'RangeFont');
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) Reflect.set(ws.ensure(r, c).style, key, value);
  };
  return ctx.proxy(
    { bold: false, italic: false, size: 11, color: '#000000' },
    {},
    {
      bold: setStyle('bold'),
      italic: setStyle('italic'),
      size: setStyle('size'),
      color: setStyle('color'),
    },
  );
}

function formatProxy(ctx: FakeContext, sheet: string, box: Box): Proxy {
  const fill = ctx.proxy(
    { color: '' },
    {},
    {
      color: (value) => {
        const ws = sheetOf(ctx, sheet, 'RangeFill');
        for (let r = box.top; r <= box.bottom; r++)
          for (let c = box.left; c <= box.right; c++) ws.ensure(r, c).style.fill = String(value);
      },
    },
  );
  return ctx.proxy(
    { columnWidth: 0 },
    { font: fontProxy(ctx, sheet, box), fill },
    {
      columnWidth: (value) => {
        const ws = sheetOf(ctx, sheet, 'RangeFormat.columnWidth');
        for (let c = box.left; c <= box.right; c++) ws.widths.set(c, Number(value));
        ctx.book.log('columnWidth', sheet, box);
      },
    },
  );
}

/** A conditional format object as Excel.ConditionalFormatCollection.add returns it; the adapter fills it in. */
function newRuleSettings(type: string): Record<string, unknown> {
  switch (type) {
    case 'ColorScale':
      return { colorScale: { criteria: null } };
    case 'Custom':
      return {
        custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } },
      };
    case 'DataBar':
      return {
        dataBar: {
          positiveFormat: { fillColor: '', gradientFill: true },
          barDirection: 'Context',
          lowerBoundRule: null,
          upperBoundRule: null,
        },
      };
    default:
      throw new FakeOfficeError('InvalidArgument', `Rule type ${type} is not modelled`, {
        errorLocation: 'ConditionalFormatCollection.add',
      });
  }
}

function conditionalFormats(ctx: FakeContext, sheet: string, box: Box): Proxy {
  const collection: Proxy = ctx.proxy(
    {},
    {
      add: (type: string) => {
        const settings = newRuleSettings(type);
        ctx.queue(() => {
          ctx.book.addRule(
            sheetOf(ctx, sheet, 'ConditionalFormatCollection.add').name,
            { ...box },
            type,
            settings,
          );
          ctx.book.log(`rule:${type}`, sheet, box);
        }, 200);
        return settings;
      },
      clearAll: () =>
        ctx.queue(() =>
          ctx.book.rules.splice(
            0,
            ctx.book.rules.length,
            ...ctx.book.rules.filter((r) => r.sheet !== sheet || !intersects(r.box, box)),
          ),
        ),
      load: (argument?: string) => {
        ctx.afterSync(async () => {
          const rules = ctx.book.rules.filter(
            (r) => r.sheet.toLowerCase() === sheet.toLowerCase() && intersects(r.box, box),
          );
          const items = rules.map((rule) =>
            ctx.proxy(
              { id: rule.id, type: rule.type },
              {
                getRangeOrNullObject: () => rangeProxy(ctx, rule.sheet, rule.box),
                delete: () =>
                  ctx.queue(() => {
                    const at = ctx.book.rules.findIndex((r) => r.id === rule.id);
                    if (at >= 0) ctx.book.rules.splice(at, 1);
                    ctx.book.log('rule:delete', rule.sheet, rule.box);
                  }),
              },
            ),
          );
          await ctx.loadNow(items, itemProperties(argument));
          Reflect.set(collection, 'items', items);
        });
        return collection;
      },
    },
  );
  return collection;
}

export interface RangeOptions {
  readonly nullObject?: boolean;
}

/** A range proxy over a box of a sheet (the sheet may be created later in the same batch). */
export function rangeProxy(
  ctx: FakeContext,
  sheetName: string,
  box: Box,
  options: RangeOptions = {},
): Proxy {
  const existing = ctx.book.sheet(sheetName);
  const sheet = existing?.name ?? sheetName;
  const readable = area(box) <= READ_CELL_LIMIT;
  const snapshot = (): unknown[][] => {
    const values: unknown[][] = [];
    if (!readable || existing === undefined || options.nullObject === true) return values;
    for (let r = box.top; r <= box.bottom; r++) {
      const row: unknown[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(existing.valueAt(r, c));
      values.push(row);
    }
    return values;
  };
  const cellsOf = (location: string) => sheetOf(ctx, sheet, location);
  const range: Proxy = ctx.proxy(
    {
      address: options.nullObject === true ? '' : boxAddress(sheet, box),
      values: [],
      rowCount: box.bottom - box.top + 1,
      columnCount: box.right - box.left + 1,
      rowIndex: box.top - 1,
      columnIndex: box.left - 1,
    },
    {
      isNullObject: options.nullObject === true,
      format: formatProxy(ctx, sheet, box),
      conditionalFormats: conditionalFormats(ctx, sheet, box),
      getSurroundingRegion: () =>
        rangeProxy(ctx, sheet, existing?.region(box.top, box.left) ?? box),
      getUsedRangeOrNullObject: () => {
        const used = existing?.usedBox(box) ?? null;
        return used !== null
          ? rangeProxy(ctx, sheet, used)
          : rangeProxy(ctx, sheet, box, { nullObject: true });
      },
      clear: (applyTo: string = 'All') =>
        ctx.queue(() => {
          const ws = cellsOf('Range.clear');
          // Over the cells that exist, not the box: clearing a whole sheet (getRange()) is 17 billion cells.
          for (const [at, cell] of ws.cells) {
            const [r, c] = at.split(':').map(Number);
            if (r < box.top || r > box.bottom || c < box.left || c > box.right) continue;
            if (applyTo === 'All' || applyTo === 'Contents') {
              cell.value = null;
              cell.formula = null;
            }
            if (applyTo === 'All' || applyTo === 'Formats') {
              cell.numberFormat = 'General';
              cell.style = {};
            }
          }
          ctx.book.log(`clear:${applyTo}`, sheet, box);
        }),
      copyFrom: (source: object, copyType: string) =>
        ctx.queue(() => {
          const from = rangeTargets.get(source);
          if (from === undefined || copyType !== 'Formats')
            throw new FakeOfficeError(
              'InvalidArgument',
              'copyFrom: only formats of a range are modelled',
              { errorLocation: 'Range.copyFrom' },
            );
          const model = sheetOf(ctx, from.sheet, 'Range.copyFrom').cell(
            from.box.top,
            from.box.left,
          );
          const ws = cellsOf('Range.copyFrom');
          for (let r = box.top; r <= box.bottom; r++) {
            for (let c = box.left; c <= box.right; c++) {
              const cell = ws.ensure(r, c);
              cell.numberFormat = model?.numberFormat ?? 'General';
              cell.style = { ...(model?.style ?? {}) };
            }
          }
          ctx.book.log('copyFormats', sheet, box);
        }),
      select: () =>
        ctx.queue(() => {
          ctx.book.activeSheet = cellsOf('Range.select').name;
          ctx.book.activeCell = { row: box.top, column: box.left };
        }),
    },
    {
      values: (value) => {
        const ws = cellsOf('Range.values');
        ctx.book.log('values', sheet, box);
        each2d(box, value, 'Range.values', (r, c, v) => ws.enter(r, c, v));
      },
      numberFormat: (value) => {
        const ws = cellsOf('Range.numberFormat');
        ctx.book.log('numberFormat', sheet, box);
        each2d(box, value, 'Range.numberFormat', (r, c, v) => {
          if (v === null) return;
          ws.ensure(r, c).numberFormat = v === '' ? 'General' : String(v);
        });
      },
      formulas: (value) => {
        const ws = cellsOf('Range.formulas');
        ctx.book.log('formulas', sheet, box);
        each2d(box, value, 'Range.formulas', (r, c, v) => ws.enterFormula(r, c, v));
      },
      valuesAsJson: (value) => {
        if (ctx.book.apiMinor < 16)
          throw new FakeOfficeError('ApiNotFound', 'valuesAsJson needs ExcelApi 1.16', {
            errorLocation: 'Range.valuesAsJson',
          });
        const ws = cellsOf('Range.valuesAsJson');
        ctx.book.log('valuesAsJson', sheet, box);
        each2d(box, value, 'Range.valuesAsJson', (r, c, v) => ws.enterTyped(r, c, v));
      },
    },
    (properties) => {
      if (!properties.includes('values')) return;
      if (!readable) {
        ctx.check(() => {
          throw new FakeOfficeError(
            'InvalidOperation',
            'The range is too large to read (over 5,000,000 cells).',
            { errorLocation: 'Range.values' },
          );
        });
      }
    },
    {
      values: () => {
        const values = snapshot();
        ctx.addBytes(jsonBytes(values));
        return values;
      },
    },
  );
  rangeTargets.set(range, { sheet, box });
  return range;
}
