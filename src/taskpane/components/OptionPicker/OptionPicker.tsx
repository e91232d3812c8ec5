// A labelled dropdown of options that calls back with the chosen one's value (presets, saved models).
import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { OptionPickerProps } from './OptionPicker.types';
import { useOptionPickerStyles } from './useOptionPickerStyles.styles';

export function OptionPicker(props: OptionPickerProps): JSX.Element {
  const styles = useOptionPickerStyles();
  return (
    <Field label={props.label} hint={props.hint}>
      <Dropdown
        className={styles.dropdown}
        value={props.value}
        placeholder={props.placeholder}
        disabled={props.options.length === 0}
        selectedOptions={props.selected === undefined ? [] : [props.selected]}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined) props.onChoose(data.optionValue);
        }}
      >
        {props.options.map((option) => (
          <Option key={option.value} value={option.value}>
            {option.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
