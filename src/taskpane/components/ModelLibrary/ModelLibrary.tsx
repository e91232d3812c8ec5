// Presets and named models: apply a preset, load a saved model, save the current one under a name.
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { ProblemMessage } from '../ProblemMessage/ProblemMessage';
import type { ModelLibraryProps } from './ModelLibrary.types';
import { useModelLibrary } from './useModelLibrary';
import { useModelLibraryStyles } from './useModelLibraryStyles.styles';

export function ModelLibrary(props: ModelLibraryProps): JSX.Element {
  const state = useModelLibrary(props);
  const styles = useModelLibraryStyles();
  return (
    <div className={styles.root}>
      <Field label="Preset" hint={state.presetDescription}>
        <Dropdown
          className={styles.dropdown}
          value={state.presetText}
          selectedOptions={props.preset === null ? [] : [props.preset]}
          onOptionSelect={(_, data) => {
            const chosen = state.presets.find((p) => p.name === data.optionValue);
            if (chosen !== undefined) props.onPreset(chosen.name);
          }}
        >
          {state.presets.map((p) => (
            <Option key={p.name} value={p.name}>
              {p.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Saved models">
        <Dropdown
          className={styles.dropdown}
          placeholder={
            state.models.length === 0 ? 'None saved in this workbook yet' : 'Load a saved model'
          }
          disabled={state.models.length === 0}
          selectedOptions={[]}
          onOptionSelect={(_, data) => {
            const chosen = state.models.find((m) => m.key === data.optionValue);
            if (chosen !== undefined) props.onLoad(chosen.model);
          }}
        >
          {state.models.map((m) => (
            <Option key={m.key} value={m.key}>
              {m.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.save}>
        <Field label="Model name" className={styles.name}>
          <Input value={props.name} onChange={(_, data) => props.onName(data.value)} />
        </Field>
        <Button icon={<SaveRegular />} disabled={!state.canSave} onClick={() => props.onSave?.()}>
          {props.saving ? 'Saving…' : 'Save model'}
        </Button>
      </div>
      <Caption1 className={styles.hint}>
        Saved models are kept in this workbook, so colleagues and the KAM functions use the same
        one.
      </Caption1>
      {props.error !== null && (
        <ProblemMessage error={props.error} title="Could not save or list models" />
      )}
      {props.notice !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{props.notice}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
