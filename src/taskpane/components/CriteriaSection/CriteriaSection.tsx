// The Criteria section: presets and saved models, the catalogue to pick 3-5 criteria from, and one card per criterion.
import { Caption1, Checkbox, InfoLabel, Text } from '@fluentui/react-components';
import { ProblemMessage } from '../ProblemMessage/ProblemMessage';
import { CriterionCard } from '../CriterionCard/CriterionCard';
import { ModelLibrary } from '../ModelLibrary/ModelLibrary';
import { ModelFile } from '../ModelFile/ModelFile';
import { PanelSection } from '../PanelSection/PanelSection';
import { ScoringRules } from '../ScoringRules/ScoringRules';
import { PanelNotice } from '../PanelNotice/PanelNotice';
import type { CriteriaSectionProps } from './CriteriaSection.types';
import { useCriteriaSection } from './useCriteriaSection';
import { useCriteriaSectionStyles } from './useCriteriaSectionStyles.styles';

export function CriteriaSection(props: CriteriaSectionProps): JSX.Element {
  const { editor, library } = props;
  const state = useCriteriaSection(props);
  const styles = useCriteriaSectionStyles();
  return (
    <PanelSection id="criteria" title="Criteria">
      <ModelLibrary
        preset={editor.preset}
        onPreset={editor.applyPreset}
        models={library.models}
        onLoad={editor.loadModel}
        name={editor.draft.name}
        onName={editor.setName}
        onSave={state.save}
        saving={library.saving}
        error={library.error}
        notice={library.notice}
      />
      <ModelFile
        model={editor.model.kind === 'ok' ? editor.model.value : null}
        onLoad={editor.loadModel}
        table={props.table}
      />
      {editor.problem !== null && (
        <ProblemMessage
          error={editor.problem}
          intent="warning"
          title="The preset does not fit this table"
        />
      )}
      <fieldset className={styles.catalogue}>
        <legend>
          <Text weight="semibold">Pick 3 to 5 criteria</Text>
        </legend>
        {state.catalogue.map((row) => {
          const id = `kam-kind-${row.kind.id}`;
          return (
            <div key={row.kind.id} className={styles.row}>
              <div className={styles.rowHead}>
                <Checkbox
                  id={id}
                  checked={row.picked}
                  onChange={(_, data) => editor.toggleKind(row.kind.id, data.checked === true)}
                />
                <InfoLabel htmlFor={id} info={row.kind.description}>
                  {row.kind.label}
                </InfoLabel>
              </div>
              <Caption1 className={styles.found}>{row.column}</Caption1>
            </div>
          );
        })}
      </fieldset>
      {state.others.length > 0 && (
        <fieldset className={styles.catalogue}>
          <legend>
            <Text weight="semibold">Other columns you can score</Text>
          </legend>
          {state.others.map((row, i) => {
            const id = `kam-column-${i}`;
            return (
              <div key={row.header} className={styles.row}>
                <div className={styles.rowHead}>
                  <Checkbox
                    id={id}
                    label={row.header}
                    checked={row.picked}
                    onChange={(_, data) => editor.toggleColumn(row.header, data.checked === true)}
                  />
                </div>
                <Caption1 className={styles.found}>{row.hint}</Caption1>
              </div>
            );
          })}
        </fieldset>
      )}
      <PanelNotice intent="warning" text={editor.countWarning} />
      <div className={styles.cards}>
        {editor.draft.criteria.map((c, i) => (
          <CriterionCard
            key={c.id}
            criterion={c}
            share={editor.shares[i]}
            labels={state.labels[i] ?? null}
            columns={state.columns}
            confidence={state.confidence[i]}
            onColumn={(header) => editor.setColumn(i, header)}
            onWeight={(w) => editor.setWeight(i, w)}
            onDirection={(d) => editor.setDirection(i, d)}
            onMethod={(m) => editor.setMethod(i, m)}
            onScale={(b) => editor.setScale(i, b)}
            onLabelValue={(label, value) => editor.setLabelValue(i, label, value)}
            onRemove={() => editor.removeCriterion(i)}
          />
        ))}
      </div>
      <ScoringRules
        missing={editor.draft.missing}
        minCoverage={editor.draft.minCoverage}
        onChange={editor.setRules}
      />
    </PanelSection>
  );
}
