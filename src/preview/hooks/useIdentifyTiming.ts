// Click-to-results time of "Identify key accounts": from the click to the frame that shows the written results.
import { useEffect, useState } from 'react';
import type { NotifyingHost } from '../notifying-host';

/** The panel's primary button; its label is the one the ribbon and the README use too. */
export const IDENTIFY_LABEL = 'Identify key accounts';

/** How long to wait for the panel's results after the run ended (a run that fails after writing shows none). */
const RESULTS_WAIT_MS = 10_000;

/** The panel's results view has rendered: its "Results" heading is on the page. */
function resultsShown(): boolean {
  return [...document.querySelectorAll('h2')].some((h) => h.textContent?.trim() === 'Results');
}

/**
 * Starts on a click of the panel's Identify button (the panel is the real taskpane, so the preview
 * watches it from outside); ends in the first animation frame, after the host wrote the results,
 * in which the run is over (the button is enabled again) and the panel shows its results view: by
 * then the sheet view has redrawn too (it updates on the write, before the run ends).
 */
export function useIdentifyTiming(host: NotifyingHost | null): number | null {
  const [elapsed, setElapsed] = useState<number | null>(null);

  useEffect(() => {
    setElapsed(null);
    if (host === null) return;
    let started: number | null = null;
    let button: HTMLButtonElement | null = null;
    let frame = 0;

    const finish = (since = performance.now()): void => {
      frame = requestAnimationFrame(() => {
        if (started === null) return;
        const running = button !== null && button.isConnected && button.disabled;
        if (running || (!resultsShown() && performance.now() - since < RESULTS_WAIT_MS))
          return finish(since);
        if (resultsShown()) setElapsed(performance.now() - started);
        started = null;
      });
    };
    const onClick = (event: MouseEvent): void => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (target === null || target.disabled || target.textContent?.trim() !== IDENTIFY_LABEL)
        return;
      started = performance.now();
      button = target;
      setElapsed(null);
    };
    // Capture phase: the time starts before the panel's own handler runs.
    document.addEventListener('click', onClick, true);
    const unsubscribe = host.subscribe((event) => {
      if (event.kind === 'changed' && event.cause === 'apply' && started !== null) finish();
      // Cleared results are no longer "identified": the time goes with them.
      if (event.kind === 'changed' && event.cause === 'clear') setElapsed(null);
    });
    return () => {
      document.removeEventListener('click', onClick, true);
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [host]);

  return elapsed;
}
