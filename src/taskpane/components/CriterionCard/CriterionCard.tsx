// One picked criterion: weight (slider + number) with its share of the score, direction, normalisation, label values.
import {
  Badge,
  Button,
  Card,
  Dropdown,
  Field,
  Option,
  Slider,
  SpinButton,
  Text,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { NormalizeSpec } from '../../../core';
import { ColumnPicker } from '../ColumnPicker/ColumnPicker';
import { LabelMapEditor } from '../LabelMapEditor/LabelMapEditor';
import { PanelNotice } from '../PanelNotice/PanelNotice';
import type { CriterionCardProps } from './CriterionCard.types';
import {
  DIRECTION_LABELS,
  METHOD_LABELS,
  SLIDER_MAX,
  spinValue,
  useCriterionCard,
} from './useCriterionCard';
import { useCriterionCardStyles } from './useCriterionCardStyles.styles';

const METHODS = Object.keys(METHOD_LABELS) as NormalizeSpec['method'][];

export function CriterionCard(props: CriterionCardProps): JSX.Element {
  const state = useCriterionCard(props);
  const styles = useCriterionCardStyles();
  return (
    <Card className={styles.card} role="group" aria-label={`Criterion ${state.label}`}>
      <div className={styles.header}>
        <Text weight="semibold" className={styles.title}>
          {state.label}
        </Text>
        <Badge appearance="tint" color={state.needsValues === null ? 'brand' : 'warning'}>
          {state.needsValues === null ? `${state.share}% of the score` : 'Not counted yet'}
        </Badge>
        {state.removable && (
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={`Remove ${state.label}`}
            onClick={props.onRemove}
          />
        )}
      </div>
      <ColumnPicker
        label="Column"
        ariaLabel={`Column of ${state.label}`}
        value={state.column}
        columns={props.columns}
        confidence={props.confidence}
        onChange={(header) => header !== null && props.onColumn(header)}
      />
      <div className={styles.weight}>
        <Slider
          className={styles.slider}
          aria-label={`Weight of ${state.label}`}
          min={0}
          max={SLIDER_MAX}
          step={1}
          value={state.sliderWeight}
          onChange={(_, data) => props.onWeight(data.value)}
        />
        <SpinButton
          className={styles.spin}
          aria-label={`Weight of ${state.label}, as a number`}
          min={0}
          max={1_000_000}
          value={state.weight}
          onChange={(_, data) => {
            const value = spinValue(data);
            if (Number.isFinite(value)) props.onWeight(value);
          }}
        />
      </div>
      <div className={styles.pair}>
        <Field label="Direction" className={styles.pairItem}>
          <Dropdown
            className={styles.dropdown}
            value={DIRECTION_LABELS[state.direction]}
            selectedOptions={[state.direction]}
            onOptionSelect={(_, data) =>
              (data.optionValue === 'lower' || data.optionValue === 'higher') &&
              props.onDirection(data.optionValue)
            }
          >
            <Option value="higher">{DIRECTION_LABELS.higher}</Option>
            <Option value="lower">{DIRECTION_LABELS.lower}</Option>
          </Dropdown>
        </Field>
        <Field label="Normalisation" className={styles.pairItem}>
          <Dropdown
            className={styles.dropdown}
            value={METHOD_LABELS[state.method]}
            selectedOptions={[state.method]}
            onOptionSelect={(_, data) => {
              const method = METHODS.find((m) => m === data.optionValue);
              if (method !== undefined) props.onMethod(method);
            }}
          >
            {METHODS.map((m) => (
              <Option key={m} value={m}>
                {METHOD_LABELS[m]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      {state.scale !== null && (
        <div className={styles.pair}>
          <Field label="Scale from" className={styles.pairItem}>
            <SpinButton
              value={state.scale.min}
              onChange={(_, data) =>
                Number.isFinite(spinValue(data)) &&
                props.onScale({ min: spinValue(data), max: state.scale?.max ?? 5 })
              }
            />
          </Field>
          <Field
            label="to"
            className={styles.pairItem}
            validationMessage={
              state.scale.max > state.scale.min ? undefined : 'Must be above the start'
            }
          >
            <SpinButton
              value={state.scale.max}
              onChange={(_, data) =>
                Number.isFinite(spinValue(data)) &&
                props.onScale({ min: state.scale?.min ?? 1, max: spinValue(data) })
              }
            />
          </Field>
        </div>
      )}
      <PanelNotice intent="warning" text={state.needsValues} />
      <LabelMapEditor
        criterion={state.label}
        normalize={props.criterion.normalize}
        labels={props.labels}
        onChange={props.onLabelValue}
      />
    </Card>
  );
}
