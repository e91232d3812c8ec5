// Progress on large inputs: a bar on an interactive terminal, nothing in CI logs or pipes.
import { SingleBar } from 'cli-progress';
import type { ProgressCallback } from '../hosts/port';

/** Below this many rows the work is quick enough that a bar would only flicker. */
export const PROGRESS_MIN_ROWS = 20_000;

export interface Progress {
  readonly update: ProgressCallback;
  stop(): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

export function createProgress(
  rows: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (rows < PROGRESS_MIN_ROWS || !stream.isTTY || process.env.CI) return silent;
  const bar = new SingleBar({
    stream,
    format: '{label} [{bar}] {percentage}%',
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  return {
    update(fraction, label) {
      if (!started) {
        bar.start(100, 0, { label });
        started = true;
      }
      bar.update(Math.round(fraction * 100), { label });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
