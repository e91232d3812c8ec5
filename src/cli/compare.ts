// `kam identify --compare FILE`: the run to compare with, from a workbook kam wrote or a --json report.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  describeIssues,
  fail,
  type Outcome,
  reportSchema,
  type RunSnapshot,
  snapshotFromReport,
  withoutByteOrderMark,
} from '../core';
import { openWorkbookFile } from '../hosts/file/node';

async function fromReport(path: string): Promise<Outcome<RunSnapshot>> {
  let text: string;
  let modified: Date;
  try {
    text = await readFile(path, 'utf8');
    modified = (await stat(path)).mtime;
  } catch (error) {
    return fail(
      'history-invalid',
      `Cannot read "${path}" to compare with (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(withoutByteOrderMark(text));
  } catch {
    return fail('history-invalid', `"${path}" is not JSON: give the --json report of a kam run.`);
  }
  const report = reportSchema.safeParse(json);
  if (!report.success)
    return fail(
      'history-invalid',
      `"${path}" is not a report of kam identify --json (${describeIssues(report.error.issues)}).`,
    );
  // A report of an older kam has no date: the file's own is the best there is.
  return { kind: 'ok', value: snapshotFromReport(report.data, modified.toISOString()) };
}

async function fromWorkbook(path: string): Promise<Outcome<RunSnapshot>> {
  const opened = await openWorkbookFile(path);
  if (opened.kind === 'error') return opened;
  const history = await opened.value.state.loadHistory();
  if (history.kind === 'error') return history;
  if (history.value.latest === null)
    return fail(
      'history-invalid',
      `"${path}" holds no run to compare with: give a workbook kam identify wrote, or the --json report of a run.`,
    );
  return { kind: 'ok', value: history.value.latest };
}

/** The run named by --compare: its newest kept run (a workbook) or the run its report describes. */
export function previousRun(path: string): Promise<Outcome<RunSnapshot>> {
  return extname(path).toLowerCase() === '.json' ? fromReport(path) : fromWorkbook(path);
}
