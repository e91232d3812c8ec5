// The sheet view: an Excel-like grid of one worksheet that renders only the rows in view (50,000 rows stay fast).
import { mergeClasses } from '@fluentui/react-components';
import { memo, type CSSProperties } from 'react';
import { columnLetters } from '../../../core';
import type { SheetSnapshot } from '../../sheet/snapshot';
import type { CellSelection, SheetViewProps } from './SheetView.types';
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT, useSheetView } from './useSheetView';
import { useSheetViewStyles } from './useSheetViewStyles.styles';

interface RowProps {
  readonly sheet: SheetSnapshot;
  readonly row: number;
  readonly selection: CellSelection | null;
  /** Sticky offset of a frozen row; undefined for a scrolling row. */
  readonly stickyTop?: number;
}

/** Memoised: scrolling renders only the rows that come into view. */
const SheetRow = memo(function SheetRow({
  sheet,
  row,
  selection,
  stickyTop,
}: RowProps): JSX.Element {
  const styles = useSheetViewStyles();
  const frozen = stickyTop !== undefined;
  const edge = frozen && row === sheet.frozenRows;
  const cellsInRow = Array.from({ length: sheet.columnCount + 1 }, (_, i) =>
    i === 0 ? null : sheet.cell(row, i),
  );
  const empty = (column: number): boolean => {
    const next = cellsInRow[column] ?? null;
    return next === null || (next.text === '' && next.fill === undefined && next.bar === undefined);
  };
  const cells: JSX.Element[] = [];
  for (let column = 1; column <= sheet.columnCount; column++) {
    const cell = cellsInRow[column];
    // Text runs on into an empty cell to its right, as in Excel (titles and notes stay readable).
    const spills =
      cell !== null &&
      cell.align === 'left' &&
      cell.text !== '' &&
      column < sheet.columnCount &&
      empty(column + 1);
    const address = `${columnLetters(column)}${row}`;
    const selected = selection !== null && selection.row === row && selection.column === column;
    const style: CSSProperties = {
      // A frozen cell is positioned (sticky): one that spills must be above its right neighbour.
      ...(frozen ? { top: stickyTop, ...(spills ? { zIndex: 3 } : {}) } : {}),
      ...(cell === null
        ? {}
        : {
            textAlign: cell.align,
            fontWeight: cell.bold ? 600 : undefined,
            // A filled cell keeps Excel's dark text unless its format says otherwise, in both page themes.
            ...(cell.fill === undefined
              ? {}
              : { backgroundColor: cell.fill, color: cell.color ?? '#000000' }),
            ...(cell.fill === undefined && cell.color !== undefined ? { color: cell.color } : {}),
          }),
    };
    cells.push(
      <td
        key={column}
        className={mergeClasses(
          styles.cell,
          cell?.bar !== undefined && styles.barCell,
          spills && styles.spill,
          frozen && styles.frozen,
          edge && styles.frozenEdge,
          selected && styles.selected,
        )}
        style={style}
        data-cell={address}
        aria-selected={selected || undefined}
        title={cell !== null && cell.text.length > 12 ? cell.text : undefined}
      >
        {cell?.bar !== undefined && (
          <span
            className={styles.bar}
            style={{ width: `${cell.bar.fraction * 100}%`, backgroundColor: cell.bar.color }}
          />
        )}
        {cell !== null && cell.text !== '' && <span className={styles.text}>{cell.text}</span>}
      </td>,
    );
  }
  return (
    <tr className={styles.row} aria-rowindex={row + 1}>
      <th
        scope="row"
        className={mergeClasses(
          styles.rowHeading,
          frozen && styles.frozen,
          edge && styles.frozenEdge,
        )}
        style={frozen ? { top: stickyTop, zIndex: 4 } : undefined}
      >
        {row}
      </th>
      {cells}
    </tr>
  );
});

/** The rows scrolled out of view above or below, as one empty row of their height (the scroll bar stays true). */
function RowsOutOfView({ height, span }: { height: number; span: number }): JSX.Element | null {
  const styles = useSheetViewStyles();
  if (height <= 0) return null;
  return (
    <tr aria-hidden style={{ height }}>
      <td className={styles.spacer} colSpan={span} />
    </tr>
  );
}

export function SheetView(props: SheetViewProps): JSX.Element {
  const { sheet, selection } = props;
  const { scroller, first, last, above, below, onScroll } = useSheetView(props);
  const styles = useSheetViewStyles();
  const width = ROW_HEADER_WIDTH + sheet.widths.reduce((sum, w) => sum + w, 0);
  const frozen = Array.from(
    { length: Math.min(sheet.frozenRows, sheet.rowCount) },
    (_, i) => i + 1,
  );
  const body = Array.from({ length: Math.max(last - first + 1, 0) }, (_, i) => first + i);
  const span = sheet.columnCount + 1;
  // Only the row the selection is in gets it: a new selection redraws two memoised rows, not all.
  const sheetRow = (row: number, stickyTop?: number): JSX.Element => (
    <SheetRow
      key={row}
      sheet={sheet}
      row={row}
      selection={selection?.row === row ? selection : null}
      stickyTop={stickyTop}
    />
  );
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      onScroll={onScroll}
      tabIndex={0}
      role="region"
      aria-label={`Sheet ${sheet.name}`}
    >
      <table
        className={styles.table}
        style={{ width }}
        role="grid"
        aria-readonly
        aria-rowcount={sheet.rowCount + 1}
        aria-colcount={span}
        aria-label={`Cells of sheet ${sheet.name}`}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {sheet.widths.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th
              className={mergeClasses(styles.heading, styles.corner)}
              aria-label="Row and column headings"
            />
            {sheet.widths.map((_, i) => (
              <th key={i} scope="col" className={styles.heading}>
                {columnLetters(i + 1)}
              </th>
            ))}
          </tr>
          {frozen.map((row) => sheetRow(row, HEADER_HEIGHT + (row - 1) * ROW_HEIGHT))}
        </thead>
        <tbody>
          <RowsOutOfView height={above} span={span} />
          {body.map((row) => sheetRow(row))}
          <RowsOutOfView height={below} span={span} />
        </tbody>
      </table>
    </div>
  );
}
