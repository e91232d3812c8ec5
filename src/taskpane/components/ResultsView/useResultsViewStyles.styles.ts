// Styles of ResultsView, from theme tokens only: cards wrap two or one to a row on a taskpane.
import { makeStyles, tokens } from '@fluentui/react-components';
import { stackedList } from '../../lib/layout-styles';

export const useResultsViewStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  card: { flexGrow: 1, flexBasis: '130px', minWidth: '0' },
  value: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    overflowWrap: 'anywhere',
  },
  note: { color: tokens.colorNeutralForeground3 },
  list: { ...stackedList, gap: tokens.spacingVerticalS },
  item: { overflowWrap: 'anywhere' },
  why: { color: tokens.colorNeutralForeground2 },
  kept: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
