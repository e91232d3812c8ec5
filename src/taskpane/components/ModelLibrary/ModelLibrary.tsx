// Presets and named models: apply a preset, load a saved model, save the current one under a name.
import { Button, Caption1, Field, Input } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { OptionPicker } from '../OptionPicker/OptionPicker';
import { ProblemMessage } from '../ProblemMessage/ProblemMessage';
import { PanelNotice } from '../PanelNotice/PanelNotice';
import type { ModelLibraryProps } from './ModelLibrary.types';
import { useModelLibrary } from './useModelLibrary';
import { useModelLibraryStyles } from './useModelLibraryStyles.styles';

export function ModelLibrary(props: ModelLibraryProps): JSX.Element {
  const state = useModelLibrary(props);
  const styles = useModelLibraryStyles();
  return (
    <div className={styles.root}>
      <OptionPicker
        label="Preset"
        hint={state.presetDescription}
        value={state.presetText}
        selected={props.preset ?? undefined}
        options={state.presets.map((p) => ({ value: p.name, text: p.label }))}
        onChoose={(name) => {
          const chosen = state.presets.find((p) => p.name === name);
          if (chosen !== undefined) props.onPreset(chosen.name);
        }}
      />
      <OptionPicker
        label="Saved models"
        placeholder={
          state.models.length === 0 ? 'None saved in this workbook yet' : 'Load a saved model'
        }
        options={state.models.map((m) => ({ value: m.key, text: m.name }))}
        onChoose={(key) => {
          const chosen = state.models.find((m) => m.key === key);
          if (chosen !== undefined) props.onLoad(chosen.model);
        }}
      />
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
      <PanelNotice intent="success" text={props.notice} />
    </div>
  );
}
