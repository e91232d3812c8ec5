// The live what-if (tier counts, Key revenue share, the 80/20 statement) and the "Identify key accounts" button.
import { Badge, Button, Caption1, Field, ProgressBar, Text } from '@fluentui/react-components';
import type { WhatIfBarProps } from './WhatIfBar.types';
import { useWhatIfBar } from './useWhatIfBar';
import { useWhatIfBarStyles } from './useWhatIfBarStyles.styles';

export function WhatIfBar(props: WhatIfBarProps): JSX.Element {
  const state = useWhatIfBar(props);
  const styles = useWhatIfBarStyles();
  return (
    <div
      ref={props.rootRef}
      className={styles.root}
      role="region"
      aria-label="Live preview and run"
    >
      {state.unavailable !== null ? (
        <Caption1 className={styles.hint}>{state.unavailable}</Caption1>
      ) : (
        <div role="group" aria-label="What-if preview">
          <div className={styles.tiers}>
            {state.tiers.map((t, k) => (
              <Badge
                key={t.name}
                appearance={k === 0 ? 'filled' : 'tint'}
                color={k === 0 ? 'brand' : 'informative'}
                aria-label={`${t.name}: ${t.count} accounts`}
              >
                {`${t.name} ${t.count}`}
              </Badge>
            ))}
          </div>
          <Text
            as="p"
            className={styles.line}
          >{`${state.keyTier} accounts bring ${state.keyShare ?? '–'} of revenue.`}</Text>
          <Text as="p" className={styles.line}>
            {state.pareto}
          </Text>
        </div>
      )}
      {state.running !== null && (
        <Field
          validationMessage={state.running.label}
          validationState="none"
          className={styles.progress}
        >
          <ProgressBar
            value={state.running.fraction}
            max={1}
            aria-label="Identification progress"
          />
        </Field>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={state.busy || state.blocked !== null}
          onClick={props.onIdentify}
        >
          Identify key accounts
        </Button>
        {state.running !== null && (
          <Button disabled={state.running.cancelling} onClick={props.onCancel}>
            Cancel
          </Button>
        )}
      </div>
      {state.blocked !== null && <Caption1 className={styles.hint}>{state.blocked}</Caption1>}
    </div>
  );
}
