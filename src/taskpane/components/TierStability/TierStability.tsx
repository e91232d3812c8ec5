// How much the tiers depend on the weights: the borderline first-band accounts and each weight's sensitivity.
import { Caption1, Text } from '@fluentui/react-components';
import type { TierStabilityProps } from './TierStability.types';
import { useTierStability } from './useTierStability';
import { useTierStabilityStyles } from './useTierStabilityStyles.styles';

export function TierStability(props: TierStabilityProps): JSX.Element | null {
  const state = useTierStability(props);
  const styles = useTierStabilityStyles();
  if (state === null) return null;
  return (
    <section aria-label="Tier stability" className={styles.root}>
      <Text weight="semibold" as="h3">
        How stable the tiers are
      </Text>
      <Text>{state.headline}</Text>
      <Caption1 className={styles.note}>{state.method}</Caption1>
      {state.borderline.length > 0 && (
        <ul className={styles.list} aria-label={`Borderline ${state.band} accounts`}>
          {state.borderline.map((b) => (
            <li key={b.id}>
              <Text weight="semibold">{b.id}</Text>
              <Text>{` · ${b.kept} · score ${b.score}`}</Text>
            </li>
          ))}
        </ul>
      )}
      <Text weight="semibold" as="h4">
        What moves them
      </Text>
      <ul className={styles.list} aria-label="Weight sensitivity">
        {state.sensitivity.map((s) => (
          <li key={s.criterion} aria-label={`${s.criterion}: ${s.down} / ${s.up}`}>
            <Text>{s.words}</Text>
          </li>
        ))}
      </ul>
      <Caption1 className={styles.note}>
        {`The smallest change of one weight (the others kept) that changes which accounts are ${state.band}.`}
      </Caption1>
    </section>
  );
}
