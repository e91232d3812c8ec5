// Fake Excel workbook proxies: worksheets, tables, names, charts and the application, over a FakeWorkbook.
import { itemProperties, type FakeContext, type Proxy } from './context';
import {
  boxAddress,
  FakeOfficeError,
  MAX_COLUMNS,
  MAX_ROWS,
  parseLocal,
  type Box,
  type FakeChart,
  type FakeName,
} from './model';
import { rangeProxy, rangeTargets } from './range';

type Scope = { readonly kind: 'workbook' } | { readonly kind: 'sheet'; readonly sheet: string };

function nameMap(ctx: FakeContext, scope: Scope): Map<string, FakeName> {
  return scope.kind === 'workbook'
    ? ctx.book.names
    : ctx.book.mustSheet(scope.sheet, 'NameCollection').names;
}

function namedItem(
  ctx: FakeContext,
  scope: Scope,
  name: string,
  existing: FakeName | undefined,
): Proxy {
  return ctx.proxy(
    { name, formula: existing?.formula ?? '', visible: existing?.visible ?? true },
    {
      isNullObject: existing === undefined,
      delete: () => ctx.queue(() => nameMap(ctx, scope).delete(name)),
    },
    {
      formula: (value) => {
        const item = nameMap(ctx, scope).get(name);
        if (item === undefined)
          throw new FakeOfficeError('ItemNotFound', `No name ${name}`, {
            errorLocation: 'NamedItem.formula',
          });
        item.formula = String(value);
      },
      visible: (value) => {
        const item = nameMap(ctx, scope).get(name);
        if (item !== undefined) item.visible = value === true;
      },
    },
  );
}

function names(ctx: FakeContext, scope: Scope): Proxy {
  const existing = (): Map<string, FakeName> | undefined =>
    scope.kind === 'workbook' ? ctx.book.names : ctx.book.sheet(scope.sheet)?.names;
  return ctx.proxy(
    {},
    {
      getItemOrNullObject: (name: string) => namedItem(ctx, scope, name, existing()?.get(name)),
      // Checked when the request runs, in order: a name added earlier in the same request is found.
      getItem: (name: string) => {
        ctx.check(() => {
          if (!nameMap(ctx, scope).has(name))
            throw new FakeOfficeError('ItemNotFound', `No name ${name}`, {
              errorLocation: 'NamedItemCollection.getItem',
            });
        });
        // Not a null object: getItem either finds the name or fails the request.
        return namedItem(ctx, scope, name, existing()?.get(name) ?? { formula: '', visible: true });
      },
      add: (name: string, reference: string) => {
        ctx.queue(() => {
          const map = nameMap(ctx, scope);
          if (map.has(name))
            throw new FakeOfficeError('ItemAlreadyExists', `Name ${name} exists`, {
              errorLocation: 'NamedItemCollection.add',
            });
          map.set(name, { formula: reference, visible: true });
        });
        return namedItem(ctx, scope, name, { formula: reference, visible: true });
      },
    },
  );
}

/** A chart as ChartCollection items give it: its name, and delete(). */
function chartItem(ctx: FakeContext, sheet: string, chart: FakeChart): Proxy {
  return ctx.proxy(
    { name: chart.name },
    {
      delete: () =>
        ctx.queue(() => {
          const charts = ctx.book.mustSheet(sheet, 'Chart.delete').charts;
          const at = charts.indexOf(chart);
          if (at < 0)
            throw new FakeOfficeError('ItemNotFound', `No chart ${chart.name}`, {
              errorLocation: 'Chart.delete',
            });
          charts.splice(at, 1);
          ctx.book.log('deleteChart', sheet, null);
        }),
    },
  );
}

function chartsOf(ctx: FakeContext, sheet: string): Proxy {
  const items = (): Proxy[] =>
    (ctx.book.sheet(sheet)?.charts ?? []).map((chart) => chartItem(ctx, sheet, chart));
  return collection(ctx, items, {
    add: (type: string, source: object) => {
      const target = rangeTargets.get(source);
      const chart: FakeChart = {
        name: '',
        type,
        source: target !== undefined ? boxAddress(null, target.box) : '?',
        title: { text: '' },
        series: [
          { name: 'Series1', values: null, xValues: null, chartType: null, axisGroup: 'Primary' },
        ],
        axes: {},
        legend: {},
        position: null,
      };
      ctx.queue(() => ctx.book.mustSheet(sheet, 'ChartCollection.add').charts.push(chart));
      const address = (range: object): string => {
        const t = rangeTargets.get(range);
        return t !== undefined ? boxAddress(null, t.box) : '?';
      };
      const seriesProxy = (series: FakeChart['series'][number]): object => ({
        set name(value: string) {
          series.name = value;
        },
        set chartType(value: string) {
          series.chartType = value;
        },
        set axisGroup(value: string) {
          series.axisGroup = value;
        },
        setValues: (range: object) => (series.values = address(range)),
        setXAxisValues: (range: object) => (series.xValues = address(range)),
      });
      return {
        set name(value: string) {
          chart.name = value;
        },
        title: chart.title,
        legend: chart.legend,
        series: {
          getItemAt: (index: number) => seriesProxy(chart.series[index]),
          add: (name: string) => {
            const series = {
              name,
              values: null,
              xValues: null,
              chartType: null,
              axisGroup: 'Primary',
            };
            chart.series.push(series);
            return seriesProxy(series);
          },
        },
        axes: {
          getItem: (type: string, group: string) => (chart.axes[`${type}/${group}`] ??= {}),
        },
        setPosition: (anchor: string) => (chart.position = anchor),
      };
    },
  });
}

export function worksheetProxy(
  ctx: FakeContext,
  requested: string,
  options: { nullObject?: boolean } = {},
): Proxy {
  const existing = ctx.book.sheet(requested);
  const name = existing?.name ?? requested;
  return ctx.proxy(
    { name, standardWidth: existing?.standardWidth ?? 8.43 },
    {
      isNullObject: options.nullObject === true,
      names: names(ctx, { kind: 'sheet', sheet: name }),
      charts: chartsOf(ctx, name),
      getRange: (address?: string) =>
        rangeProxy(
          ctx,
          name,
          address === undefined
            ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS }
            : parseLocal(address),
        ),
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
        rangeProxy(ctx, name, {
          top: row + 1,
          left: column + 1,
          bottom: row + rows,
          right: column + columns,
        }),
      getUsedRangeOrNullObject: () => {
        const used = existing?.usedBox() ?? null;
        return used !== null
          ? rangeProxy(ctx, name, used)
          : rangeProxy(ctx, name, { top: 1, left: 1, bottom: 1, right: 1 }, { nullObject: true });
      },
      activate: () =>
        ctx.queue(
          () => (ctx.book.activeSheet = ctx.book.mustSheet(name, 'Worksheet.activate').name),
        ),
      delete: () =>
        ctx.queue(() => {
          ctx.book.deleteSheet(name);
          ctx.book.log('deleteSheet', name, null);
        }),
    },
  );
}

/** A collection whose load fills `items` at sync, with the items' named properties loaded. */
function collection<T extends object>(
  ctx: FakeContext,
  makeItems: () => Proxy[],
  members: T,
): Proxy & T {
  const proxy: Proxy & T = ctx.proxy(
    {},
    {
      ...members,
      load: (argument?: string) => {
        ctx.afterSync(async () => {
          const items = makeItems();
          await ctx.loadNow(items, itemProperties(argument));
          Reflect.set(proxy, 'items', items);
        });
        return proxy;
      },
    },
  );
  return proxy;
}

function tableProxy(ctx: FakeContext, requested: string): Proxy {
  const table = ctx.book.table(requested);
  if (table === undefined) {
    ctx.check(() => {
      throw new FakeOfficeError('ItemNotFound', `No table ${requested}`, {
        errorLocation: 'TableCollection.getItem',
      });
    });
  }
  return ctx.proxy(
    {
      name: table?.name ?? requested,
      showHeaders: table?.showHeaders ?? true,
      showTotals: table?.showTotals ?? false,
    },
    {
      getRange: () =>
        rangeProxy(ctx, table?.sheet ?? '', table?.box ?? { top: 1, left: 1, bottom: 1, right: 1 }),
      worksheet: worksheetProxy(ctx, table?.sheet ?? ''),
      resize: (range: object) =>
        ctx.queue(() => {
          const target = rangeTargets.get(range);
          const current = ctx.book.table(requested);
          if (target === undefined || current === undefined)
            throw new FakeOfficeError('InvalidArgument', 'resize', {
              errorLocation: 'Table.resize',
            });
          if (ctx.book.apiMinor < 13)
            throw new FakeOfficeError('ApiNotFound', 'Table.resize needs ExcelApi 1.13', {
              errorLocation: 'Table.resize',
            });
          if (target.box.top !== current.box.top)
            throw new FakeOfficeError('InvalidArgument', 'The header row must stay', {
              errorLocation: 'Table.resize',
            });
          current.box = { ...target.box };
          ctx.book.log('resizeTable', current.sheet, current.box);
        }),
    },
  );
}

/** The workbook proxy of one Excel.run. */
export function workbookProxy(ctx: FakeContext): Proxy {
  const book = ctx.book;
  const worksheets = collection(ctx, () => book.sheets.map((s) => worksheetProxy(ctx, s.name)), {
    getItem: (name: string) => {
      ctx.check(() => book.mustSheet(name, 'WorksheetCollection.getItem'));
      return worksheetProxy(ctx, name);
    },
    getItemOrNullObject: (name: string) =>
      worksheetProxy(ctx, name, { nullObject: book.sheet(name) === undefined }),
    getActiveWorksheet: () => worksheetProxy(ctx, book.activeSheet),
    add: (name: string) => {
      ctx.queue(() => {
        book.addSheet(name);
        book.log('addSheet', name, null);
      });
      return worksheetProxy(ctx, name);
    },
  });
  const tables = collection(ctx, () => book.tables.map((t) => tableProxy(ctx, t.name)), {
    getItem: (name: string) => tableProxy(ctx, name),
  });
  const cultureFormat = ctx.proxy({ numberDecimalSeparator: book.decimalSeparator }, {});
  const application = ctx.proxy(
    {},
    {
      suspendApiCalculationUntilNextSync: () =>
        ctx.queue(() => book.log('suspendCalculation', '', null)),
      cultureInfo: ctx.proxy({ name: 'en-US' }, { numberFormat: cultureFormat }),
    },
  );
  return ctx.proxy(
    {},
    {
      worksheets,
      tables,
      names: names(ctx, { kind: 'workbook' }),
      application,
      getActiveCell: () => {
        const { row, column } = book.activeCell;
        const box: Box = { top: row, left: column, bottom: row, right: column };
        return rangeProxy(ctx, book.activeSheet, box);
      },
    },
  );
}
