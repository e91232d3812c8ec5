// The "Identify key accounts" job on any host: read, compute everything, then write and save.
import {
  calibrationFrom,
  identify,
  type IdentifyRequest,
  type Outcome,
  planWrite,
  type RawTable,
  type RunResult,
  type SheetLayout,
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
}

export interface IdentifyJob extends IdentifyRequest {
  readonly source?: TableRequest;
  /** Use the model saved in the workbook when the request names none (the one-click button does). */
  readonly useSavedModel?: boolean;
}

/** The run on a table as a host read it, and its write plan: everything computed, nothing written. */
export function identifyAndPlan(
  table: RawTable,
  layout: SheetLayout,
  request: IdentifyRequest = {},
): Outcome<Identification> {
  const result = identify(table, request);
  if (result.kind === 'error') return result;
  return {
    kind: 'ok',
    value: {
      result: result.value,
      plan: planWrite(result.value, layout),
      notes: [],
      capabilities: null,
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
  onProgress?.(0.1, 'Scoring accounts');
  const identified = identifyAndPlan(read.value.table, read.value.layout, {
    model,
    preset: job.preset,
    filter: job.filter,
  });
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
  onProgress?.(1, 'Done');
  const capabilities = host.capabilities();
  return {
    kind: 'ok',
    value: {
      ...identified.value,
      notes: [...applied.value.notes, ...savedModel.value.notes],
      capabilities: capabilities.kind === 'ok' ? capabilities.value : null,
    },
  };
}
