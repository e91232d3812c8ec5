// The "Identify key accounts" run from the panel: progress, cancel before writing, errors as messages, clearing results.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Model } from '../../core';
import { type Identification, identifyAndWrite } from '../../hosts/identify-and-write';
import type { TableRequest } from '../../hosts/port';
import { CANCELLED_CODE, cancellableHost } from '../lib/cancellable-host';
import { fromException, fromOutcome, type ShownError } from '../lib/errors';
import { useWorkbookHost } from '../host-context';
import { useMethodology } from '../methodology-context';

export type RunStatus =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'running';
      readonly fraction: number;
      readonly label: string;
      readonly cancelling: boolean;
    }
  | { readonly kind: 'clearing' };

export interface IdentificationState {
  readonly status: RunStatus;
  /** The last successful run, shown in the results view until cleared. */
  readonly identification: Identification | null;
  readonly error: ShownError | null;
  /** A short confirmation ("Cancelled: nothing was written"). */
  readonly notice: string | null;
  run(model: Model): Promise<void>;
  cancel(): void;
  clear(): Promise<void>;
  dismiss(): void;
}

/** `source` pins the sheet and table the panel shows, so a run never writes next to another sheet's data. */
export function useIdentification(
  source: TableRequest,
  onWritten?: () => void,
): IdentificationState {
  const host = useWorkbookHost();
  const methodology = useMethodology();
  // Only a page's address can be written on the summary sheet.
  const methodologyUrl = methodology !== null && 'href' in methodology ? methodology.href : null;
  const [status, setStatus] = useState<RunStatus>({ kind: 'idle' });
  const [identification, setIdentification] = useState<Identification | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const run = useCallback(
    async (model: Model) => {
      if (controller.current !== null) return;
      const abort = new AbortController();
      controller.current = abort;
      setError(null);
      setNotice(null);
      setStatus({ kind: 'running', fraction: 0, label: 'Starting', cancelling: false });
      try {
        const outcome = await identifyAndWrite(
          cancellableHost(host, abort.signal),
          { model, source, links: methodologyUrl === null ? {} : { methodologyUrl } },
          (fraction, label) => {
            if (mounted.current)
              setStatus((s) => (s.kind === 'running' ? { ...s, fraction, label } : s));
          },
        );
        if (!mounted.current) return;
        if (outcome.kind === 'ok') {
          setIdentification(outcome.value);
          onWritten?.();
        } else if (outcome.code === CANCELLED_CODE) setNotice(outcome.message);
        else setError(fromOutcome(outcome));
      } catch (thrown) {
        if (mounted.current) setError(fromException(thrown, 'identifying key accounts'));
      } finally {
        controller.current = null;
        if (mounted.current) setStatus({ kind: 'idle' });
      }
    },
    [host, source, onWritten, methodologyUrl],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setStatus((s) => (s.kind === 'running' ? { ...s, cancelling: true, label: 'Cancelling' } : s));
  }, []);

  const clear = useCallback(async () => {
    setError(null);
    setNotice(null);
    setStatus({ kind: 'clearing' });
    try {
      const outcome = await host.clearResults(source);
      if (!mounted.current) return;
      if (outcome.kind === 'ok') {
        setIdentification(null);
        setNotice(
          [
            'The result columns, their formatting and the summary sheet were removed.',
            ...outcome.value.notes,
          ].join(' '),
        );
      } else setError(fromOutcome(outcome));
    } catch (thrown) {
      if (mounted.current) setError(fromException(thrown, 'clearing the results'));
    } finally {
      if (mounted.current) setStatus({ kind: 'idle' });
    }
  }, [host, source]);

  const dismiss = useCallback(() => {
    setError(null);
    setNotice(null);
  }, []);

  return { status, identification, error, notice, run, cancel, clear, dismiss };
}
