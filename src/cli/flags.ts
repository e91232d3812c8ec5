// Command-line flags as --name VALUE, --name=VALUE or a bare --switch, for the commands that validate them with zod.
import { z } from 'zod';

/** The flags both ways of running identify share (workbook and --engine): the model or preset, the report, quiet. */
export const RUN_FLAGS = {
  model: z
    .string()
    .regex(/\.json$/i, '--model takes a .json file')
    .optional(),
  preset: z.string().min(1).optional(),
  json: z.string().min(1).optional(),
  quiet: z.boolean(),
};

export type ParsedFlags =
  | {
      readonly kind: 'ok';
      readonly values: Record<string, string | boolean>;
      readonly positional: readonly string[];
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

export function parseFlags(
  argv: readonly string[],
  valueFlags: readonly string[],
  switches: readonly string[],
): ParsedFlags {
  const values: Record<string, string | boolean> = Object.fromEntries(
    switches.map((name) => [name, false]),
  );
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (switches.includes(flag)) {
      values[flag] = true;
      continue;
    }
    if (!valueFlags.includes(flag))
      return { kind: 'usage-error', message: `unknown option --${flag}` };
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      return { kind: 'usage-error', message: `--${flag} needs a value` };
    values[flag] = value;
  }
  return { kind: 'ok', values, positional };
}
