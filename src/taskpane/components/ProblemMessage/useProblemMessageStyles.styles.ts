// Styles of ProblemMessage, from theme tokens only.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useProblemMessageStyles = makeStyles({
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  details: {
    marginTop: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});
