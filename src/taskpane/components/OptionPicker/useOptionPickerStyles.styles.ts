// Styles of OptionPicker: the dropdown takes the panel's width.
import { makeStyles } from '@fluentui/react-components';

export const useOptionPickerStyles = makeStyles({
  dropdown: { minWidth: '0', width: '100%' },
});
