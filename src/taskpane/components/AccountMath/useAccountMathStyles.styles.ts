// Styles of AccountMath: a compact table that fits a 300 px taskpane without scrolling sideways.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useAccountMathStyles = makeStyles({
  table: { tableLayout: 'auto', width: '100%', marginTop: tokens.spacingVerticalXS },
  text: { overflowWrap: 'anywhere' },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
  total: { fontWeight: tokens.fontWeightSemibold },
});
