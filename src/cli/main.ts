// Entry of the `kam` command line (bin/kam.js): parse arguments, run, map every failure to a message and exit code.
import { EXIT, type ExitCode } from './errors';
import { runIdentify, type Output } from './identify';
import { parseArgs, USAGE } from './options';

const VERSION = '0.1.0';

const stdio: Output = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

export async function main(argv: readonly string[], io: Output = stdio): Promise<ExitCode> {
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
      try {
        return await runIdentify(parsed.options, io);
      } catch (error) {
        // A bug, not a user mistake: say so plainly, keep the detail for a report.
        io.err(
          `kam: something went wrong that should not have (${(error as Error).message}). Please report it with the command you ran.`,
        );
        if (process.env.KAM_DEBUG) io.err((error as Error).stack ?? '');
        return EXIT.unexpected;
      }
  }
}
