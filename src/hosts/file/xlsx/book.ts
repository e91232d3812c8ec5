// A workbook read straight from its package (or a CSV's one sheet) as the SheetBook the read path asks.
import { parseUnion, type Grid, type RawCell, type SheetBox } from '../../../core';
import type { BookSheet, SheetBook, SheetState, UncachedCell } from '../book';
import {
  NotAWorkbookError,
  readWorkbookParts,
  relationships,
  workbookPath,
  type DefinedName,
  type WorkbookParts,
} from './package';
import type { CellContext } from './cell';
import { scanSheet, scanSheetAsync, type SheetCells, type SheetReadOptions } from './sheet';
import { NO_STYLES, type CellStyles } from './styles';
import { parseTablePart, type TablePart } from './table-part';
import { ZipArchive } from './zip';

export interface PackageSheet extends BookSheet {
  /** The worksheet part; null for a sheet with no cells to read (a chart sheet). */
  readonly path: string | null;
}

/** Where a book's sheets come from: a package's parts, or cells already read (a CSV). */
interface SheetSource {
  cells(sheet: PackageSheet, options: SheetReadOptions): SheetCells;
  cellsAsync?(sheet: PackageSheet, options: SheetReadOptions): Promise<SheetCells>;
  tables(sheet: PackageSheet): TablePart[];
}

export const EMPTY_SHEET: SheetCells = {
  rows: [undefined],
  lastRow: 0,
  merges: [],
  hiddenRows: [],
  autoFilter: null,
  tableParts: [],
  uncachedFormulas: [],
  frozenRows: 0,
  widths: new Map(),
};

/** The grid the core's block finder reads: merged cells count as taken, as they do in Excel. */
export function gridOf(cells: SheetCells): Grid {
  const { rows, merges } = cells;
  const inMerge = (row: number, column: number): boolean =>
    merges.some((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
  const bottom = merges.reduce((last, m) => Math.max(last, m.bottom), cells.lastRow);
  return {
    top: 1,
    left: 1,
    bottom,
    value: (row, column) => rows[row]?.[column - 1] ?? null,
    lastUsed: (row) => {
      let last = 0;
      const line = rows[row];
      if (line !== undefined)
        for (let c = line.length; c >= 1; c--)
          if (line[c - 1] !== null) {
            last = c;
            break;
          }
      for (const m of merges) if (row >= m.top && row <= m.bottom) last = Math.max(last, m.right);
      return last;
    },
    taken: (row, column) => (rows[row]?.[column - 1] ?? null) !== null || inMerge(row, column),
  };
}

export class CellsBook implements SheetBook<PackageSheet, TablePart> {
  private readonly read = new Map<string, { cells: SheetCells; styles: boolean }>();

  constructor(
    private readonly list: readonly PackageSheet[],
    private readonly source: SheetSource,
    private readonly names: readonly DefinedName[] = [],
    /** The workbook's cell styles (number formats), for showing values as Excel does. */
    readonly styles: CellStyles = NO_STYLES,
    /** How every sheet is read unless a call asks for more (a sheet view keeps styles from the start). */
    private readonly defaults: SheetReadOptions = {},
    /** The package's part names, as its zip directory lists them ([] for a CSV). */
    readonly partNames: readonly string[] = [],
  ) {}

  sheets(): readonly PackageSheet[] {
    return this.list;
  }

  sheet(name: string): PackageSheet | undefined {
    return this.list.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The sheet's cells, read once (again only when styles are asked for after a read without them). */
  /** Whether a read asked for this way must keep styles (the book's default, or the call's). */
  private keepsStyles(asked: SheetReadOptions): boolean {
    return asked.keepStyles === true || this.defaults.keepStyles === true;
  }

  /** The cells read already that answer a request, if any (called once per row: no allocation). */
  private cached(sheet: PackageSheet, keepStyles: boolean): SheetCells | undefined {
    const seen = this.read.get(sheet.name);
    return seen !== undefined && (seen.styles || !keepStyles) ? seen.cells : undefined;
  }

  cells(sheet: PackageSheet, asked: SheetReadOptions = {}): SheetCells {
    const keepStyles = this.keepsStyles(asked);
    const cached = this.cached(sheet, keepStyles);
    if (cached !== undefined) return cached;
    const cells = this.source.cells(sheet, { keepStyles });
    this.read.set(sheet.name, { cells, styles: keepStyles });
    return cells;
  }

  /**
   * Reads a sheet ahead of the synchronous calls that need it, with the platform's native inflate
   * where there is one; a sheet read already is not read again.
   */
  async load(sheet: PackageSheet, asked: SheetReadOptions = {}): Promise<void> {
    const keepStyles = this.keepsStyles(asked);
    if (this.cached(sheet, keepStyles) !== undefined || this.source.cellsAsync === undefined)
      return;
    const cells = await this.source.cellsAsync(sheet, { keepStyles });
    this.read.set(sheet.name, { cells, styles: keepStyles });
  }

  tables(sheet: PackageSheet): readonly TablePart[] {
    return this.source.tables(sheet);
  }

  grid(sheet: PackageSheet): Grid {
    return gridOf(this.cells(sheet));
  }

  /**
   * The row's values over [first, last]. A row read from column A exactly as wide is handed over
   * as it is (a table at A1 of a million rows is not copied); a shorter one is padded with nulls.
   */
  rowValues(sheet: PackageSheet, row: number, first: number, last: number): RawCell[] {
    const line = this.cells(sheet).rows[row];
    if (line === undefined) return new Array<RawCell>(last - first + 1).fill(null);
    if (first === 1 && line.length <= last) {
      while (line.length < last) line.push(null);
      return line;
    }
    const values = line.slice(first - 1, last);
    while (values.length < last - first + 1) values.push(null);
    return values;
  }

  definedAreas(name: string): SheetBox[] {
    // Sheet-scoped names count too (the Excel host scopes its marks to the sheet): each area names its sheet.
    return this.names
      .filter((n) => n.name.toLowerCase() === name.toLowerCase())
      .flatMap((n) => parseUnion(n.formula));
  }

  uncachedFormulas(sheet: PackageSheet): readonly UncachedCell[] {
    return this.cells(sheet).uncachedFormulas;
  }
}

/** The package's sheets, read lazily from their parts; tables from each sheet's relationships. */
class PackageSource implements SheetSource {
  private readonly tableCache = new Map<string, TablePart[]>();

  constructor(
    private readonly zip: ZipArchive,
    private readonly parts: WorkbookParts,
  ) {}

  private get context(): CellContext {
    return {
      sharedStrings: this.parts.sharedStrings,
      dateStyles: this.parts.styles.dates,
      date1904: this.parts.date1904,
    };
  }

  cells(sheet: PackageSheet, options: SheetReadOptions): SheetCells {
    const path = sheet.path;
    if (path === null) return EMPTY_SHEET;
    return scanSheet((onText) => this.zip.streamText(path, onText), this.context, options);
  }

  async cellsAsync(sheet: PackageSheet, options: SheetReadOptions): Promise<SheetCells> {
    const path = sheet.path;
    if (path === null) return EMPTY_SHEET;
    const stream = (onText: (text: string) => void) => this.zip.streamTextAsync(path, onText);
    return scanSheetAsync(stream, this.context, options);
  }

  tables(sheet: PackageSheet): TablePart[] {
    if (sheet.path === null) return [];
    const cached = this.tableCache.get(sheet.path);
    if (cached !== undefined) return cached;
    const tables: TablePart[] = [];
    for (const rel of relationships(this.zip, sheet.path).values()) {
      if (rel.external || !rel.type.endsWith('/table')) continue;
      const xml = this.zip.text(rel.path);
      const table = xml === null ? null : parseTablePart(xml, rel.path);
      if (table !== null) tables.push(table);
    }
    this.tableCache.set(sheet.path, tables);
    return tables;
  }
}

/** Opens an .xlsx package. Throws ZipError (not a zip, damaged) or NotAWorkbookError (a zip without a workbook). */
export function openPackage(bytes: Uint8Array, options: SheetReadOptions = {}): CellsBook {
  const zip = new ZipArchive(bytes);
  const parts = readWorkbookParts(zip, workbookPath(zip));
  // Chart sheets (and sheets whose part is missing) hold no cells: they are not offered, as before.
  const sheets: PackageSheet[] = parts.sheets
    .filter((s) => s.path !== null)
    .map((s) => ({ name: s.name, state: s.state, path: s.path }));
  if (sheets.length === 0) throw new NotAWorkbookError('has no worksheets');
  const source = new PackageSource(zip, parts);
  return new CellsBook(sheets, source, parts.definedNames, parts.styles, options, zip.names());
}

/** A book of one sheet whose cells were read already (a CSV file). */
export function singleSheetBook(name: string, cells: SheetCells): CellsBook {
  const sheet: PackageSheet = { name, state: 'visible' satisfies SheetState, path: null };
  return new CellsBook([sheet], { cells: () => cells, tables: () => [] });
}
