// The run report as JSON text in pieces, the accounts a batch at a time: a full sheet's report is
// larger than the longest string V8 can make, so it is never held whole (the CLI's --json).
import type { RunResult } from './identify';
import { accountReport, reportWithoutAccounts } from './report';

/** Accounts per piece: large enough that writing pieces costs little, small enough to stay a few hundred KB. */
const ACCOUNTS_PER_PIECE = 256;

/** JSON.stringify(value, null, 2) for a value nested `depth` levels down: every line after the first indented. */
function nested(value: unknown, depth: number): string {
  // JSON text has no raw line breaks inside strings, so every "\n" is one of the layout's.
  return JSON.stringify(value, null, 2).replaceAll('\n', '\n' + '  '.repeat(depth));
}

/**
 * The pieces of JSON.stringify(buildReport(result, date), null, 2), byte for byte, joined. Each
 * account is built when its piece is asked for, so only one piece's accounts exist at a time.
 */
export function* reportJsonPieces(result: RunResult, date?: string): Generator<string> {
  const head = reportWithoutAccounts(result, date);
  const count = result.ids.length;
  const entries = Object.entries(head).filter(([, value]) => value !== undefined);
  let text = '{';
  for (const [k, [key, value]] of entries.entries()) {
    text += `${k === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (key !== 'accounts' || count === 0) {
      text += nested(value, 1);
      continue;
    }
    text += '[';
    for (let start = 0; start < count; start += ACCOUNTS_PER_PIECE) {
      const end = Math.min(count, start + ACCOUNTS_PER_PIECE);
      for (let i = start; i < end; i++)
        text += `${i === 0 ? '' : ','}\n    ${nested(accountReport(result, i), 2)}`;
      yield text;
      text = '';
    }
    text += '\n  ]';
  }
  yield text + '\n}';
}
