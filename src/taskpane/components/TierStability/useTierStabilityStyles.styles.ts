// Styles of TierStability, from theme tokens only.
import { makeStyles, tokens } from '@fluentui/react-components';
import { stackedList } from '../../lib/layout-styles';

export const useTierStabilityStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { ...stackedList, gap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground3 },
});
