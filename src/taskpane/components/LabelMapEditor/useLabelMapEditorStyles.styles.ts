// Styles of LabelMapEditor, from theme tokens only.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useLabelMapEditorStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  label: { overflowWrap: 'anywhere', minWidth: '0', flexGrow: 1 },
  spin: { width: '96px' },
  hint: { color: tokens.colorNeutralForeground3 },
});
