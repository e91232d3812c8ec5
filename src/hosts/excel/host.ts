// The Excel host: a WorkbookHost over Office.js, each operation one Excel.run with a fixed number of syncs.
import { parseBox, type Calibration, type Model, type WritePlan, type Outcome } from '../../core';
import type { ProgressCallback, ReadTableResult, TableRequest, WorkbookHost } from '../port';
import { applyPlan } from './apply';
import { DEFAULT_PAYLOAD_BUDGET } from './chunks';
import { clearResults } from './clear';
import {
  detectFeatures,
  guarded,
  type ExcelFeatures,
  type ExcelRunner,
  type OfficeGlobals,
} from './office-api';
import { readTable } from './read';
import { SettingsState } from './settings';
import { readStateSheet } from './state-sheet';

export interface ExcelHostOptions {
  /** The `Excel` namespace (default: the global one); tests pass an office-addin-mock object. */
  readonly excel?: ExcelRunner;
  /** The `Office` namespace (default: the global one). */
  readonly office?: OfficeGlobals;
  /** Bytes of data one request may carry (default: half of Excel on the web's 5 MB limit). */
  readonly payloadBudget?: number;
}

/** What this host can do, for callers that adapt their messages (the file host has the same shape). */
export interface ExcelHostCapabilities {
  readonly charts: boolean;
  readonly liveFormulas: true;
  readonly tableColumns: boolean;
}

export interface ExcelWorkbookHost extends WorkbookHost {
  /** Things the last operations could not do as planned (no chart on an old Excel, a column beside a table...). */
  readonly notes: readonly string[];
  capabilities(): Outcome<ExcelHostCapabilities>;
}

function globalExcel(): ExcelRunner {
  if (typeof Excel === 'undefined')
    throw new Error('Office.js is not loaded: the Excel host needs to run inside Excel.');
  return Excel;
}

function globalOffice(): OfficeGlobals {
  if (typeof Office === 'undefined')
    throw new Error('Office.js is not loaded: the Excel host needs to run inside Excel.');
  return Office;
}

class OfficeWorkbookHost implements ExcelWorkbookHost {
  private readonly messages: string[] = [];
  private readonly budget: number;

  constructor(private readonly options: ExcelHostOptions) {
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  }

  get notes(): readonly string[] {
    return this.messages;
  }

  private get excel(): ExcelRunner {
    return this.options.excel ?? globalExcel();
  }

  private get office(): OfficeGlobals {
    return this.options.office ?? globalOffice();
  }

  private note(...notes: readonly string[]): void {
    for (const n of notes) if (!this.messages.includes(n)) this.messages.push(n);
  }

  /** Runs one Excel.run after checking the requirement sets; every exception becomes an error Outcome. */
  private run<T>(
    doing: string,
    work: (context: Excel.RequestContext, features: ExcelFeatures) => Promise<Outcome<T>>,
  ): Promise<Outcome<T>> {
    return guarded(doing, async () => {
      const features = detectFeatures(this.office);
      if (features.kind === 'error') return features;
      return this.excel.run((context) => work(context, features.value));
    });
  }

  capabilities(): Outcome<ExcelHostCapabilities> {
    try {
      const features = detectFeatures(this.office);
      if (features.kind === 'error') return features;
      return {
        kind: 'ok',
        value: {
          charts: features.value.secondaryAxis,
          liveFormulas: true,
          tableColumns: features.value.tableResize,
        },
      };
    } catch (error) {
      return {
        kind: 'error',
        code: 'excel-failure',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }

  readTable(request: TableRequest = {}): Promise<Outcome<ReadTableResult>> {
    return this.run('read the account table', (context, features) =>
      readTable(context, request, features, this.budget),
    );
  }

  async apply(plan: WritePlan, onProgress?: ProgressCallback): Promise<Outcome<void>> {
    const applied = await this.run('write the results', (context, features) =>
      applyPlan(context, plan, { features, budget: this.budget }, onProgress),
    );
    if (applied.kind === 'error') return applied;
    this.note(...applied.value);
    return { kind: 'ok', value: undefined };
  }

  async clearResults(request: TableRequest = {}): Promise<Outcome<void>> {
    const cleared = await this.run('clear the results', (context, features) =>
      clearResults(context, request, { features, budget: this.budget }),
    );
    if (cleared.kind === 'error') return cleared;
    this.note(...cleared.value);
    return { kind: 'ok', value: undefined };
  }

  /** Document settings, with the state the CLI saved on its hidden sheet as fallback (one Excel.run, read only). */
  private state(): SettingsState {
    return new SettingsState(
      this.office.context.document.settings,
      (message) => this.note(message),
      (key) =>
        this.run('read the state the command-line tool saved', async (context) => ({
          kind: 'ok',
          value: await readStateSheet(context, key),
        })),
    );
  }

  loadModel(): Promise<Outcome<Model | null>> {
    return guarded('read the saved model', () => this.state().loadModel());
  }

  saveModel(model: Model): Promise<Outcome<void>> {
    return guarded('save the model', () => this.state().saveModel(model));
  }

  listModels(): Promise<Outcome<readonly Model[]>> {
    return guarded('read the saved models', () => this.state().listModels());
  }

  loadCalibration(): Promise<Outcome<Calibration | null>> {
    return guarded('read the statistics of the last run', () => this.state().loadCalibration());
  }

  saveCalibration(calibration: Calibration): Promise<Outcome<void>> {
    return guarded('save the statistics of the run', () =>
      this.state().saveCalibration(calibration),
    );
  }

  selectCell(sheet: string, address: string): Promise<Outcome<void>> {
    return this.run(`select ${address}`, async (context) => {
      const box = parseBox(address);
      if (box === null)
        return {
          kind: 'error',
          code: 'bad-address',
          message: `"${address}" is not a cell address.`,
        };
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject)
        return { kind: 'error', code: 'no-sheet', message: `There is no sheet called "${sheet}".` };
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
      return { kind: 'ok', value: undefined };
    });
  }
}

/** The Excel host over Office.js: the globals by default, injected namespaces in tests. */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelWorkbookHost {
  return new OfficeWorkbookHost(options);
}
