// Runs the `kam` command line in-process and collects what it prints.
import { main } from '../../src/cli/main';

export interface KamRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function kam(...args: string[]): Promise<KamRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
