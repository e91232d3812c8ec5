// Entry of the `kam` command line (bin/kam.js): parse arguments, run, map every failure to a message and exit code.
import { runEngineCommand, wantsEngine } from './engine-command';
import { EXIT, type ExitCode } from './errors';
import { runIdentify, type Output } from './identify';
import { parseArgs, USAGE } from './options';
import { writePieces } from './report-file';
import { runSqlCommand } from './sql-command';

const VERSION = '0.1.0';

const stdio: Output = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  pieces: (pieces) => writePieces(process.stdout, pieces),
};

/** Runs a command; an exception is a bug, not a user mistake: said plainly, the detail kept for a report. */
async function guarded(io: Output, run: () => Promise<ExitCode>): Promise<ExitCode> {
  try {
    return await run();
  } catch (error) {
    io.err(
      `kam: something went wrong that should not have (${(error as Error).message}). Please report it with the command you ran.`,
    );
    if (process.env.KAM_DEBUG) io.err((error as Error).stack ?? '');
    return EXIT.unexpected;
  }
}

export async function main(argv: readonly string[], io: Output = stdio): Promise<ExitCode> {
  // `kam sql` and `kam identify --engine` parse their own options (sql-command.ts, engine-command.ts).
  if (argv[0] === 'sql') return guarded(io, () => runSqlCommand(argv.slice(1), io));
  if (argv[0] === 'identify' && wantsEngine(argv))
    return guarded(io, () => runEngineCommand(argv.slice(1), io));
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.out(USAGE);
      return argv.length === 0 ? EXIT.usage : EXIT.ok;
    case 'version':
      io.out(VERSION);
      return EXIT.ok;
    case 'usage-error':
      io.err(`kam: ${parsed.message}\nRun "kam --help" for the options.`);
      return EXIT.usage;
    case 'run':
      return guarded(io, () => runIdentify(parsed.options, io));
  }
}
