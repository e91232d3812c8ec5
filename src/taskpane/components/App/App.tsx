// The taskpane: provides the WorkbookHost, reads the table, then shows the workspace (or why it cannot).
import { Caption1, Link, Spinner, Subtitle1 } from '@fluentui/react-components';
import { WorkbookHostContext } from '../../host-context';
import { MethodologyContext, useMethodology } from '../../methodology-context';
import { ProblemMessage } from '../ProblemMessage/ProblemMessage';
import { Workspace } from '../Workspace/Workspace';
import type { AppProps } from './App.types';
import { useApp } from './useApp';
import { useAppStyles } from './useAppStyles.styles';

function AppBody(): JSX.Element {
  const { state, reload } = useApp();
  const methodology = useMethodology();
  const styles = useAppStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1">Key Account Identifier</Subtitle1>
        <Caption1 className={styles.tagline}>
          The best accounts, not just the largest.
          {methodology !== null && (
            <>
              {' '}
              {'href' in methodology ? (
                <Link href={methodology.href} target="_blank" rel="noopener">
                  How the numbers are computed
                </Link>
              ) : (
                <Link onClick={methodology.open}>How the numbers are computed</Link>
              )}
            </>
          )}
        </Caption1>
      </header>
      {state.status === 'loading' && (
        <Spinner className={styles.status} label="Reading the account table…" />
      )}
      {state.status === 'error' && (
        <div className={styles.status}>
          <ProblemMessage
            error={state.error}
            title="Could not read the account table"
            onRetry={reload}
          />
        </div>
      )}
      {state.status === 'ready' && <Workspace source={state.source} />}
    </main>
  );
}

export function App({ host, methodology }: AppProps): JSX.Element {
  return (
    <WorkbookHostContext.Provider value={host}>
      <MethodologyContext.Provider value={methodology ?? null}>
        <AppBody />
      </MethodologyContext.Provider>
    </WorkbookHostContext.Provider>
  );
}
