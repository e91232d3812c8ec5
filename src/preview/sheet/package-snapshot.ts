// The sheet view of a workbook as the package reader read it: values through their number formats, before any write.
import type { SheetView } from '../../hosts/file';
import { formatNumber } from './cell-text';
import {
  DEFAULT_WIDTH,
  FIT_SAMPLE_ROWS,
  MAX_COLUMNS,
  MAX_FITTED_WIDTH,
  MAX_FROZEN_ROWS,
  MIN_COLUMNS,
  MIN_ROWS,
  widthInPixels,
  type SheetSnapshot,
  type ViewCell,
} from './snapshot';

/**
 * A snapshot over the reader's cells. The package reader keeps values and number formats, not
 * fonts, fills or the user's conditional formats: those show once a run has loaded the workbook
 * for writing (then the view reads that workbook, see snapshotOf).
 */
export function packageSnapshot(view: SheetView): SheetSnapshot {
  const { name, cells, formats } = view;
  const { rows, styles } = cells;
  let widest = 0;
  for (let r = 1; r <= cells.lastRow; r++) widest = Math.max(widest, rows[r]?.length ?? 0);
  const columnCount = Math.min(Math.max(widest, MIN_COLUMNS), MAX_COLUMNS);
  const text = (row: number, column: number): string => {
    const value = rows[row]?.[column - 1] ?? null;
    if (value === null) return '';
    if (typeof value === 'number')
      return formatNumber(value, formats[styles?.[row]?.[column - 1] ?? 0]);
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return value;
  };
  const fitted = (column: number): number => {
    let longest = 0;
    for (let r = 1; r <= Math.min(cells.lastRow, FIT_SAMPLE_ROWS); r++)
      longest = Math.max(longest, text(r, column).length);
    return Math.min(Math.max(longest + 1, DEFAULT_WIDTH), MAX_FITTED_WIDTH);
  };
  const widths = Array.from({ length: columnCount }, (_, i) =>
    widthInPixels(cells.widths.get(i + 1) ?? fitted(i + 1)),
  );
  return {
    name,
    rowCount: Math.max(cells.lastRow, MIN_ROWS),
    columnCount,
    widths,
    frozenRows: Math.min(cells.frozenRows, MAX_FROZEN_ROWS),
    cell(row, column): ViewCell | null {
      const value = rows[row]?.[column - 1] ?? null;
      if (value === null) return null;
      return {
        text: text(row, column),
        align: typeof value === 'number' ? 'right' : typeof value === 'boolean' ? 'center' : 'left',
        bold: false,
      };
    },
  };
}
