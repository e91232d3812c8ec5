// Styles of CriterionCard, from theme tokens only: fields stack, pairs wrap on narrow taskpanes.
import { makeStyles, tokens } from '@fluentui/react-components';
import { spreadRow } from '../../lib/layout-styles';

export const useCriterionCardStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: spreadRow,
  title: { minWidth: '0', overflowWrap: 'anywhere' },
  weight: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  slider: { flexGrow: 1, minWidth: '0' },
  spin: { width: '88px', flexShrink: 0 },
  pair: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  pairItem: { flexGrow: 1, flexBasis: '140px', minWidth: '0' },
  dropdown: { minWidth: '0', width: '100%' },
});
