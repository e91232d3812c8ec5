// Styles of ColumnPicker, from theme tokens only: the dropdown as wide as the panel, the confidence below it.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useColumnPickerStyles = makeStyles({
  choice: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  dropdown: { minWidth: '0', width: '100%' },
  confidence: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  reason: { color: tokens.colorNeutralForeground3 },
});
