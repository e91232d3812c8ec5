// The "Identify key accounts" job on any host: read, compute everything, then write and save.
import {
  calibrationFrom,
  encodeSnapshot,
  historyNote,
  identify,
  type IdentifyRequest,
  NO_HISTORY,
  type Outcome,
  planWrite,
  type RawTable,
  type RunHistory,
  type RunResult,
  type RunSnapshot,
  type SheetLayout,
  snapshotOf,
  type SummaryLinks,
  type UpdatedHistory,
  withRun,
  type WritePlan,
} from '../core';
import type { HostCapabilities, ProgressCallback, TableRequest, WorkbookHost } from './port';

/** A run and the plan of what it writes: what the panel, the ribbon and the CLI show afterwards. */
export interface Identification {
  readonly result: RunResult;
  readonly plan: WritePlan;
  /** What the host could not do or did otherwise while writing (see WriteNotes); empty before writing. */
  readonly notes: readonly string[];
  /** What the host that wrote the results can write (null before writing): how to describe the output. */
  readonly capabilities: HostCapabilities | null;
  /** The workbook's run history with this run added: what is saved after the results. */
  readonly history: UpdatedHistory;
  /** When the run was made (ISO date-time), as its snapshot says. */
  readonly date: string;
}

export interface IdentifyJob extends IdentifyRequest {
  readonly source?: TableRequest;
  /** Use the model saved in the workbook when the request names none (the one-click button does). */
  readonly useSavedModel?: boolean;
  /** A run to compare with instead of the last one the workbook keeps (the CLI's --compare). */
  readonly compareWith?: RunSnapshot;
  /** The run's date (tests fix it); now by default. */
  readonly date?: Date;
  /** What the summary sheet links to (the "How the numbers are computed" page where one is served). */
  readonly links?: SummaryLinks;
}

/**
 * The run on a table as a host read it, and its write plan: everything computed, nothing written.
 * The run is compared with the newest of the workbook's kept runs (unless the request names
 * another) and added to them.
 */
export function identifyAndPlan(
  table: RawTable,
  layout: SheetLayout,
  request: IdentifyRequest = {},
  history: RunHistory = NO_HISTORY,
  date: Date = new Date(),
  links: SummaryLinks = {},
): Outcome<Identification> {
  const result = identify(table, { previous: history.latest, ...request });
  if (result.kind === 'error') return result;
  const when = date.toISOString();
  const updated = withRun(history, encodeSnapshot(snapshotOf(result.value, when)));
  return {
    kind: 'ok',
    value: {
      result: result.value,
      plan: planWrite(result.value, layout, historyNote(updated), links),
      notes: [],
      capabilities: null,
      history: updated,
      date: when,
    },
  };
}

/**
 * Computes the whole result before the first write, so a problem in the data leaves the workbook
 * as it was; then writes the plan and saves the model and the run's statistics with the workbook.
 */
export async function identifyAndWrite(
  host: WorkbookHost,
  job: IdentifyJob,
  onProgress?: ProgressCallback,
): Promise<Outcome<Identification>> {
  onProgress?.(0, 'Reading the account table');
  const read = await host.readTable(job.source);
  if (read.kind === 'error') return read;

  let model = job.model;
  if (model === undefined && job.preset === undefined && job.useSavedModel === true) {
    const saved = await host.state.loadModel();
    if (saved.kind === 'error') return saved;
    model = saved.value ?? undefined;
  }
  const notes: string[] = [];
  const stored = await host.state.loadHistory();
  if (stored.kind === 'error')
    notes.push(`${stored.message} This run starts a new history of runs to compare with.`);
  onProgress?.(0.1, 'Scoring accounts');
  const identified = identifyAndPlan(
    read.value.table,
    read.value.layout,
    {
      model,
      preset: job.preset,
      filter: job.filter,
      ...(job.compareWith === undefined ? {} : { previous: job.compareWith }),
    },
    stored.kind === 'ok' ? stored.value : NO_HISTORY,
    job.date,
    job.links,
  );
  if (identified.kind === 'error') return identified;

  const applied = await host.apply(identified.value.plan, (fraction, label) =>
    onProgress?.(0.2 + 0.75 * fraction, label),
  );
  if (applied.kind === 'error') return applied;
  const savedModel = await host.state.saveModel(identified.value.result.model);
  if (savedModel.kind === 'error') return savedModel;
  const savedCalibration = await host.state.saveCalibration(
    calibrationFrom(identified.value.result),
  );
  if (savedCalibration.kind === 'error') return savedCalibration;
  const savedHistory = await host.state.saveHistory(identified.value.history.text);
  if (savedHistory.kind === 'error')
    notes.push(`This run was not kept for comparison with the next one: ${savedHistory.message}`);
  onProgress?.(1, 'Done');
  const capabilities = host.capabilities();
  return {
    kind: 'ok',
    value: {
      ...identified.value,
      notes: [...notes, ...applied.value.notes, ...savedModel.value.notes],
      capabilities: capabilities.kind === 'ok' ? capabilities.value : null,
    },
  };
}
