// One worksheet part streamed once into rows of the core's raw cells, by a small scanner over the inflated text.
import { parseCellArea, type Box, type RawCell } from '../../../core';
import {
  cellNames,
  fastAttribute,
  parseCellValue,
  readCellTag,
  type CellContext,
  type CellNames,
  type CellTag,
} from './cell';
import type { UncachedCell } from '../book';
import { ColumnStrings } from '../column-strings';
import { attribute, elements } from './xml';

export interface SheetCells {
  /** rows[r] holds sheet row r (1-based) from column A up to its last cell; undefined for a row with no cells. */
  readonly rows: readonly (RawCell[] | undefined)[];
  /** Each cell's style (cellXfs index) beside `rows`, when asked for (the sheet view formats cells with it). */
  readonly styles?: readonly (readonly number[] | undefined)[];
  /** The last row that has a cell element. */
  readonly lastRow: number;
  /** Merged areas: only their top-left cell holds a value, as Excel shows them. */
  readonly merges: readonly Box[];
  readonly hiddenRows: readonly number[];
  /** The sheet's own filter range (a table's filter lives in the table part). */
  readonly autoFilter: Box | null;
  /** Relationship ids of the sheet's table parts. */
  readonly tableParts: readonly string[];
  /** Formula cells the file holds no result for (openpyxl, ExcelJS without calculation). */
  readonly uncachedFormulas: readonly UncachedCell[];
  /** Rows kept in view by frozen panes. */
  readonly frozenRows: number;
  /** Column widths in characters where the sheet sets them, by 1-based column. */
  readonly widths: ReadonlyMap<number, number>;
}

export interface SheetReadOptions {
  /** Keep each cell's style index (costs memory on large sheets; the CLI does not need it). */
  readonly keepStyles?: boolean;
}

/** Incremental scanner state: the sheet arrives as text pieces and rows are taken as soon as they are whole. */
class SheetScanner {
  private pending = '';
  private phase: 'head' | 'data' | 'tail' = 'head';
  private prefix = '';
  private head = '';
  private tail = '';
  private nextRow = 1;
  private cellOpen = '<c';
  private cellClose = '</c>';
  private names: CellNames = cellNames('');
  /** Reused for every cell's start tag. */
  private readonly tag: CellTag = { column: 0, style: 0, type: 'n' };
  readonly rows: (RawCell[] | undefined)[] = [undefined];
  readonly styles: (number[] | undefined)[] | undefined;
  readonly hiddenRows: number[] = [];
  readonly uncached: UncachedCell[] = [];
  lastRow = 0;
  /** Cells in the last row read: the next row's array starts this wide. */
  private width = 0;
  private readonly strings = new ColumnStrings();

  constructor(
    private readonly context: CellContext,
    keepStyles: boolean,
  ) {
    this.styles = keepStyles ? [undefined] : undefined;
  }

  push(text: string): void {
    this.pending += text;
    if (this.phase === 'head') this.scanHead();
    if (this.phase === 'data') this.scanRows();
    if (this.phase === 'tail') {
      this.tail += this.pending;
      this.pending = '';
    }
  }

  private scanHead(): void {
    const root = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(this.pending);
    if (root === null) return;
    this.prefix = root[1] ?? '';
    this.cellOpen = `<${this.prefix}c`;
    this.cellClose = `</${this.prefix}c>`;
    this.names = cellNames(this.prefix);
    const open = new RegExp(`<${this.prefix}sheetData(?=[\\s/>])`).exec(this.pending);
    if (open === null) return;
    const tagEnd = this.pending.indexOf('>', open.index);
    if (tagEnd === -1) return;
    this.head = this.pending.slice(0, open.index);
    const selfClosing = this.pending[tagEnd - 1] === '/';
    this.pending = this.pending.slice(tagEnd + 1);
    this.phase = selfClosing ? 'tail' : 'data';
  }

  private scanRows(): void {
    const text = this.pending;
    const rowOpen = `<${this.prefix}row`;
    const rowClose = `</${this.prefix}row>`;
    const dataClose = `</${this.prefix}sheetData>`;
    // Found once per piece: searching for it at every row would scan the rest of the piece each time.
    const end = text.indexOf(dataClose);
    let at = 0;
    for (;;) {
      const start = text.indexOf(rowOpen, at);
      if (end !== -1 && (start === -1 || end < start)) {
        this.phase = 'tail';
        this.pending = text.slice(end + dataClose.length);
        return;
      }
      if (start === -1) break;
      const tagEnd = text.indexOf('>', start);
      if (tagEnd === -1) break;
      const tag = text.slice(start, tagEnd + 1);
      if (tag.endsWith('/>')) {
        this.row(tag, '');
        at = tagEnd + 1;
        continue;
      }
      const close = text.indexOf(rowClose, tagEnd);
      if (close === -1) break;
      this.row(tag, text.slice(tagEnd + 1, close));
      at = close + rowClose.length;
    }
    this.pending = text.slice(at);
  }

  private row(tag: string, inner: string): void {
    const r = Number(fastAttribute(tag, 'r') ?? this.nextRow);
    this.nextRow = r + 1;
    const hidden = fastAttribute(tag, 'hidden');
    if (hidden === '1' || hidden === 'true') this.hiddenRows.push(r);
    if (inner === '') return;
    // Made as wide as the row before and cut to its last cell: a row grown cell by cell keeps
    // about twice the room it needs, a hundred megabytes over a full sheet.
    const cells: RawCell[] = new Array<RawCell>(this.width);
    let filled = 0;
    const styles: number[] | undefined = this.styles !== undefined ? [] : undefined;
    const { cellOpen, cellClose, names, tag: cellTag } = this;
    let column = 0;
    let at = 0;
    for (;;) {
      const start = inner.indexOf(cellOpen, at);
      if (start === -1) break;
      const after = inner.charCodeAt(start + cellOpen.length);
      // "<c" followed by a space, ">" or "/": not another element whose name starts with c.
      if (after !== 0x20 && after !== 0x3e && after !== 0x2f && after !== 0x09 && after !== 0x0a) {
        at = start + cellOpen.length;
        continue;
      }
      const tagEnd = inner.indexOf('>', start);
      readCellTag(inner, start, tagEnd, cellTag);
      let bodyEnd = tagEnd + 1;
      if (inner.charCodeAt(tagEnd - 1) === 0x2f) at = tagEnd + 1;
      else {
        const close = inner.indexOf(cellClose, tagEnd);
        bodyEnd = close === -1 ? inner.length : close;
        at = bodyEnd + cellClose.length;
      }
      column = cellTag.column > 0 ? cellTag.column : column + 1;
      const parsed = parseCellValue(inner, tagEnd + 1, bodyEnd, cellTag, names, this.context);
      if (parsed === undefined) this.uncached.push({ row: r, column });
      for (; filled < column - 1; filled++) cells[filled] = null;
      // Text written in the cell (not a shared string, which the table of shared strings holds once).
      const written = cellTag.type === 'inlineStr' || cellTag.type === 'str';
      cells[column - 1] =
        written && typeof parsed === 'string'
          ? this.strings.kept(parsed, column)
          : (parsed ?? null);
      if (column > filled) filled = column;
      const style = cellTag.style;
      if (styles !== undefined && style !== 0) {
        while (styles.length < column - 1) styles.push(0);
        styles[column - 1] = style;
      }
    }
    if (filled === 0) return;
    if (cells.length !== filled) cells.length = filled;
    this.width = filled;
    while (this.rows.length < r) this.rows.push(undefined);
    this.rows[r] = cells;
    if (this.styles !== undefined && styles !== undefined) {
      while (this.styles.length < r) this.styles.push(undefined);
      this.styles[r] = styles;
    }
    if (r > this.lastRow) this.lastRow = r;
  }

  finish(): SheetCells {
    if (this.phase === 'tail') this.tail += this.pending;
    const merges = elements(this.tail, 'mergeCell')
      .map(({ tag }) => parseCellArea(attribute(tag, 'ref') ?? ''))
      .filter((box): box is Box => box !== null);
    for (const box of merges) this.coverMerge(box);
    const filterTag = elements(this.tail, 'autoFilter')[0]?.tag;
    const autoFilter =
      filterTag === undefined ? null : parseCellArea(attribute(filterTag, 'ref') ?? '');
    const tableParts = elements(this.tail, 'tablePart')
      .map(({ tag }) => attribute(tag, 'r:id') ?? attribute(tag, 'id'))
      .filter((id): id is string => id !== undefined);
    return {
      rows: this.rows,
      ...(this.styles !== undefined ? { styles: this.styles } : {}),
      lastRow: this.lastRow,
      merges,
      hiddenRows: this.hiddenRows,
      autoFilter,
      tableParts,
      uncachedFormulas: this.uncached.filter(
        (u) => !merges.some((m) => coveredBy(m, u.row, u.column)),
      ),
      frozenRows: frozenRows(this.head),
      widths: columnWidths(this.head),
    };
  }

  /** The cells under a merge other than its top-left one show nothing in Excel, whatever the file holds. */
  private coverMerge(box: Box): void {
    for (let r = box.top; r <= Math.min(box.bottom, this.rows.length - 1); r++) {
      const cells = this.rows[r];
      if (cells === undefined) continue;
      for (let c = box.left; c <= Math.min(box.right, cells.length); c++)
        if (r !== box.top || c !== box.left) cells[c - 1] = null;
    }
  }
}

function coveredBy(box: Box, row: number, column: number): boolean {
  const inside = row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
  return inside && (row !== box.top || column !== box.left);
}

function frozenRows(head: string): number {
  const pane = elements(head, 'pane')[0]?.tag;
  if (pane === undefined) return 0;
  const state = attribute(pane, 'state');
  if (state !== 'frozen' && state !== 'frozenSplit') return 0;
  const rows = Number(attribute(pane, 'ySplit') ?? 0);
  return Number.isFinite(rows) ? Math.max(0, Math.floor(rows)) : 0;
}

function columnWidths(head: string): Map<number, number> {
  const widths = new Map<number, number>();
  for (const { tag } of elements(head, 'col')) {
    const min = Number(attribute(tag, 'min'));
    const max = Math.min(Number(attribute(tag, 'max')), min + 16_384);
    const width = Number(attribute(tag, 'width'));
    if (!Number.isFinite(width) || !Number.isInteger(min)) continue;
    for (let c = min; c <= max; c++) widths.set(c, width);
  }
  return widths;
}

/** As scanSheet, for a stream that delivers its pieces asynchronously (the platform's native inflate). */
export async function scanSheetAsync(
  stream: (onText: (text: string) => void) => Promise<unknown>,
  context: CellContext,
  options: SheetReadOptions = {},
): Promise<SheetCells> {
  const scanner = new SheetScanner(context, options.keepStyles === true);
  await stream((text) => scanner.push(text));
  return scanner.finish();
}

/** Streams a worksheet's text pieces through the scanner and returns its cells. */
export function scanSheet(
  stream: (onText: (text: string) => void) => void,
  context: CellContext,
  options: SheetReadOptions = {},
): SheetCells {
  const scanner = new SheetScanner(context, options.keepStyles === true);
  stream((text) => scanner.push(text));
  return scanner.finish();
}
