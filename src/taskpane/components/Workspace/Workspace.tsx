// The working panel once a table is read: Setup (data, criteria) and Results tabs, messages, and the run bar.
import { MessageBar, MessageBarBody, Tab, TabList, Text } from '@fluentui/react-components';
import { CriteriaSection } from '../CriteriaSection/CriteriaSection';
import { DataSection } from '../DataSection/DataSection';
import { ProblemMessage } from '../ProblemMessage/ProblemMessage';
import { ResultsView } from '../ResultsView/ResultsView';
import { RibbonOutcome } from '../RibbonOutcome/RibbonOutcome';
import { WhatIfBar } from '../WhatIfBar/WhatIfBar';
import type { WorkspaceProps, WorkspaceTab } from './Workspace.types';
import { useWorkspace } from './useWorkspace';
import { useWorkspaceStyles } from './useWorkspaceStyles.styles';

export function Workspace(props: WorkspaceProps): JSX.Element {
  const { source } = props;
  const state = useWorkspace(props);
  const { editor, run } = state;
  const styles = useWorkspaceStyles();
  return (
    <div className={styles.root} ref={state.refs.root}>
      <TabList
        selectedValue={state.tab}
        onTabSelect={(_, data) => state.setTab(data.value as WorkspaceTab)}
        aria-label="Panel views"
      >
        <Tab value="setup">Setup</Tab>
        <Tab value="results" disabled={run.identification === null}>
          Results
        </Tab>
      </TabList>
      <div className={styles.body}>
        <div className={styles.messages} aria-live="polite">
          <RibbonOutcome />
          {source.savedModelProblem !== null && (
            <ProblemMessage
              error={source.savedModelProblem}
              intent="warning"
              title="The saved model was not used"
            />
          )}
          {run.error !== null && (
            <ProblemMessage error={run.error} title="Could not finish" onDismiss={run.dismiss} />
          )}
          {state.linkError !== null && (
            <ProblemMessage
              error={state.linkError}
              intent="warning"
              onDismiss={state.dismissLinkError}
            />
          )}
          {run.notice !== null && (
            <MessageBar
              intent="info"
              layout="multiline"
              ref={state.refs.notice}
              tabIndex={-1}
              className={styles.notice}
            >
              <MessageBarBody>{run.notice}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {state.tab === 'setup' && (
          <>
            <DataSection
              source={source}
              editor={editor}
              quality={state.quality}
              onSelectCell={state.selectCell}
            />
            <CriteriaSection
              table={source.table}
              detection={source.detection}
              editor={editor}
              library={state.library}
            />
          </>
        )}
        {state.tab === 'results' &&
          (run.identification === null ? (
            <Text className={styles.empty}>Run "Identify key accounts" to see the results.</Text>
          ) : (
            <ResultsView
              identification={run.identification}
              clearing={run.status.kind === 'clearing'}
              headingRef={state.refs.resultsHeading}
              onClear={() => void run.clear()}
              onSelectCell={state.selectCell}
            />
          ))}
      </div>
      <WhatIfBar
        whatIf={state.whatIf}
        status={run.status}
        blocked={state.blocked}
        onIdentify={state.identify}
        onCancel={run.cancel}
        rootRef={state.refs.runBar}
      />
    </div>
  );
}
