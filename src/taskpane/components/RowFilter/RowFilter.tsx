// "Only accounts where…": conditions on category columns (Type, Active, Region), each a list of
// values to tick, and how many rows the filter leaves out. Left-out rows get no result at all.
import { Button, Caption1, Checkbox, Text } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { valueText } from '../../../core';
import { OptionPicker } from '../OptionPicker/OptionPicker';
import type { RowFilterProps } from './RowFilter.types';
import { useRowFilter } from './useRowFilter';
import { useRowFilterStyles } from './useRowFilterStyles.styles';

export function RowFilter(props: RowFilterProps): JSX.Element | null {
  const state = useRowFilter(props);
  const styles = useRowFilterStyles();
  if (state.conditions.length === 0 && state.available.length === 0) return null;
  return (
    <div className={styles.root} role="group" aria-label="Only accounts where">
      <Text weight="semibold">Only accounts where…</Text>
      {state.conditions.map((condition) => {
        const none = condition.choices.every((c) => !c.kept);
        return (
          <fieldset key={condition.column} className={styles.condition}>
            <legend className={styles.legend}>
              <Text>{`${condition.column} is one of`}</Text>
              <Button
                appearance="subtle"
                size="small"
                icon={<DismissRegular />}
                aria-label={`Remove the condition on ${condition.column}`}
                onClick={() => state.remove(condition.column)}
              />
            </legend>
            {condition.choices.map((choice) => (
              <Checkbox
                key={choice.value}
                checked={choice.kept}
                label={`${valueText(choice.value)} (${choice.rows})`}
                onChange={(_, data) =>
                  state.toggle(condition.column, choice.value, data.checked === true)
                }
              />
            ))}
            {none && (
              <Caption1 className={styles.warning}>
                Tick at least one value: with none, no row would be an account.
              </Caption1>
            )}
          </fieldset>
        );
      })}
      {state.available.length > 0 && (
        <OptionPicker
          label={state.conditions.length === 0 ? 'Filter on a column' : 'And on a column'}
          placeholder="Every row is an account"
          value=""
          options={state.available.map((header) => ({ value: header, text: header }))}
          onChoose={state.add}
        />
      )}
      {state.conditions.length > 0 && (
        <Caption1 className={styles.note}>
          {state.leftOut === 0
            ? `All ${state.rows} rows are accounts.`
            : `${state.leftOut} of ${state.rows} rows left out by the filter: they get no score and are in no figure.`}
        </Caption1>
      )}
    </div>
  );
}
