// The files a command writes, checked against the files it reads and against each other before any work (DESIGN 4.3).
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** A file named on the command line, with the words that say which one it is ("--out", "the input"). */
export interface NamedFile {
  readonly role: string;
  readonly path: string;
}

/** Where a path lands on disk: its real path and, when it exists, its device and inode. */
interface Identity {
  readonly real: string;
  readonly inode: string | null;
}

/**
 * The real path of a file that may not exist yet: the nearest existing folder above it resolved
 * through its links, then the names below it as given. A file that does not exist cannot be a hard
 * link, so this and the inode catch every way two names reach one file. The path is not tidied
 * first: on disk `link/..` is the folder above the link's target, not the folder holding the link.
 */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    // "." and the root always exist, so this ends.
    return parent === path ? resolve(path) : join(await realPathOf(parent), basename(path));
  }
}

async function identityOf(path: string): Promise<Identity> {
  const real = await realPathOf(path);
  try {
    const info = await stat(real);
    return { real, inode: `${info.dev}:${info.ino}` };
  } catch {
    return { real, inode: null };
  }
}

function sameFile(a: Identity, b: Identity): boolean {
  return a.real === b.real || (a.inode !== null && a.inode === b.inode);
}

/**
 * A sentence saying which output names which other file and what to do, or null when every output
 * is a file of its own. Outputs are compared with the files read (the input, a model, a previous
 * run) and with each other; a link (symbolic or hard) or a detour like `./x/../in.xlsx` counts.
 */
export async function outputClash(
  reads: readonly NamedFile[],
  writes: readonly NamedFile[],
): Promise<string | null> {
  const readIds = await Promise.all(reads.map((file) => identityOf(file.path)));
  const writeIds = await Promise.all(writes.map((file) => identityOf(file.path)));
  for (const [w, write] of writes.entries()) {
    for (const [r, read] of reads.entries()) {
      if (sameFile(writeIds[w], readIds[r]))
        return `${write.role} "${write.path}" is the same file as ${read.role} "${read.path}"${viaLink(write.path, read.path)}; write to another file so ${read.role} stays as it was.`;
    }
    for (let other = 0; other < w; other++) {
      if (sameFile(writeIds[w], writeIds[other]))
        return `${write.role} "${write.path}" and ${writes[other].role} "${writes[other].path}" are the same file${viaLink(write.path, writes[other].path)}; give each its own file.`;
    }
  }
  return null;
}

/** When the two spellings differ, the user may not know they meet: say how. */
function viaLink(a: string, b: string): string {
  return resolve(a) === resolve(b) ? '' : ' (through a link or another spelling of its path)';
}

/** What a run of identify reads and writes, as its flags name them (either way of running it). */
export interface RunFiles {
  readonly input: string;
  readonly model?: string | undefined;
  readonly compare?: string | undefined;
  readonly out?: string | undefined;
  readonly json?: string | undefined;
}

function named(role: string, path: string | undefined): NamedFile[] {
  return path === undefined ? [] : [{ role, path }];
}

/**
 * outputClash for a run: `output` is where the results go (--out, or `defaultRole`'s file beside
 * the input); `--json -` is standard output, never a file.
 */
export function runOutputClash(
  files: RunFiles,
  output: string,
  defaultRole: string,
): Promise<string | null> {
  return outputClash(
    [
      { role: 'the input', path: files.input },
      ...named('--model', files.model),
      ...named('--compare', files.compare),
    ],
    [
      { role: files.out === undefined ? defaultRole : '--out', path: output },
      ...named('--json', files.json === '-' ? undefined : files.json),
    ],
  );
}
