// Styles of DataSection, from theme tokens only: one column that wraps at taskpane widths.
import { makeStyles, tokens } from '@fluentui/react-components';
import { stackedList } from '../../lib/layout-styles';

export const useDataSectionStyles = makeStyles({
  summary: { color: tokens.colorNeutralForeground2 },
  reason: { color: tokens.colorNeutralForeground3 },
  quality: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  problems: { ...stackedList, gap: tokens.spacingVerticalXXS },
  problem: { overflowWrap: 'anywhere' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
});
