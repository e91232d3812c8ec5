// The label mapping of a text criterion: editable values for custom labels, or the built-in vocabulary's fixed values.
import { Caption1, SpinButton, Text } from '@fluentui/react-components';
import type { LabelMapEditorProps } from './LabelMapEditor.types';
import { useLabelMapEditor } from './useLabelMapEditor';
import { useLabelMapEditorStyles } from './useLabelMapEditorStyles.styles';

export function LabelMapEditor(props: LabelMapEditorProps): JSX.Element | null {
  const { mode, rows, unknown } = useLabelMapEditor(props);
  const styles = useLabelMapEditorStyles();
  if (mode === 'none') return null;
  return (
    <div className={styles.root} role="group" aria-label={`${props.criterion}: label values`}>
      <Caption1 className={styles.hint}>
        {mode === 'editable'
          ? 'Value of each label, from 0 (worst) to 1 (best):'
          : 'Built-in rating values (choose "Custom labels" to change them):'}
      </Caption1>
      {rows.map((row) => (
        <div key={row.label} className={styles.row}>
          <Text className={styles.label}>{row.label}</Text>
          {mode === 'editable' ? (
            <SpinButton
              className={styles.spin}
              aria-label={`${props.criterion}: value of ${row.label}`}
              min={0}
              max={1}
              step={0.05}
              precision={2}
              value={Number.isNaN(row.value) ? null : row.value}
              displayValue={Number.isNaN(row.value) ? '' : row.value.toFixed(2)}
              onChange={(_, data) => {
                const value =
                  data.value ??
                  (data.displayValue === undefined ? NaN : Number.parseFloat(data.displayValue));
                if (Number.isFinite(value)) props.onChange(row.label, value);
              }}
            />
          ) : (
            <Text>{row.value.toFixed(2)}</Text>
          )}
        </div>
      ))}
      {unknown.length > 0 && (
        <Caption1>{`Not rating words, read as missing: ${unknown.join(', ')}. Choose "Custom labels" to score them.`}</Caption1>
      )}
    </div>
  );
}
