// Styles of ModelFile, from theme tokens only.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useModelFileStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
});
