// Styles of RibbonOutcome, from theme tokens only.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useRibbonOutcomeStyles = makeStyles({
  lines: { margin: '0', paddingLeft: tokens.spacingHorizontalL },
});
