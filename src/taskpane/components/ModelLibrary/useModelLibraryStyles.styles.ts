// Styles of ModelLibrary, from theme tokens only.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useModelLibraryStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  save: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  name: { flexGrow: 1, minWidth: '140px' },
});
