// The named models saved in the workbook: listing them, and saving the current one under its name.
import { useCallback, useEffect, useState } from 'react';
import type { Model } from '../../core';
import { fromException, fromOutcome, type ShownError } from '../lib/errors';
import { useWorkbookHost } from '../host-context';

export interface SavedModels {
  readonly models: readonly Model[];
  readonly saving: boolean;
  readonly error: ShownError | null;
  readonly notice: string | null;
  save(model: Model): Promise<void>;
  refresh(): void;
}

export function useSavedModels(): SavedModels {
  const host = useWorkbookHost();
  const [models, setModels] = useState<readonly Model[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    host.state.listModels().then(
      (listed) => {
        if (!current) return;
        if (listed.kind === 'ok') setModels(listed.value);
        else setError(fromOutcome(listed));
      },
      (thrown: unknown) => current && setError(fromException(thrown, 'listing the saved models')),
    );
    return () => {
      current = false;
    };
  }, [host, generation]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  const save = useCallback(
    async (model: Model) => {
      setSaving(true);
      setError(null);
      setNotice(null);
      try {
        const saved = await host.state.saveModel(model);
        if (saved.kind === 'ok') {
          setNotice([`Saved "${model.name}" in this workbook.`, ...saved.value.notes].join(' '));
          refresh();
        } else setError(fromOutcome(saved));
      } catch (thrown) {
        setError(fromException(thrown, 'saving the model'));
      } finally {
        setSaving(false);
      }
    },
    [host, refresh],
  );

  return { models, saving, error, notice, save, refresh };
}
