// The results of a run: summary cards, Pareto chart, portfolio quadrant, top key accounts with their "why"
// and stability, how stable the tiers are, warnings, Clear.
import {
  Caption1,
  Card,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { keptInWords } from '../../../core';
import { formatNumber, formatShare } from '../../lib/format';
import { ParetoChart } from '../ParetoChart/ParetoChart';
import { QuadrantChart } from '../QuadrantChart/QuadrantChart';
import { PanelSection } from '../PanelSection/PanelSection';
import { AccountMath } from '../AccountMath/AccountMath';
import { ClearResults } from '../ClearResults/ClearResults';
import { TierStability } from '../TierStability/TierStability';
import { PanelNotice } from '../PanelNotice/PanelNotice';
import type { ResultsViewProps } from './ResultsView.types';
import { useResultsView } from './useResultsView';
import { useResultsViewStyles } from './useResultsViewStyles.styles';

export function ResultsView(props: ResultsViewProps): JSX.Element {
  const state = useResultsView(props);
  const styles = useResultsViewStyles();
  return (
    <PanelSection id="results" title="Results" focusable headingRef={props.headingRef}>
      {/* What the figures rest on comes before them. */}
      {state.figureNotes.map((note) => (
        <PanelNotice key={note.text} intent={note.intent} text={note.text} />
      ))}
      <div className={styles.cards} role="list" aria-label="Summary">
        {state.cards.map((card) => (
          <Card
            key={card.title}
            className={styles.card}
            role="listitem"
            aria-label={`${card.title}: ${card.value}`}
          >
            <Caption1>{card.title}</Caption1>
            <Text className={styles.value}>{card.value}</Text>
            <Caption1 className={styles.note}>{card.note}</Caption1>
          </Card>
        ))}
      </div>
      {state.filtered !== null && <Text>{state.filtered}</Text>}
      <Caption1 className={styles.note}>{state.output}</Caption1>
      <PanelNotice intent="warning" text={state.lacking} />
      {props.identification.notes.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Written with these differences</MessageBarTitle>
            <ul className={styles.list}>
              {props.identification.notes.map((note) => (
                <li key={note} className={styles.item}>
                  {note}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <ParetoChart result={props.identification.result} />
      <QuadrantChart result={props.identification.result} />
      <div>
        <Text weight="semibold" as="h3">{`Top ${state.keyTier} accounts and why`}</Text>
        <ol className={styles.list} aria-label={`Top ${state.keyTier} accounts`}>
          {state.top.map((a) => (
            <li key={a.row} className={styles.item}>
              <Text weight="semibold">{a.id}</Text>
              <Text>{` · score ${formatNumber(a.score, 1)} · ${formatShare(a.revenueShare, 1)} of revenue`}</Text>
              {a.stability !== null && (
                <Text
                  className={styles.kept}
                >{` · ${keptInWords(state.keyTier, a.stability)}`}</Text>
              )}
              <br />
              <Caption1 className={styles.why}>
                {a.drivers === '' ? 'No single driver stands out' : `Why: ${a.drivers}`}
              </Caption1>{' '}
              <AccountMath account={a.id} math={a.math} score={a.score} />
            </li>
          ))}
        </ol>
      </div>
      {state.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`${state.total} ${state.total === 1 ? 'warning' : 'warnings'}`}</MessageBarTitle>
            <ul className={styles.list}>
              {state.warnings.map(({ diagnostic, cell }, i) => (
                <li key={`${i}-${diagnostic.code}`} className={styles.item}>
                  {cell !== '' && (
                    <>
                      <Link
                        as="button"
                        onClick={() => props.onSelectCell(cell)}
                        aria-label={`Go to cell ${cell}: ${diagnostic.message}`}
                      >
                        {cell}
                      </Link>{' '}
                    </>
                  )}
                  {diagnostic.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <TierStability result={props.identification.result} />
      <div className={styles.actions}>
        <ClearResults clearing={props.clearing} onClear={props.onClear} />
      </div>
    </PanelSection>
  );
}
