// Styles of RowFilter, from theme tokens only.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useRowFilterStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  condition: {
    display: 'flex',
    flexDirection: 'column',
    margin: '0',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  note: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});
