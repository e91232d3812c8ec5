// Styles of ScoringRules, from theme tokens only.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useScoringRulesStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  spin: { width: '96px' },
});
