// The --json report written in pieces to a temporary file beside the target, renamed at the end: a
// failure never leaves half a report, and a full sheet's report never sits in one string.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { fail, type Outcome } from '../core';

/** Writes the pieces in order, waiting whenever the stream asks to (so memory stays one piece deep). */
export async function writePieces(stream: Writable, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (!stream.write(piece)) await once(stream, 'drain');
  }
}

/**
 * Writes `path` whole or not at all: into a hidden temporary file in the same folder (so the rename
 * stays on one file system and is atomic), renamed over the target once every byte is flushed.
 */
export async function writeFileAtomically(path: string, pieces: Iterable<string>): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  // 'wx': never follow or reuse something already at the temporary name.
  const stream = createWriteStream(temporary, { flags: 'wx' });
  try {
    await once(stream, 'open');
    await writePieces(stream, pieces);
    stream.end();
    await once(stream, 'finish');
    await once(stream, 'close');
    await rename(temporary, path);
  } catch (error) {
    stream.destroy();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Writes a report to a file (whole or not at all) or, for "-", to `toStandardOutput`. */
export async function writeReport(
  target: string,
  pieces: Iterable<string>,
  toStandardOutput: (pieces: Iterable<string>) => Promise<void>,
): Promise<Outcome<null>> {
  const ended = (function* () {
    yield* pieces;
    yield '\n';
  })();
  try {
    if (target === '-') await toStandardOutput(ended);
    else await writeFileAtomically(target, ended);
    return { kind: 'ok', value: null };
  } catch (error) {
    return fail(
      'write-failed',
      `Cannot write the report "${target}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing was left in its place.`,
    );
  }
}
