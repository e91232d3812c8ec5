// A column choice: a dropdown of the table's headers, and how sure the detection is of the column it kept.
import { Badge, Caption1, Dropdown, Field, Option } from '@fluentui/react-components';
import type { ColumnPickerProps } from './ColumnPicker.types';
import { confidenceColor, NO_COLUMN, NONE_LABEL, useColumnPicker } from './useColumnPicker';
import { useColumnPickerStyles } from './useColumnPickerStyles.styles';

const headerOption = (header: string): JSX.Element => (
  <Option key={header} value={header}>
    {header}
  </Option>
);

export function ColumnPicker(props: ColumnPickerProps): JSX.Element {
  const state = useColumnPicker(props);
  const styles = useColumnPickerStyles();
  return (
    <div className={styles.choice}>
      <Field
        label={props.label}
        validationState={state.missing ? 'warning' : 'none'}
        validationMessage={state.missing ? 'Choose a column' : undefined}
      >
        <Dropdown
          className={styles.dropdown}
          aria-label={props.ariaLabel}
          value={state.shown}
          selectedOptions={[props.value ?? NO_COLUMN]}
          placeholder="Choose a column"
          onOptionSelect={(_, data) => state.choose(data.optionValue)}
        >
          {props.optional === true && <Option value={NO_COLUMN}>{NONE_LABEL}</Option>}
          {props.columns.map(headerOption)}
        </Dropdown>
      </Field>
      {props.confidence !== null && (
        <div className={styles.confidence}>
          <Badge appearance="tint" color={confidenceColor(props.confidence.confidence)}>
            {`Detected, ${Math.round(props.confidence.confidence * 100)}% sure`}
          </Badge>
          <Caption1 className={styles.reason}>{props.confidence.reason}</Caption1>
        </div>
      )}
    </div>
  );
}
