// State of Workspace: the model editor, the live what-if, the run, saved models, the tab and cell links.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useWorkbookHost } from '../../host-context';
import { useIdentification } from '../../hooks/useIdentification';
import { useModelEditor } from '../../hooks/useModelEditor';
import { useSavedModels } from '../../hooks/useSavedModels';
import { useFocusClearOf } from '../../hooks/useFocusClearOf';
import { useWhatIf } from '../../hooks/useWhatIf';
import { dataQuality } from '../../lib/data-quality';
import { fromException, fromOutcome, type ShownError } from '../../lib/errors';
import type { WorkspaceProps, WorkspaceTab } from './Workspace.types';

export function useWorkspace({ source }: WorkspaceProps) {
  const host = useWorkbookHost();
  const editor = useModelEditor(source);
  const whatIf = useWhatIf(editor.draft, source);
  const library = useSavedModels();
  const { sheet, tableName } = source.table;
  const request = useMemo(
    () => ({ sheet, ...(tableName === undefined ? {} : { table: tableName }) }),
    [sheet, tableName],
  );
  const run = useIdentification(request, library.refresh);
  const [tab, setTab] = useState<WorkspaceTab>('setup');
  const [linkError, setLinkError] = useState<ShownError | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const runBar = useRef<HTMLDivElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const notice = useRef<HTMLDivElement>(null);
  useFocusClearOf(root, runBar);

  // A finished run shows its results from their top, focus on their heading; cleared results send the
  // user back to the setup, to the message that says what was removed. Where to land waits for the
  // render that shows the tab.
  const [arrival, setArrival] = useState<'results' | 'cleared' | null>(null);
  const hadResults = useRef(false);
  useEffect(() => {
    const shown = run.identification !== null;
    setTab(shown ? 'results' : 'setup');
    setArrival(shown ? 'results' : hadResults.current ? 'cleared' : null);
    hadResults.current = shown;
  }, [run.identification]);
  useEffect(() => {
    if (arrival === null) return;
    const target = arrival === 'results' ? resultsHeading.current : notice.current;
    if (target !== null) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
    setArrival(null);
  }, [arrival]);

  const preparation = whatIf.preparation;
  const quality = useMemo(
    () => (preparation.kind === 'ready' ? dataQuality(preparation.result) : null),
    [preparation],
  );

  const selectCell = useCallback(
    (cell: string) => {
      setLinkError(null);
      host.selectCell(sheet, cell).then(
        (outcome) => outcome.kind === 'error' && setLinkError(fromOutcome(outcome)),
        (thrown: unknown) => setLinkError(fromException(thrown, `selecting cell ${cell}`)),
      );
    },
    [host, sheet],
  );

  const model = editor.model;
  return {
    refs: { root, runBar, resultsHeading, notice },
    editor,
    whatIf,
    library,
    run,
    tab,
    setTab,
    quality,
    selectCell,
    linkError,
    dismissLinkError: () => setLinkError(null),
    blocked: model.kind === 'error' ? model.message : null,
    identify: () => model.kind === 'ok' && void run.run(model.value),
  };
}
