// Styles of LabelMapEditor, from theme tokens only.
import { makeStyles, tokens } from '@fluentui/react-components';
import { spreadRow } from '../../lib/layout-styles';

export const useLabelMapEditorStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: spreadRow,
  label: { overflowWrap: 'anywhere', minWidth: '0', flexGrow: 1 },
  spin: { width: '96px' },
  hint: { color: tokens.colorNeutralForeground3 },
});
