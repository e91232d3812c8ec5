// Reads the account table once (and again on demand), detects its columns and the saved model.
import { useCallback, useEffect, useState } from 'react';
import {
  type ColumnDetection,
  detectColumns,
  type Model,
  type SheetLayout,
  type RawTable,
} from '../../core';
import { fromException, fromOutcome, type ShownError } from '../lib/errors';
import { useWorkbookHost } from '../host-context';

export interface TableSource {
  readonly table: RawTable;
  readonly layout: SheetLayout;
  readonly detection: ColumnDetection;
  /** The model saved in the workbook, when there is a usable one. */
  readonly savedModel: Model | null;
  /** Why the saved model could not be used (it is refused whole, never half-used). */
  readonly savedModelProblem: ShownError | null;
}

export type TableSourceState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ShownError }
  | { readonly status: 'ready'; readonly source: TableSource };

export function useTableSource(): {
  readonly state: TableSourceState;
  readonly reload: () => void;
} {
  const host = useWorkbookHost();
  const [state, setState] = useState<TableSourceState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    (async (): Promise<TableSourceState> => {
      const read = await host.readTable();
      if (read.kind === 'error') return { status: 'error', error: fromOutcome(read) };
      const saved = await host.state.loadModel();
      const detection = detectColumns(read.value.table);
      return {
        status: 'ready',
        source: {
          table: read.value.table,
          layout: read.value.layout,
          detection,
          savedModel: saved.kind === 'ok' ? saved.value : null,
          savedModelProblem: saved.kind === 'error' ? fromOutcome(saved) : null,
        },
      };
    })().then(
      (next) => current && setState(next),
      (error: unknown) =>
        current && setState({ status: 'error', error: fromException(error, 'reading the table') }),
    );
    return () => {
      current = false;
    };
  }, [host, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
