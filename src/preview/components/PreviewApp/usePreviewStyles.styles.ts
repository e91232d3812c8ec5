// Styles of the preview page, from theme tokens only: toolbar on top, the taskpane at taskpane width, the sheet beside it.
import { makeStyles, tokens } from '@fluentui/react-components';

/** Excel's task pane is about 320-450 px wide; the preview shows the panel at a typical width. */
export const PANEL_WIDTH = 380;

export const usePreviewStyles = makeStyles({
  page: {
    height: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: { flexGrow: 1, minHeight: '0', display: 'flex' },
  // The panel scrolls on its own, so its run bar (sticky at the bottom) behaves as in Excel.
  panel: {
    flexShrink: 0,
    width: `${PANEL_WIDTH}px`,
    overflowY: 'auto',
    overflowX: 'hidden',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sheet: { flexGrow: 1, minWidth: '0', display: 'flex', flexDirection: 'column' },
  tabs: {
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  message: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
  waiting: { margin: 'auto' },
  drop: {
    position: 'fixed',
    inset: '0',
    zIndex: 10,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    pointerEvents: 'none',
    backgroundColor: tokens.colorBackgroundOverlay,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});
