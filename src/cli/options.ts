// Command-line arguments of `kam identify`, parsed by hand and validated with zod (DESIGN 4.3).
import { z } from 'zod';
import { RUN_FLAGS } from './flags';

export const USAGE = `Usage: kam identify <input.xlsx|input.csv> [options]

Scores every account of the table on a weighted set of criteria, assigns tiers (Key, Growth,
Core), measures revenue concentration (80/20) and writes a tiered copy of the workbook.

Options:
  --sheet NAME        worksheet to read (default: the first with an Excel table, else the first)
  --table NAME        Excel table to read
  --model FILE.json   scoring model to apply (default: detect the columns and use a preset)
  --preset NAME       preset when no model is given: balanced (default), growth, relationship, revenue
  --where "COL=A|B"   only the rows whose COL is A or B (case and spaces aside); repeat it for more
                      columns (every one must match); the same as a model's "filter"
  --compare FILE      say what changed since the run in FILE: a workbook kam wrote, or a --json
                      report (default: the last run kept in the input workbook, if any)
  --out FILE          where to write the result (.xlsx or .csv; default: <input>-kam.xlsx)
  --json FILE | -     also write the run report as JSON (- for standard output)
  --quiet             print nothing but errors
  -h, --help          show this help
  --version           show the version

Also: kam identify <input.csv|input.parquet> --engine duckdb [...] for files past a sheet's limits,
and kam sql --model M --dialect duckdb|bigquery|snowflake|spark to run the model in a warehouse
(each with --help).`;

const valueFlags = [
  'sheet',
  'table',
  'model',
  'preset',
  'out',
  'json',
  'where',
  'compare',
] as const;

/** --where "Type=Customer - Direct|Customer - Channel": a column, "=", the values to keep split by "|". */
const whereSchema = z.string().transform((text, ctx): { column: string; values: string[] } => {
  const at = text.indexOf('=');
  const column = at < 0 ? '' : text.slice(0, at).trim();
  const values =
    at < 0
      ? []
      : text
          .slice(at + 1)
          .split('|')
          .map((v) => v.trim());
  if (column === '' || values.length === 0 || values.every((v) => v === '')) {
    ctx.addIssue({
      code: 'custom',
      message: `give a column and the values to keep, as in --where "Type=Customer - Direct|Customer - Channel" (got "${text}")`,
    });
    return z.NEVER;
  }
  return { column, values: values.filter((v) => v !== '') };
});
type ValueFlag = (typeof valueFlags)[number];

const optionsSchema = z.strictObject({
  ...RUN_FLAGS,
  command: z.literal('identify', { error: 'the only command is "identify"' }),
  input: z
    .string({ error: 'name the workbook to read, e.g. kam identify accounts.xlsx' })
    .regex(/\.(xlsx|csv)$/i, 'the input must be an .xlsx or .csv file'),
  sheet: z.string().min(1).optional(),
  table: z.string().min(1).optional(),
  out: z
    .string()
    .regex(/\.(xlsx|csv)$/i, '--out must end in .xlsx or .csv')
    .optional(),
  where: z.array(whereSchema).optional(),
  compare: z
    .string()
    .regex(/\.(xlsx|json)$/i, '--compare takes a workbook kam wrote (.xlsx) or a report (.json)')
    .optional(),
});

export type CliOptions = z.infer<typeof optionsSchema>;

export type ParsedArgs =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const raw: Record<string, unknown> = { quiet: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--version') return { kind: 'version' };
    if (arg === '--quiet' || arg === '-q') {
      raw.quiet = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (!(valueFlags as readonly string[]).includes(flag))
        return { kind: 'usage-error', message: `unknown option --${flag}` };
      const value = inline ?? argv[++i];
      if (value === undefined || (value.startsWith('--') && inline === undefined)) {
        return { kind: 'usage-error', message: `--${flag} needs a value` };
      }
      if (flag === 'where') raw.where = [...((raw.where as string[] | undefined) ?? []), value];
      else raw[flag as ValueFlag] = value;
      continue;
    }
    positional.push(arg);
  }
  if (positional.length === 0) return { kind: 'help' };
  if (positional.length > 2)
    return { kind: 'usage-error', message: `unexpected argument "${positional[2]}"` };
  [raw.command, raw.input] = positional;
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where =
      issue.path.length > 0 && issue.path[0] !== 'command' && issue.path[0] !== 'input'
        ? `--${String(issue.path[0])}: `
        : '';
    return { kind: 'usage-error', message: `${where}${issue.message}` };
  }
  return { kind: 'run', options: parsed.data };
}
