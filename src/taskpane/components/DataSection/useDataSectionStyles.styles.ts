// Styles of DataSection, from theme tokens only: one column that wraps at taskpane widths.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useDataSectionStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  summary: { color: tokens.colorNeutralForeground2 },
  choice: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  dropdown: { minWidth: '0', width: '100%' },
  confidence: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  reason: { color: tokens.colorNeutralForeground3 },
  quality: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  problems: {
    margin: '0',
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  problem: { overflowWrap: 'anywhere' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
});
