// The model's rules for thin data: what a missing value counts as, and how much data an account needs for a tier.
import { Field, SpinButton } from '@fluentui/react-components';
import { OptionPicker } from '../OptionPicker/OptionPicker';
import type { ScoringRulesProps } from './ScoringRules.types';
import { MISSING_POLICIES, useScoringRules } from './useScoringRules';
import { useScoringRulesStyles } from './useScoringRulesStyles.styles';

export function ScoringRules(props: ScoringRulesProps): JSX.Element {
  const state = useScoringRules(props);
  const styles = useScoringRulesStyles();
  return (
    <div className={styles.root}>
      <OptionPicker
        label="A missing value"
        hint={state.missingHint}
        value={state.missingText}
        selected={props.missing}
        options={MISSING_POLICIES.map((p) => ({ value: p.policy, text: p.text }))}
        onChoose={state.chooseMissing}
      />
      <Field
        label="Data an account needs for a tier (% of the criteria weight)"
        hint="Below it, an account keeps its score but shows “Not enough data”. 0 turns this off."
      >
        <SpinButton
          className={styles.spin}
          min={0}
          max={100}
          step={5}
          value={state.percent}
          onChange={(_, data) => state.setPercent(data.value, data.displayValue)}
        />
      </Field>
    </div>
  );
}
