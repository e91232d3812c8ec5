// Styles of Toolbar, from theme tokens only: one wrapping row above the panel and the sheet.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useToolbarStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { marginRight: tokens.spacingHorizontalS },
  file: {
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    minWidth: '0',
    overflowWrap: 'anywhere',
  },
  hint: { color: tokens.colorNeutralForeground3 },
  spacer: { flexGrow: 1 },
  timing: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  input: { display: 'none' },
});
