// Styles of SheetView, from theme tokens (the cells' own colours come from the workbook): an Excel-like grid.
import { makeStyles, tokens } from '@fluentui/react-components';
import { HEADER_HEIGHT, ROW_HEIGHT } from './useSheetView';

/** Column letters and row numbers: grey, ruled, and kept in view while the sheet scrolls. */
const STICKY_HEADING = {
  position: 'sticky',
  boxSizing: 'border-box',
  fontWeight: tokens.fontWeightRegular,
  color: tokens.colorNeutralForeground3,
  backgroundColor: tokens.colorNeutralBackground3,
  borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
} as const;

export const useSheetViewStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: '0',
    overflow: 'auto',
    position: 'relative',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  table: { borderCollapse: 'separate', borderSpacing: '0', tableLayout: 'fixed' },
  heading: {
    ...STICKY_HEADING,
    top: '0',
    zIndex: 3,
    height: `${HEADER_HEIGHT}px`,
    padding: '0',
    textAlign: 'center',
  },
  corner: { left: '0', zIndex: 4 },
  rowHeading: {
    ...STICKY_HEADING,
    left: '0',
    zIndex: 1,
    padding: '0 4px',
    textAlign: 'right',
  },
  row: { height: `${ROW_HEIGHT}px` },
  // Not positioned: positioned cells would paint over the text a left neighbour spills into them.
  cell: {
    height: `${ROW_HEIGHT}px`,
    padding: '0 4px',
    boxSizing: 'border-box',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  barCell: { position: 'relative' },
  spill: { overflow: 'visible', textOverflow: 'clip' },
  // Frozen rows stay under the column letters; they need a background to hide the rows scrolling by.
  frozen: { position: 'sticky', zIndex: 2, backgroundColor: tokens.colorNeutralBackground1 },
  frozenEdge: { borderBottom: `2px solid ${tokens.colorNeutralStroke1}` },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  bar: {
    position: 'absolute',
    left: '1px',
    top: '3px',
    bottom: '3px',
    opacity: 0.6,
    pointerEvents: 'none',
  },
  text: { position: 'relative' },
  spacer: { padding: '0', border: 'none' },
});
